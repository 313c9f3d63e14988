// A bilingual pack's translations as the builder edits them (briefs/translations.ts): while the
// pack has a second language, each text of the brief's own has a second field under it for that
// language, named as the first with the language after it ("Цели (Казахский)"). Typing in one
// sends its section back to draft, as typing in the text does; emptying one leaves no entry.
import { Field, Input, Textarea } from '@fluentui/react-components'
import { createContext, useContext } from 'react'
import { useTranslation } from 'react-i18next'
import { keepClearances } from '../../../../electron/core/briefs/clearance'
import type { BriefInput, OutputLanguage } from '../../../../electron/core/schema'
import { LANGUAGE_NAME_KEYS } from '../../i18n/languageNames'
import type { FieldProps, FormState } from '../meetings/parts/EditForm'

interface ParallelTexts {
  language: OutputLanguage
  text: (key: string) => string
  set: (key: string, text: string) => void
  field: (key: string) => FieldProps
}

const ParallelTextsContext = createContext<ParallelTexts | null>(null)
export const ParallelTextsProvider = ParallelTextsContext.Provider

/** The brief form's translations into its second language; null while the pack has one language. */
export function parallelTextsOf(form: FormState<typeof BriefInput>): ParallelTexts | null {
  const { language, parallelLanguage: second, translations } = form.value
  if (second === null || second === language) return null
  return {
    language: second,
    text: (key) => translations[second]?.[key] ?? '',
    set: (key, text) =>
      form.setValue((prev) => {
        const { [key]: _before, ...others } = prev.translations[second] ?? {}
        const next = { ...prev.translations, [second]: text === '' ? others : { ...others, [key]: text } }
        return { ...prev, translations: next, sections: keepClearances(prev.sections, prev.sections, prev.translations, next) }
      }),
    field: (key) => form.field(`translations.${second}.${key}`),
  }
}

interface Props {
  /** The text's key (briefs/translations.ts). */
  textKey: string
  /** The first field's label: the second's is it with the language after it. */
  label: string
  /** Rows of a multi-line text; none for a line. */
  rows?: number | undefined
  /** What a line stands for while empty, in the second language. */
  placeholder?: (language: OutputLanguage) => string
}

/** The translation of one text, under the text's own field; nothing in a pack of one language. */
export function ParallelText({ textKey, label, rows, placeholder }: Props) {
  const { t } = useTranslation()
  const parallel = useContext(ParallelTextsContext)
  if (!parallel) return null
  const value = parallel.text(textKey)
  const onChange = (_e: unknown, d: { value: string }) => parallel.set(textKey, d.value)
  return (
    <Field label={`${label} (${t(LANGUAGE_NAME_KEYS[parallel.language])})`} {...parallel.field(textKey)}>
      {/* Marked with its language: spelling and screen readers follow it. */}
      {rows === undefined ? <Input lang={parallel.language} value={value} placeholder={placeholder?.(parallel.language)} onChange={onChange} /> : <Textarea lang={parallel.language} resize="vertical" rows={rows} value={value} onChange={onChange} />}
    </Field>
  )
}
