// Interface strings in Russian, English, Kazakh and Uzbek. The language follows Settings, else the system.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { z } from 'zod'
import type { InterfaceLanguage } from '../../../electron/core/schema'
import { fallbackWarning } from './fallbackWarning'
import { resources } from './resources'

export const i18n = i18next.createInstance()

void i18n
  .use(initReactI18next)
  .use(fallbackWarning)
  .init({
    resources,
    lng: 'ru',
    fallbackLng: 'ru',
    ns: Object.keys(resources.ru ?? {}),
    defaultNS: 'common',
    // An area's page finds the shared strings (statuses, roles, errors) without naming "common".
    fallbackNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    postProcess: ['fallbackWarning'],
    postProcessPassResolved: true,
    initAsync: false,
  })

// zod's own messages (for rules without a message key of ours); it has no Kazakh, whose readers read Russian.
const ZOD_LOCALES: Record<InterfaceLanguage, () => ReturnType<typeof z.locales.ru>> = { ru: z.locales.ru, en: z.locales.en, kk: z.locales.ru, uz: z.locales.uz }

export function setLanguage(language: InterfaceLanguage): void {
  if (i18n.language !== language) void i18n.changeLanguage(language)
  document.documentElement.lang = language
  z.config(ZOD_LOCALES[language]())
}

/** The system locale as the browser reports it. */
export const systemLocale = () => navigator.language || 'ru'
