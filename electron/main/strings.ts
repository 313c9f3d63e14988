// The shell's own words (menu, dialogs), in the interface language.
import i18next, { type TFunction } from 'i18next'
import en from './locales/en.json'
import ru from './locales/ru.json'
import type { Language } from '../core/schema'

const shellI18n = i18next.createInstance()
void shellI18n.init({ resources: { en: { shell: en }, ru: { shell: ru } }, defaultNS: 'shell', lng: 'ru', initAsync: false })

export const shellText = (language: Language): TFunction => shellI18n.getFixedT(language)
