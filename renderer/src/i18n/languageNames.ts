// Each language by its own name, as systems list them: the same in every interface.
import type { InterfaceLanguage } from '../../../electron/core/schema'

export const LANGUAGE_NAMES: Record<InterfaceLanguage, string> = { ru: 'Русский', en: 'English', kk: 'Қазақша', uz: 'Oʻzbekcha' }
