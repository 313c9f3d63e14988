// How languages are named: each by its own name where a language is chosen (the same in every
// interface), and in the interface's language where a text is labelled by the language it is in.
import type { InterfaceLanguage, TextLanguage } from '../../../electron/core/schema'

export const LANGUAGE_NAMES: Record<InterfaceLanguage, string> = { ru: 'Русский', en: 'English', kk: 'Қазақша', uz: 'Oʻzbekcha' }

/** Each language as the interface names it ("Казахский" in Russian): the keys of its names in `common`. */
export const LANGUAGE_NAME_KEYS = { ru: 'forms.russian', en: 'forms.english', kk: 'forms.kazakh', uz: 'forms.uzbek' } as const satisfies Record<TextLanguage, string>
