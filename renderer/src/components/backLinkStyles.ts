// The link back to a list above a page's heading (meetings' and documents' pages, the registry's records).
import { makeStyles, tokens } from '@fluentui/react-components'

export const useBackLinkStyles = makeStyles({
  // flexShrink 0: Fluent's Link inherits the page's scrolling overflow, and a scrolling flex item may shrink to nothing.
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, alignSelf: 'flex-start', flexShrink: 0 },
})
