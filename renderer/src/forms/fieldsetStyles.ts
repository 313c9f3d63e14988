// A fieldset that groups a form's fields without a box of its own, and its legend set as a label.
import { makeStyles, tokens } from '@fluentui/react-components'

export const useFieldsetStyles = makeStyles({
  bare: { border: 'none', margin: 0, padding: 0 },
  /** Its fields one under another; the caller adds the gap. */
  column: { display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
})
