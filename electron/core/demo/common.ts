// Shared helpers of the demo dataset: deterministic ids, fixed timestamps, deadline shorthands.
// No randomness and no clock: the same build always yields the same data.
import type { Deadline, DeadlineRule, LocalText } from '../schema'

/** The "today" the demo's statuses are written against (overdue, due soon, completed). */
export const DEMO_TODAY = '2026-11-28'

/** Record groups: each gets its own first block, so an id says what it is when read in a file. */
export const IdGroup = {
  country: 1,
  organisation: 2,
  person: 3,
  meeting: 4,
  agendaItem: 5,
  document: 6,
  commitment: 7,
  statusUpdate: 8,
} as const
export type IdGroup = (typeof IdGroup)[keyof typeof IdGroup]

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0')

/** A v4-shaped UUID (version nibble 4, variant 8) from a group and a counter; passes `z.uuid()`. */
export function demoId(group: IdGroup, n: number): string {
  return `${hex(group, 8)}-0000-4000-8000-${hex(n, 12)}`
}

/** Reference data was "entered" a few days after the meeting; invented future meetings later. */
export const CREATED_REFERENCE = '2024-08-12T09:00:00.000Z'
export const CREATED_COMMITMENTS = '2024-08-20T09:00:00.000Z'
export const CREATED_PLANNED = '2026-09-01T09:00:00.000Z'

/** A text in Russian and English, and in Kazakh or Uzbek where the demo knows it. */
export const text = (ru: string, en: string, states: { kk?: string; uz?: string } = {}): LocalText => ({ ru, en, ...states })

/** Series names: `next_meeting` deadlines match on these, so meetings and rules share one value. */
export const SERIES_CONSULTATIVE = text(
  'Консультативная встреча глав государств Центральной Азии',
  'Consultative Meeting of the Heads of State of Central Asia',
)
export const SERIES_TRANSPORT_MINISTERS = text(
  'Встреча министров транспорта государств Центральной Азии',
  'Meeting of the Transport Ministers of Central Asia',
)

/**
 * A deadline as the secretariat would type it: the document's words, the rule read from them and
 * the due date worked out by hand. The due date is written out, not computed here, so the test's
 * comparison with the app's computation (`dueDateFor`) is a real check of the data.
 */
export const deadline = (words: string, rule: DeadlineRule, dueDate: string | null): Deadline => ({ words, rule, dueDate })

// Rule shorthands, named after the words documents use.
export const rule = {
  date: (date: string): DeadlineRule => ({ kind: 'date', date }),
  month: (year: number, month: number): DeadlineRule => ({ kind: 'month', year, month }),
  quarter: (year: number, quarter: number): DeadlineRule => ({ kind: 'quarter', year, quarter }),
  half: (year: number, half: number): DeadlineRule => ({ kind: 'half', year, half }),
  year: (year: number): DeadlineRule => ({ kind: 'year', year }),
  period: (from: string, to: string): DeadlineRule => ({ kind: 'period', from, to }),
  annually: (until: string | null, first: string | null = null): DeadlineRule => ({ kind: 'recurring', frequency: 'annually', until, first }),
  nextMeeting: (series: LocalText): DeadlineRule => ({ kind: 'next_meeting', series }),
  ongoing: (): DeadlineRule => ({ kind: 'ongoing' }),
}
