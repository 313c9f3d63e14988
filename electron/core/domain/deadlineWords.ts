// A deadline rule in words, as a document in Russian or English would put it. The editor
// offers these when the user has not typed the document's own words.
import { format, parseISO } from 'date-fns'
import { enGB, ru } from 'date-fns/locale'
import type { DeadlineRule, Language } from '../schema'
import { formatDay, pick } from './dates'

const ROMAN = ['I', 'II', 'III', 'IV']

const day = formatDay
/** "25 января" / "25 January": a day that recurs every year. */
const dayOfYear = (isoDay: string, language: Language) => format(parseISO(isoDay), 'd MMMM', { locale: language === 'ru' ? ru : enGB })

// Months stand alone in "март 2026 г." but are genitive in dates: LLLL is the standalone form.
const month = (year: number, m: number, language: Language) =>
  language === 'ru'
    ? `${format(new Date(year, m - 1, 1), 'LLLL', { locale: ru })} ${year} г.`
    : format(new Date(year, m - 1, 1), 'MMMM yyyy', { locale: enGB })

const FREQUENCY = {
  ru: { annually: 'ежегодно', quarterly: 'ежеквартально', monthly: 'ежемесячно' },
  en: { annually: 'annually', quarterly: 'quarterly', monthly: 'monthly' },
} as const

export function deadlineWords(rule: DeadlineRule, language: Language): string {
  const ruLang = language === 'ru'
  switch (rule.kind) {
    case 'date':
      return ruLang ? `до ${day(rule.date, language)}` : `by ${day(rule.date, language)}`
    case 'month':
      return month(rule.year, rule.month, language)
    case 'quarter':
      return ruLang ? `${ROMAN[rule.quarter - 1]} квартал ${rule.year} г.` : `Q${rule.quarter} ${rule.year}`
    case 'half':
      return ruLang ? `${ROMAN[rule.half - 1]} полугодие ${rule.year} г.` : `H${rule.half} ${rule.year}`
    case 'year':
      return ruLang ? `${rule.year} г.` : String(rule.year)
    case 'period': {
      const [from, to] = [rule.from.slice(0, 4), rule.to.slice(0, 4)]
      const whole = rule.from.endsWith('-01-01') && rule.to.endsWith('-12-31')
      if (whole) return from === to ? (ruLang ? `${from} г.` : from) : ruLang ? `${from}–${to} гг.` : `${from}–${to}`
      return `${day(rule.from, language)} – ${day(rule.to, language)}`
    }
    case 'recurring': {
      const parts: string[] = [FREQUENCY[language][rule.frequency]]
      // A yearly day needs no year ("ежегодно, до 25 января"); the first of a shorter series does.
      if (rule.first && rule.frequency === 'annually') parts.push(ruLang ? `до ${dayOfYear(rule.first, language)}` : `by ${dayOfYear(rule.first, language)}`)
      else if (rule.first) parts.push(ruLang ? `начиная с ${day(rule.first, language)}` : `from ${day(rule.first, language)}`)
      if (rule.until) parts.push(ruLang ? `до ${day(rule.until, language)}` : `until ${day(rule.until, language)}`)
      return parts.join(', ')
    }
    case 'next_meeting': {
      const series = pick(rule.series, language)
      return ruLang ? `до следующей встречи (${series})` : `by the next meeting (${series})`
    }
    case 'ongoing':
      return ruLang ? 'постоянно' : 'ongoing'
    case 'none':
      return ruLang ? 'срок не установлен' : 'no deadline'
  }
}
