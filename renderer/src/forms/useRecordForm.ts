// A form over one record's input: the draft stays as typed until it is saved, whatever fails,
// and each field shows its own problem next to it.
import { useState } from 'react'
import type { z } from 'zod'
import { issuesOfError, useIssueText, validate, type FieldIssues } from './issues'
import { useUnsavedChanges } from './leaveGuard'

export function useRecordForm<S extends z.ZodType>(schema: S, initial: z.input<S>, save: (value: z.output<S>) => Promise<unknown>) {
  const [value, setValue] = useState<z.input<S>>(initial)
  // Unsaved while the draft differs from what the form started with (or last saved).
  const [saved, setSaved] = useState(() => JSON.stringify(initial))
  const { release, restore } = useUnsavedChanges(JSON.stringify(value) !== saved)
  const [issues, setIssues] = useState<FieldIssues>({})
  const [error, setError] = useState<unknown>(null)
  const [saving, setSaving] = useState(false)
  const issueText = useIssueText()

  /** Validates, then saves. Resolves true when saved; otherwise the draft is kept as it is. */
  const submit = async (): Promise<boolean> => {
    const checked = validate(schema, value)
    if (!checked.ok) {
      setIssues(checked.issues)
      return false
    }
    setSaving(true)
    // A save may leave the page (to the saved record): the guard must not ask then.
    release()
    try {
      await save(checked.data)
      setSaved(JSON.stringify(value))
      setIssues({})
      setError(null)
      return true
    } catch (e) {
      restore()
      setIssues(issuesOfError(e))
      setError(e)
      return false
    } finally {
      setSaving(false)
    }
  }

  return {
    value,
    setValue,
    /** Changes one top-level field of the draft. */
    set: <K extends keyof z.input<S>>(key: K, next: z.input<S>[K]) => setValue((prev) => ({ ...(prev as object), [key]: next }) as z.input<S>),
    issues,
    error,
    saving,
    submit,
    /** Props for a Fluent `Field` showing the problem at `path`. */
    field: (path: string) => {
      const message = issueText(issues[path])
      return message ? { validationMessage: message, validationState: 'error' as const } : {}
    },
  }
}
