// Normalises a deadline rule to the due date used for sorting and overdue: the last day of the
// period the document names; for a recurring deadline, the due date of its current occurrence.
import { addMonths, endOfMonth, endOfQuarter, endOfYear, format, parseISO } from 'date-fns'
import { TEXT_LANGUAGES, type DeadlineRule, type Meeting, type RecurringRule, type Texts } from '../schema'

const iso = (d: Date) => format(d, 'yyyy-MM-dd')
const firstDay = (year: number, monthIndex: number) => new Date(year, monthIndex, 1)

/**
 * What "by the next meeting of <series>" is read against: the series' first meeting after the
 * date the deadline was set (the document's date), planned or held. So the due date does not
 * drift with today, and a commitment not done by a meeting that was held becomes overdue.
 */
export interface DeadlineContext {
  meetings: Pick<Meeting, 'series' | 'startDate'>[]
  after: string
  /** A recurring deadline: the due date of the last occurrence its history completed, if any. */
  completedThrough?: string | null
}

/** The same series when it is named alike in any one language both name it in. */
const sameSeries = (a: Texts, b: Texts) => TEXT_LANGUAGES.some((l) => (a[l] ?? '') !== '' && a[l]!.toLowerCase() === (b[l] ?? '').toLowerCase())

export function computeDueDate(rule: DeadlineRule, ctx: DeadlineContext): string | null {
  // A year being typed ("2", "20262026") has no due date yet: dates past year 9999 are invalid and would throw.
  if ('year' in rule && !(rule.year >= 1000 && rule.year <= 9999)) return null
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
      return currentOccurrence(rule, ctx.after, ctx.completedThrough ?? null)
    case 'next_meeting': {
      const next = ctx.meetings
        .filter((m) => m.startDate > ctx.after && sameSeries(m.series, rule.series))
        .map((m) => m.startDate)
        .sort()[0]
      return next ?? null
    }
    case 'ongoing':
    case 'none':
      return null
  }
}

const FREQUENCY_MONTHS: Record<RecurringRule['frequency'], number> = { annually: 12, quarterly: 3, monthly: 1 }
/** Far more occurrences than any series has (a century of months): a bound, not a limit users meet. */
const MAX_OCCURRENCES = 1200

/**
 * The due date of a series' occurrence `n` (0 is the first): `first` and every year, quarter or
 * month after it (counted from `first`, so 31 January, 28 February, 31 March…); without `first`,
 * the last day of each year, quarter or month from the one the deadline was set in.
 */
export function occurrenceDue(rule: Pick<RecurringRule, 'frequency' | 'first'>, setOn: string, n: number): string {
  const months = FREQUENCY_MONTHS[rule.frequency]
  if (rule.first) return iso(addMonths(parseDay(rule.first), n * months))
  const year = Number(setOn.slice(0, 4))
  const periodStart = Math.floor((Number(setOn.slice(5, 7)) - 1) / months) * months
  return iso(endOfMonth(firstDay(year, periodStart + n * months + months - 1)))
}

/**
 * The occurrence that is due now: the first one after the last completed (the first of all when
 * none was); null when the series has ended with that one (its `until` passed).
 */
export function currentOccurrence(rule: RecurringRule, setOn: string, completedThrough: string | null): string | null {
  for (let n = 0; n < MAX_OCCURRENCES; n++) {
    const due = occurrenceDue(rule, setOn, n)
    if (rule.until !== null && due > rule.until) return null
    if (completedThrough === null || due > completedThrough) return due
  }
  return null
}

/** Parses a stored `YYYY-MM-DD` as a local calendar date (never shifted by the time zone). */
export const parseDay = (s: string) => parseISO(s)

/** The date a commitment's deadline counts from: its document's date, else when it was entered. */
export const deadlineSetOn = (documentDate: string | null | undefined, createdAt: string) => documentDate ?? createdAt.slice(0, 10)
