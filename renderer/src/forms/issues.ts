// Field-level problems: from validating a form with the core's own zod schema before saving,
// or from the core's answer. Messages are i18n keys ("validation.…") or zod's localised text.
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DeskError } from '../../../electron/core/ops/errors'

/** Dotted field path → message. */
export type FieldIssues = Record<string, string>

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.')

export function validate<S extends z.ZodType>(schema: S, value: unknown): { ok: true; data: z.output<S> } | { ok: false; issues: FieldIssues } {
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, data: result.data }
  const issues: FieldIssues = {}
  for (const issue of result.error.issues) issues[pathOf(issue.path)] ??= issue.message
  return { ok: false, issues }
}

export function issuesOfError(error: unknown): FieldIssues {
  if (!(error instanceof DeskError)) return {}
  return Object.fromEntries(error.issues.map((i) => [i.path, i.message]))
}

/** Translates our message keys; zod's own messages are already in the interface language. */
export function useIssueText() {
  const { t } = useTranslation()
  return (message: string | undefined) => (message === undefined ? undefined : message.startsWith('validation.') ? t(message) : message)
}
