import type { Language } from '../schema'

/** The interface language: the setting, else the system's when it is English, else Russian. */
export function effectiveLanguage(setting: Language | null, systemLocale: string): Language {
  if (setting) return setting
  return systemLocale.toLowerCase().startsWith('en') ? 'en' : 'ru'
}
