// Interface strings in Russian and English. The language follows Settings, else the system.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { z } from 'zod'
import type { Language } from '../../../electron/core/schema'
import { resources } from './resources'

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources,
  lng: 'ru',
  fallbackLng: 'ru',
  ns: Object.keys(resources.ru ?? {}),
  defaultNS: 'common',
  // An area's page finds the shared strings (statuses, roles, errors) without naming "common".
  fallbackNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
})

export function setLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language)
  document.documentElement.lang = language
  // zod's own messages (for rules without a message key of ours) in the same language.
  z.config(language === 'ru' ? z.locales.ru() : z.locales.en())
}

/** The system locale as the browser reports it. */
export const systemLocale = () => navigator.language || 'ru'
