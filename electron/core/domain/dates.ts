// Calendar days in words, in Russian or English, through date-fns: the one place both the
// interface and the documents the app produces format dates.
import { format, isValid, parse, parseISO } from 'date-fns'
import { enGB, ru } from 'date-fns/locale'
import type { Language } from '../schema'

const patterns: Record<Language, string> = { ru: "d MMMM yyyy 'г.'", en: 'd MMMM yyyy' }
/** For dense tables: 31.12.2026 / 31 Dec 2026. */
const shortPatterns: Record<Language, string> = { ru: 'dd.MM.yyyy', en: 'd MMM yyyy' }
const locales = { ru, en: enGB }

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

/** A meeting's dates as known: its days, or only its month or year while it is planned that loosely. */
export function formatMeetingDays(m: { startDate: string; endDate: string; datePrecision?: 'day' | 'month' | 'year' | undefined }, language: Language): string {
  const precision = m.datePrecision ?? 'day'
  if (precision === 'day') return formatDays(m.startDate, m.endDate, language)
  const pattern = precision === 'year' ? (language === 'ru' ? "yyyy 'г.'" : 'yyyy') : language === 'ru' ? "LLLL yyyy 'г.'" : 'LLLL yyyy'
  return format(parseISO(m.startDate), pattern, { locale: locales[language] })
}

/** "нояб. 2026" / "Nov 2026": a month on a chart's axis. */
export const formatShortMonth = (isoMonth: string, language: Language): string => format(parseISO(`${isoMonth}-01`), 'LLL yyyy', { locale: locales[language] })

/** The months' names, standalone ("январь"), January first. */
export const monthNames = (language: Language): string[] => Array.from({ length: 12 }, (_v, i) => format(new Date(2000, i, 1), 'LLLL', { locale: locales[language] }))

/** The text in the given language, else the other one. */
export function pick(text: { ru: string; en: string }, language: Language): string {
  const other: Language = language === 'ru' ? 'en' : 'ru'
  return text[language].trim() !== '' ? text[language] : text[other]
}

/** A day as typed into a date field: 31.12.2026 or 31.12.26 (either language), 2026-12-31, or "31 Dec 2026" in English; null if it is none. */
export function parseTypedDay(text: string, language: Language): string | null {
  const typed = text.trim()
  const patterns = ['yyyy-MM-dd', 'd.M.yyyy', 'd.M.yy', ...(language === 'en' ? ['d MMM yyyy', 'd MMMM yyyy', 'd/M/yyyy'] : [])]
  for (const pattern of patterns) {
    const date = parse(typed, pattern, new Date(2000, 0, 1), { locale: locales[language] })
    if (isValid(date) && date.getFullYear() >= 1900) return format(date, 'yyyy-MM-dd')
  }
  return null
}
