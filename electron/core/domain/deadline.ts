// Normalises a deadline rule to the due date used for sorting and overdue: the last day of the
// period the document names.
import { endOfMonth, endOfQuarter, endOfYear, format, parseISO } from 'date-fns'
import type { DeadlineRule, Meeting } from '../schema'

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

/** Parses a stored `YYYY-MM-DD` as a local calendar date (never shifted by the time zone). */
export const parseDay = (s: string) => parseISO(s)

/** The date a commitment's deadline counts from: its document's date, else when it was entered. */
export const deadlineSetOn = (documentDate: string | null | undefined, createdAt: string) => documentDate ?? createdAt.slice(0, 10)

/**
 * Recomputes the due dates that hang on meetings ("by the next meeting of …"): they move when a
 * meeting is planned, moved or cancelled, or the document's date changes. In place.
 */
export function refreshMeetingDeadlines(data: {
  meetings: DeadlineContext['meetings']
  documents: { id: string; date: string | null }[]
  commitments: { documentId: string; createdAt: string; deadline: { rule: DeadlineRule; dueDate: string | null } }[]
}): void {
  const documentDates = new Map(data.documents.map((d) => [d.id, d.date]))
  for (const c of data.commitments) {
    if (c.deadline.rule.kind !== 'next_meeting') continue
    c.deadline.dueDate = computeDueDate(c.deadline.rule, { meetings: data.meetings, after: deadlineSetOn(documentDates.get(c.documentId), c.createdAt) })
  }
}
