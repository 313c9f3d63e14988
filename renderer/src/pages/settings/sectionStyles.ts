// The layout shared by the sections of Settings that explain and then act (backup, exchange).
import { makeStyles, tokens } from '@fluentui/react-components'

export const useSectionStyles = makeStyles({
  hint: { maxWidth: '720px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})
