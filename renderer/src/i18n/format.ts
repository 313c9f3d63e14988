// Dates and bilingual names in the interface language. Dates go through date-fns.
import { format, parseISO } from 'date-fns'
import { enGB, ru } from 'date-fns/locale'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language, LocalText } from '../../../electron/core/schema'

const patterns: Record<Language, string> = { ru: "d MMMM yyyy 'г.'", en: 'd MMMM yyyy' }
/** For dense tables: 31.12.2026 / 31 Dec 2026. */
const shortPatterns: Record<Language, string> = { ru: 'dd.MM.yyyy', en: 'd MMM yyyy' }
const locales = { ru, en: enGB }

export const asLanguage = (lng: string): Language => (lng.startsWith('en') ? 'en' : 'ru')

/** "9 августа 2024 г." / "9 August 2024" */
export function formatDay(isoDay: string, language: Language): string {
  return format(parseISO(isoDay), patterns[language], { locale: locales[language] })
}

export function formatShortDay(isoDay: string, language: Language): string {
  return format(parseISO(isoDay), shortPatterns[language], { locale: locales[language] })
}

/** A range of days, collapsed when both ends are the same day. */
export function formatDays(from: string, to: string, language: Language): string {
  return from === to ? formatDay(from, language) : `${formatDay(from, language)} – ${formatDay(to, language)}`
}

/** The text in the interface language, else the other one. */
export function pick(text: { ru: string; en: string } | LocalText, language: Language): string {
  const other: Language = language === 'ru' ? 'en' : 'ru'
  return text[language].trim() !== '' ? text[language] : text[other]
}

/** Formatting helpers bound to the current interface language; the same object until it changes. */
export function useFormat() {
  const { i18n } = useTranslation()
  const language = asLanguage(i18n.language)
  return useMemo(
    () => ({
      language,
      day: (isoDay: string) => formatDay(isoDay, language),
      shortDay: (isoDay: string) => formatShortDay(isoDay, language),
      days: (from: string, to: string) => formatDays(from, to, language),
      pick: (text: { ru: string; en: string }) => pick(text, language),
    }),
    [language],
  )
}
