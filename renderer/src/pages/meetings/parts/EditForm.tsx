// A record's form on its own page: the fields come from the caller; validation against the
// core's schema, one save (nothing half-saved), the draft kept as typed on any failure, and the
// focus taken to the first field at fault.
import { Button, Field, makeStyles, mergeClasses, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { useRecordForm } from '../../../forms/useRecordForm'
import { DateInput } from '../../../components/DateInput'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start' },
  gap8: { gap: tokens.spacingHorizontalS },
  gap12: { gap: tokens.spacingHorizontalM },
  gap16: { gap: tokens.spacingHorizontalL },
})

export type FormState<S extends z.ZodType> = ReturnType<typeof useRecordForm<S>>
export interface FieldProps {
  validationMessage?: string
  validationState?: 'error'
}

/** Field props for a group of inputs (a name in two languages, a row): the first problem at `path` or below it. */
export function fieldUnder(form: { issues: Record<string, string>; field: (path: string) => FieldProps }, path: string): FieldProps {
  const at = Object.keys(form.issues).find((p) => p === path || p.startsWith(`${path}.`))
  return at === undefined ? {} : form.field(at)
}

interface Props<S extends z.ZodType> {
  schema: S
  initial: z.input<S>
  /** Saves and goes on (to the record's page, or to a new form when `another` was pressed); throws to stay on the form. */
  save: (value: z.output<S>, another: boolean) => Promise<unknown>
  /** The label of a second button that saves and starts the next record ("save and add another"). */
  another?: string
  /** The form's accessible name: what is being edited. */
  label: string
  onCancel: () => void
  children: (form: FormState<S>) => ReactNode
}

export function EditForm<S extends z.ZodType>({ schema, initial, save, label, another, onCancel, children }: Props<S>) {
  const { t } = useTranslation('meetings')
  const styles = useStyles()
  const anotherPressed = useRef(false)
  const form = useRecordForm(schema, initial, (value) => save(value, anotherPressed.current))
  const ref = useRef<HTMLFormElement>(null)
  const fieldsAtFault = Object.keys(form.issues).length > 0

  const onSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    anotherPressed.current = (e.nativeEvent as SubmitEvent).submitter?.dataset.another === 'true'
    // Keyboard and screen-reader users land on the first field that needs attention.
    if (!(await form.submit())) requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }

  return (
    <form ref={ref} aria-label={label} noValidate onSubmit={(e) => void onSubmit(e)} className={styles.form}>
      {children(form)}
      {fieldsAtFault && (
        <MessageBar intent="error">
          <MessageBarBody>{t('form.checkFields')}</MessageBarBody>
        </MessageBar>
      )}
      {/* Problems tied to a field are shown next to it; anything else (storage, not found) here. */}
      {!fieldsAtFault && <ErrorMessage error={form.error} />}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={form.saving}>
          {t('forms.save')}
        </Button>
        {another && (
          <Button type="submit" data-another="true" disabled={form.saving}>
            {another}
          </Button>
        )}
        <Button onClick={onCancel}>{t('forms.cancel')}</Button>
      </div>
    </form>
  )
}

/** A calendar date; empty is null. */
export function DateField({
  label,
  hint,
  value,
  onChange,
  required,
  fieldProps,
}: {
  label: string
  hint?: string
  value: string | null
  onChange: (value: string | null) => void
  required?: boolean
  fieldProps?: FieldProps
}) {
  return (
    <Field label={label} hint={hint} required={required} {...fieldProps}>
      <DateInput value={value} onChange={onChange} />
    </Field>
  )
}

/** Fields side by side that wrap on a narrow window. */
export function FieldRow({ children, gap = 16 }: { children: ReactNode; gap?: 8 | 12 | 16 }) {
  const styles = useStyles()
  const gapClass = { 8: styles.gap8, 12: styles.gap12, 16: styles.gap16 }[gap]
  return <div className={mergeClasses(styles.row, gapClass)}>{children}</div>
}

/** One field of a FieldRow: starts at `basis` wide and shares what is left by `grow`. */
export function Cell({ basis, grow = 1, children }: { basis: string; grow?: number; children: ReactNode }) {
  // Inline: the basis and the share come from each caller, not from a fixed set of classes.
  return <div style={{ flex: `${grow} 1 ${basis}` }}>{children}</div>
}
