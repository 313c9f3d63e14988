// Interface strings in Russian and English. The language follows Settings, else the system.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../electron/core/schema'
import en from './en.json'
import ru from './ru.json'

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: 'ru',
  fallbackLng: 'ru',
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
})

export function setLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language)
  document.documentElement.lang = language
}

/** The system locale as the browser reports it. */
export const systemLocale = () => navigator.language || 'ru'
