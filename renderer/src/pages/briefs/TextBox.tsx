// A labelled multi-line text of a brief: paragraphs, and "-" or "•" lines as bullets; in a
// bilingual pack, its translation under it.
import { Field, Textarea } from '@fluentui/react-components'
import type { FieldProps } from '../meetings/parts/EditForm'
import { ParallelText } from './ParallelTexts'

interface Props {
  label: string
  value: string
  onChange: (value: string) => void
  /** The text's key for its translation (briefs/translations.ts). */
  textKey: string
  hint?: string | undefined
  rows?: number
  fieldProps?: FieldProps
}

export function TextBox({ label, value, onChange, textKey, hint, rows = 3, fieldProps }: Props) {
  return (
    <>
      <Field label={label} hint={hint} {...fieldProps}>
        <Textarea resize="vertical" rows={rows} value={value} onChange={(_e, d) => onChange(d.value)} />
      </Field>
      <ParallelText textKey={textKey} label={label} rows={rows} />
    </>
  )
}
