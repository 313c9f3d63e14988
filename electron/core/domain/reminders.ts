// Reminders of dates to come: an open commitment's deadline (ours, when we know who we are), an
// unanswered request's reply-by date and a planned meeting's first day. Each date reminds twice:
// `daysBefore` days before it and on the day. Reminders only tell: they never change a record.
import { addDays, differenceInCalendarDays, format } from 'date-fns'
import type { DeskData, ReminderSettings, Texts } from '../schema'
import { historyOf } from './commitmentQuery'
import { eachLanguage } from './dates'
import { parseDay } from './deadline'

export type ReminderKind = 'deadline' | 'reply' | 'meeting'

/** A date something is due on, and what it is. */
export interface RemindedDate {
  kind: ReminderKind
  /** The commitment, the request or the meeting. */
  id: string
  date: string
  /** What the reminder names, in both languages (a request's organisation and subject are one text). */
  label: Texts
}

/** A date as one of its reminders shows it. */
export interface Reminder extends RemindedDate {
  /** The day this reminder came (or comes). */
  on: string
  /** Days from `on` to the date: 0 on the day itself. */
  daysBefore: number
}

const closed = new Set(['completed', 'cancelled'])
const iso = (day: Date) => format(day, 'yyyy-MM-dd')
const shift = (day: string, days: number) => iso(addDays(parseDay(day), days))

/** Every date the settings remind of, from `from` on. */
export function remindedDates(data: DeskData, settings: ReminderSettings, from: string): RemindedDate[] {
  const dates: RemindedDate[] = []
  const ours = data.settings.ourOrganisationId
  if (settings.deadlines) {
    for (const c of data.commitments) {
      const due = c.deadline.dueDate
      if (due === null || due < from) continue
      if (ours !== null && !c.owners.some((o) => o.organisationId === ours)) continue
      if (closed.has(historyOf(data, c.id).status)) continue
      const what = (text: string) => `${c.clause} ${text || c.text}`.trim()
      dates.push({ kind: 'deadline', id: c.id, date: due, label: eachLanguage(c.summary, what) })
    }
  }
  if (settings.replies) {
    for (const r of data.updateRequests) {
      if (r.reply !== null || r.replyBy < from) continue
      const what = `${r.organisationName}: ${r.subject}`
      dates.push({ kind: 'reply', id: r.id, date: r.replyBy, label: { ru: what, en: what } })
    }
  }
  if (settings.meetings) {
    for (const m of data.meetings) {
      // A meeting known only by its month or year has no day to remind of.
      if (m.status !== 'planned' || (m.datePrecision ?? 'day') !== 'day' || m.startDate < from) continue
      dates.push({ kind: 'meeting', id: m.id, date: m.startDate, label: m.title })
    }
  }
  return dates
}

/** The days a date reminds on: `daysBefore` days before it, and the day itself. */
export const firesOn = (date: string, daysBefore: number): string[] => (daysBefore === 0 ? [date] : [shift(date, -daysBefore), date])

const reminderOn = (d: RemindedDate, on: string): Reminder => ({ ...d, on, daysBefore: differenceInCalendarDays(parseDay(d.date), parseDay(on)) })
const byDate = (a: Reminder, b: Reminder) => a.date.localeCompare(b.date) || a.on.localeCompare(b.on) || a.label.ru.localeCompare(b.label.ru, 'ru')

/** What is due from today to the lead time ahead: what the dashboard lists, soonest first. */
export function upcomingReminders(data: DeskData, settings: ReminderSettings, today: string): Reminder[] {
  const until = shift(today, settings.daysBefore)
  return remindedDates(data, settings, today)
    .filter((d) => d.date <= until)
    .map((d) => reminderOn(d, today))
    .sort(byDate)
}

/** The reminders that come today: what the system is told once a day. */
export function todaysReminders(data: DeskData, settings: ReminderSettings, today: string): Reminder[] {
  return remindedDates(data, settings, today)
    .filter((d) => firesOn(d.date, settings.daysBefore).includes(today))
    .map((d) => reminderOn(d, today))
    .sort(byDate)
}

/**
 * The reminders that came while the app was closed: after the day they were last seen and
 * before today, of dates still to come or passed since then. Nothing before the first day seen
 * (a new installation has missed nothing).
 */
export function missedReminders(data: DeskData, settings: ReminderSettings, today: string): Reminder[] {
  const seen = settings.seenOn
  if (seen === null || shift(seen, 1) >= today) return []
  const missed: Reminder[] = []
  for (const d of remindedDates(data, settings, shift(seen, 1))) {
    for (const on of firesOn(d.date, settings.daysBefore)) if (on > seen && on < today) missed.push(reminderOn(d, on))
  }
  return missed.sort(byDate)
}
