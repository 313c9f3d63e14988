// zod's own wording ("Too big: expected string to have <=500 characters", "Invalid UUID") is
// for developers. Forms validate through this wrapper, which words the generic rules for the
// user; the schema's own message keys ("validation.…") still take precedence.
import type { TFunction } from 'i18next'
import { z } from 'zod'

export function withFriendlyErrors<S extends z.ZodType>(schema: S, t: TFunction): S {
  const error: z.core.$ZodErrorMap = (issue) => {
    if (issue.code === 'too_big' && issue.origin === 'string') return t('form.tooLong', { max: issue.maximum })
    // An id that is empty or malformed: a choice was not made in a picker.
    if (issue.code === 'invalid_format' && issue.format === 'uuid') return t('form.choose')
    if (issue.code === 'too_small' && issue.origin === 'number') return t('form.positiveWhole')
    if (issue.code === 'invalid_type' && (issue.expected === 'int' || issue.expected === 'number')) return t('form.positiveWhole')
    return undefined
  }
  const wrapped = z.unknown().transform((value, ctx) => {
    const result = schema.safeParse(value, { error })
    if (result.success) return result.data
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: value })
    return z.NEVER
  })
  // Same input and output as the schema; only the messages differ.
  return wrapped as unknown as S
}
