// The interface language and the language of the records' texts it shows.
import { INTERFACE_LANGUAGES, type InterfaceLanguage, type Language } from '../schema'

/** The interface language: the setting, else the system's when it is one of ours, else Russian. */
export function effectiveLanguage(setting: InterfaceLanguage | null, systemLocale: string): InterfaceLanguage {
  if (setting) return setting
  const system = systemLocale.toLowerCase().split(/[-_]/)[0]
  return INTERFACE_LANGUAGES.find((l) => l === system) ?? 'ru'
}

/**
 * Of Russian and English, the one that stands in for an interface language where only those two
 * will do (the collation of names, the exchange review's labels): Kazakh and Uzbek interfaces use
 * Russian, the region's common language of inter-ministerial paperwork. A record's own Kazakh or
 * Uzbek text, when it has one, is chosen by `pick` (dates.ts).
 */
export const contentLanguage = (language: InterfaceLanguage): Language => (language === 'en' ? 'en' : 'ru')
