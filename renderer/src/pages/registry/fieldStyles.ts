// Field widths shared by the registry's record forms.
import { makeStyles } from '@fluentui/react-components'

export const useRecordFieldStyles = makeStyles({
  /** A field whose value is short (a kind, a code): it need not span the form. */
  narrow: { maxWidth: '360px' },
})
