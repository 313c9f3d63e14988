// Normalises a deadline rule to the due date used for sorting and overdue: the last day of the
// period the document names.
import { endOfMonth, endOfQuarter, endOfYear, format, parseISO } from 'date-fns'
import type { DeadlineRule, Meeting } from '../schema'

const iso = (d: Date) => format(d, 'yyyy-MM-dd')
const firstDay = (year: number, monthIndex: number) => new Date(year, monthIndex, 1)

/** Meetings are looked up for "by the next meeting of <series>": the first planned one after `today`. */
export interface DeadlineContext {
  meetings: Pick<Meeting, 'series' | 'startDate' | 'status'>[]
  today: string
}

const sameSeries = (a: { ru: string; en: string }, b: { ru: string; en: string }) =>
  (a.ru !== '' && a.ru.toLowerCase() === b.ru.toLowerCase()) || (a.en !== '' && a.en.toLowerCase() === b.en.toLowerCase())

export function computeDueDate(rule: DeadlineRule, ctx: DeadlineContext): string | null {
  switch (rule.kind) {
    case 'date':
      return rule.date
    case 'month':
      return iso(endOfMonth(firstDay(rule.year, rule.month - 1)))
    case 'quarter':
      return iso(endOfQuarter(firstDay(rule.year, (rule.quarter - 1) * 3)))
    case 'half':
      return iso(endOfMonth(firstDay(rule.year, rule.half === 1 ? 5 : 11)))
    case 'year':
      return iso(endOfYear(firstDay(rule.year, 0)))
    case 'period':
      return rule.to
    case 'recurring':
      return rule.until
    case 'next_meeting': {
      const next = ctx.meetings
        .filter((m) => m.status === 'planned' && m.startDate >= ctx.today && sameSeries(m.series, rule.series))
        .map((m) => m.startDate)
        .sort()[0]
      return next ?? null
    }
    case 'ongoing':
    case 'none':
      return null
  }
}

/** Parses a stored `YYYY-MM-DD` as a local calendar date (never shifted by the time zone). */
export const parseDay = (s: string) => parseISO(s)
