// The interface language and the language of the records' texts it shows.
import { INTERFACE_LANGUAGES, type InterfaceLanguage, type Language } from '../schema'

/** The interface language: the setting, else the system's when it is one of ours, else Russian. */
export function effectiveLanguage(setting: InterfaceLanguage | null, systemLocale: string): InterfaceLanguage {
  if (setting) return setting
  const system = systemLocale.toLowerCase().split(/[-_]/)[0]
  return INTERFACE_LANGUAGES.find((l) => l === system) ?? 'ru'
}

/**
 * The records' texts (kept in Russian and English) and the documents the app writes, for an
 * interface language: Kazakh and Uzbek interfaces show them in Russian, the region's common
 * language of inter-ministerial paperwork.
 */
export const contentLanguage = (language: InterfaceLanguage): Language => (language === 'en' ? 'en' : 'ru')
