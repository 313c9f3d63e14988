// A labelled multi-line text of a brief: paragraphs, and "-" or "•" lines as bullets.
import { Field, Textarea } from '@fluentui/react-components'
import type { FieldProps } from '../meetings/parts/EditForm'

interface Props {
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string | undefined
  rows?: number
  fieldProps?: FieldProps
}

export function TextBox({ label, value, onChange, hint, rows = 3, fieldProps }: Props) {
  return (
    <Field label={label} hint={hint} {...fieldProps}>
      <Textarea resize="vertical" rows={rows} value={value} onChange={(_e, d) => onChange(d.value)} />
    </Field>
  )
}
