// Field-level problems: from validating a form with the core's own zod schema before saving,
// or from the core's answer. Messages are i18n keys ("validation.…") or zod's localised text.
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { i18n } from '../i18n'
import { DeskError } from '../../../electron/core/ops/errors'

/** Dotted field path → message. */
export type FieldIssues = Record<string, string>

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.')

/**
 * zod's own wording ("Too big: expected string to have <=500 characters", "Invalid UUID") is for
 * developers: the general rules are worded for the user here. Messages of our own schema rules
 * ("validation.…" keys) take precedence.
 */
const friendly: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return i18n.t('validation.tooLong', { max: issue.maximum, length: typeof issue.input === 'string' ? issue.input.length : Number(issue.maximum) + 1 })
  }
  // An id that is empty or malformed: no choice was made in a picker.
  if (issue.code === 'invalid_format' && issue.format === 'uuid') return i18n.t('validation.choose')
  if (issue.code === 'too_small' && issue.origin === 'number') return i18n.t('validation.wholeNumber')
  if (issue.code === 'invalid_type' && (issue.expected === 'int' || issue.expected === 'number')) return i18n.t('validation.wholeNumber')
  return undefined
}

/**
 * `value` without the keys the schema does not know at `issues`' paths. An edit form starts from
 * the stored record (id, times, the sample mark…), and the core's input schemas are strict.
 */
function withoutUnknownKeys(value: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(value) as Record<PropertyKey, unknown>
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue
    const holder = issue.path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], copy) as Record<string, unknown> | undefined
    for (const key of issue.keys) if (holder) delete holder[key]
  }
  return copy
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): { ok: true; data: z.output<S> } | { ok: false; issues: FieldIssues } {
  let result = schema.safeParse(value, { error: friendly, reportInput: true })
  // Keys a form carries along from the record are not the user's mistakes: parse without them.
  for (let pass = 0; !result.success && pass < 5 && result.error.issues.some((i) => i.code === 'unrecognized_keys'); pass++) {
    value = withoutUnknownKeys(value, result.error.issues)
    result = schema.safeParse(value, { error: friendly, reportInput: true })
  }
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
