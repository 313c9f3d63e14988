// Calendar days in words, in any interface language, through date-fns: the one place both the
// interface and the documents the app produces format dates. Kazakh and Uzbek write a day the
// way their official papers do: "2024 жылғы 9 тамыз", "2024-yil 9-avgust".
import { format, isValid, parse, parseISO, type Locale } from 'date-fns'
import { enGB, kk, ru, uz } from 'date-fns/locale'
import type { InterfaceLanguage, Texts, TextLanguage } from '../schema'

type Patterns = { day: string; short: string; month: string; year: string }
const PATTERNS: Record<InterfaceLanguage, Patterns> = {
  ru: { day: "d MMMM yyyy 'г.'", short: 'dd.MM.yyyy', month: "LLLL yyyy 'г.'", year: "yyyy 'г.'" },
  en: { day: 'd MMMM yyyy', short: 'd MMM yyyy', month: 'LLLL yyyy', year: 'yyyy' },
  kk: { day: "yyyy 'жылғы' d MMMM", short: 'dd.MM.yyyy', month: "yyyy 'жылғы' LLLL", year: "yyyy 'ж.'" },
  uz: { day: "yyyy'-yil' d'-'MMMM", short: 'dd.MM.yyyy', month: "yyyy'-yil' LLLL", year: "yyyy'-yil'" },
}
/** date-fns' locale of each interface language (British English: day before month). */
export const DATE_LOCALES: Record<InterfaceLanguage, Locale> = { ru, en: enGB, kk, uz }

// date-fns' Uzbek capitalises month names; Uzbek writes them in lower case.
const written = (text: string, language: InterfaceLanguage) => (language === 'uz' ? text.toLowerCase() : text)
const formatIn = (date: Date, pattern: string, language: InterfaceLanguage) => written(format(date, pattern, { locale: DATE_LOCALES[language] }), language)

/** "9 августа 2024 г." / "9 August 2024" */
export function formatDay(isoDay: string, language: InterfaceLanguage): string {
  return formatIn(parseISO(isoDay), PATTERNS[language].day, language)
}

/** For dense tables: 31.12.2026 / 31 Dec 2026. */
export function formatShortDay(isoDay: string, language: InterfaceLanguage): string {
  return formatIn(parseISO(isoDay), PATTERNS[language].short, language)
}

/** A range of days, collapsed when both ends are the same day. */
export function formatDays(from: string, to: string, language: InterfaceLanguage): string {
  return from === to ? formatDay(from, language) : `${formatDay(from, language)} – ${formatDay(to, language)}`
}

/** A meeting's dates as known: its days, or only its month or year while it is planned that loosely. */
export function formatMeetingDays(m: { startDate: string; endDate: string; datePrecision?: 'day' | 'month' | 'year' | undefined }, language: InterfaceLanguage): string {
  const precision = m.datePrecision ?? 'day'
  if (precision === 'day') return formatDays(m.startDate, m.endDate, language)
  return formatIn(parseISO(m.startDate), PATTERNS[language][precision], language)
}

/** "нояб. 2026" / "Nov 2026": a month on a chart's axis. */
export const formatShortMonth = (isoMonth: string, language: InterfaceLanguage): string => formatIn(parseISO(`${isoMonth}-01`), 'LLL yyyy', language)

/** The months' names, standalone ("январь"), January first. */
export const monthNames = (language: InterfaceLanguage): string[] => Array.from({ length: 12 }, (_v, i) => formatIn(new Date(2000, i, 1), 'LLLL', language))

/**
 * The order in which a text's languages stand in for each other: its own language first; for
 * Kazakh and Uzbek then Russian, the region's common language of inter-ministerial paperwork
 * (see contentLanguage); then the other of Russian and English; last any other given, so that a
 * name known only in Kazakh or Uzbek is shown rather than nothing.
 */
const STAND_INS: Record<InterfaceLanguage, readonly TextLanguage[]> = {
  ru: ['ru', 'en', 'kk', 'uz'],
  en: ['en', 'ru', 'kk', 'uz'],
  kk: ['kk', 'ru', 'en', 'uz'],
  uz: ['uz', 'ru', 'en', 'kk'],
}

/** The text in the given language when it is filled, else the first filled stand-in (see STAND_INS); '' when none is. */
export function pick(text: Texts, language: InterfaceLanguage): string {
  // A loop, not map/find: the list and the reports call this for every row's every name.
  for (const l of STAND_INS[language]) {
    const t = text[l]
    if (t !== undefined && t.trim() !== '') return t
  }
  return ''
}

/** The text made into another in each language it has (Kazakh and Uzbek only where it has them): a clause before a summary. */
export const eachLanguage = (text: Texts, f: (text: string) => string): Texts => ({
  ru: f(text.ru),
  en: f(text.en),
  ...(text.kk === undefined ? {} : { kk: f(text.kk) }),
  ...(text.uz === undefined ? {} : { uz: f(text.uz) }),
})

/** A day as typed into a date field: 31.12.2026 or 31.12.26 (either language), 2026-12-31, or "31 Dec 2026" in English; null if it is none. */
export function parseTypedDay(text: string, language: InterfaceLanguage): string | null {
  const typed = text.trim()
  const patterns = ['yyyy-MM-dd', 'd.M.yyyy', 'd.M.yy', ...(language === 'en' ? ['d MMM yyyy', 'd MMMM yyyy', 'd/M/yyyy'] : [])]
  for (const pattern of patterns) {
    const date = parse(typed, pattern, new Date(2000, 0, 1), { locale: DATE_LOCALES[language] })
    if (isValid(date) && date.getFullYear() >= 1900) return format(date, 'yyyy-MM-dd')
  }
  return null
}
