// The shell's own words (menu, dialogs), in the interface language.
import i18next, { type TFunction } from 'i18next'
import en from './locales/en.json'
import kk from './locales/kk.json'
import ru from './locales/ru.json'
import uz from './locales/uz.json'
import type { InterfaceLanguage } from '../core/schema'

const shellI18n = i18next.createInstance()
void shellI18n.init({ resources: { en: { shell: en }, kk: { shell: kk }, ru: { shell: ru }, uz: { shell: uz } }, defaultNS: 'shell', lng: 'ru', initAsync: false })

export const shellText = (language: InterfaceLanguage): TFunction => shellI18n.getFixedT(language)
