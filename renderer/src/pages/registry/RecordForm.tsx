// One form for every registry record: the fields come from the caller, the rest is shared —
// validate with the core's schema, save once (nothing half-saved), say "Saved", keep the draft
// and point at the fields at fault when anything fails.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DeskError } from '../../../../electron/core/ops/errors'
import { MAX_SHORT_TEXT } from '../../../../electron/core/schema'
import { ErrorMessage } from '../../components/ErrorMessage'
import type { FieldProps } from '../../components/pickers/RecordPicker'
import { useRecordForm } from '../../forms/useRecordForm'

export type RecordFormState<S extends z.ZodType> = ReturnType<typeof useRecordForm<S>>

/**
 * Field props for the form's fields: the first problem at a path or below it (name → name.ru),
 * and an oversize text said in our words with the limit, where zod's wording is generic.
 */
export function useFieldProps(form: Pick<RecordFormState<z.ZodType>, 'issues' | 'field'>) {
  const { t } = useTranslation('registry')
  return (path: string, texts: string[] = [], max = MAX_SHORT_TEXT): FieldProps => {
    const at = Object.keys(form.issues).find((p) => p === path || p.startsWith(`${path}.`))
    if (at === undefined) return {}
    const longest = Math.max(0, ...texts.map((text) => text.length))
    return longest > max ? { validationState: 'error' as const, validationMessage: t('validation.tooLong', { max, length: longest }) } : form.field(at)
  }
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
})

interface Props<S extends z.ZodType> {
  schema: S
  initial: z.input<S>
  save: (value: z.output<S>) => Promise<unknown>
  /** The accessible name of the form: what is being edited. */
  label: string
  /** Shows "Saved" from the start: the record was just created on the page before. */
  justSaved?: boolean
  /** Buttons after Save (delete). */
  actions?: ReactNode
  children: (form: RecordFormState<S>) => ReactNode
}

export function RecordForm<S extends z.ZodType>({ schema, initial, save, label, justSaved, actions, children }: Props<S>) {
  const { t } = useTranslation()
  const styles = useStyles()
  const form = useRecordForm(schema, initial, save)
  const ref = useRef<HTMLFormElement>(null)
  // "Saved" holds while the draft is the very value that was saved; any edit clears it.
  const [savedValue, setSavedValue] = useState<unknown>(justSaved ? form.value : null)
  // Refused values are shown next to their fields; anything else (storage, not found) above Save.
  const fieldProblem = form.error instanceof DeskError && form.error.code === 'invalid_arguments'

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault()
    const draft = form.value
    if (await form.submit()) setSavedValue(draft)
    // Keyboard and screen-reader users land on the first field that needs attention.
    else ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }

  return (
    <form ref={ref} aria-label={label} onSubmit={(e) => void onSubmit(e)} noValidate className={styles.form}>
      {children(form)}
      {!fieldProblem && <ErrorMessage error={form.error} />}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={form.saving}>
          {t('forms.save')}
        </Button>
        {actions}
        <Text role="status" aria-live="polite">
          {savedValue !== null && savedValue === form.value ? t('forms.saved') : ''}
        </Text>
      </div>
    </form>
  )
}
