import { describe, expect, it } from 'vitest'
import type { DeadlineRule } from '../schema'
import { computeDueDate, currentOccurrence, occurrenceDue, type DeadlineContext } from './deadline'

const series = { ru: 'Встреча министров транспорта', en: 'Transport Ministers Meeting' }
// The deadline was set by a document of 2026-03-01.
const ctx: DeadlineContext = {
  after: '2026-03-01',
  meetings: [
    { series, startDate: '2025-11-10' },
    { series, startDate: '2027-06-01' },
    { series, startDate: '2026-05-10' },
    { series: { ru: 'Другая встреча', en: 'Other' }, startDate: '2026-04-01' },
  ],
}

describe('computeDueDate', () => {
  it.each<[string, DeadlineRule, string | null]>([
    ['an exact date', { kind: 'date', date: '2026-03-01' }, '2026-03-01'],
    ['a month (leap February)', { kind: 'month', year: 2028, month: 2 }, '2028-02-29'],
    ['a month (common February)', { kind: 'month', year: 2027, month: 2 }, '2027-02-28'],
    ['IV quarter', { kind: 'quarter', year: 2025, quarter: 4 }, '2025-12-31'],
    ['I quarter', { kind: 'quarter', year: 2026, quarter: 1 }, '2026-03-31'],
    ['II quarter', { kind: 'quarter', year: 2026, quarter: 2 }, '2026-06-30'],
    ['first half-year', { kind: 'half', year: 2026, half: 1 }, '2026-06-30'],
    ['second half-year', { kind: 'half', year: 2026, half: 2 }, '2026-12-31'],
    ['a year', { kind: 'year', year: 2026 }, '2026-12-31'],
    ['a period', { kind: 'period', from: '2025-01-01', to: '2027-12-31' }, '2027-12-31'],
    // A recurring deadline is due on its current occurrence: here the first, none being completed.
    ['annually, open-ended: the end of the document\'s year', { kind: 'recurring', frequency: 'annually', until: null }, '2026-12-31'],
    ['annually until', { kind: 'recurring', frequency: 'annually', until: '2027-12-31' }, '2026-12-31'],
    ['annually on a day', { kind: 'recurring', frequency: 'annually', until: null, first: '2027-01-25' }, '2027-01-25'],
    ['quarterly: the end of the document\'s quarter', { kind: 'recurring', frequency: 'quarterly', until: null }, '2026-03-31'],
    ['monthly', { kind: 'recurring', frequency: 'monthly', until: null, first: null }, '2026-03-31'],
    ['a series that ended before its first occurrence', { kind: 'recurring', frequency: 'annually', until: '2025-12-31' }, null],
    // The first meeting of the series after the document, held or not: its date is the deadline.
    ['the next meeting of a series (matched by name, case-insensitive)', { kind: 'next_meeting', series: { ru: 'встреча министров транспорта', en: '' } }, '2026-05-10'],
    ['the next meeting when none is known', { kind: 'next_meeting', series: { ru: 'Саммит', en: 'Summit' } }, null],
    ['ongoing', { kind: 'ongoing' }, null],
    ['none', { kind: 'none' }, null],
    // A year half typed, or typed twice, has no due date yet (and does not throw).
    ['a quarter of a year being typed', { kind: 'quarter', year: 2, quarter: 4 }, null],
    ['a year typed twice', { kind: 'year', year: 20262026 }, null],
  ])('%s', (_name, rule, expected) => expect(computeDueDate(rule, ctx)).toBe(expected))
})

describe('occurrences of a recurring deadline', () => {
  it('fall a year, a quarter or a month after the first, counted from it (so month ends stay month ends)', () => {
    const monthly = { frequency: 'monthly' as const, first: '2026-01-31' }
    expect([0, 1, 2, 3].map((n) => occurrenceDue(monthly, '2026-01-10', n))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'])
    const quarterly = { frequency: 'quarterly' as const, first: null }
    expect([0, 1, 2, 3, 4].map((n) => occurrenceDue(quarterly, '2024-08-09', n))).toEqual(['2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30'])
    expect(occurrenceDue({ frequency: 'annually', first: '2025-01-25' }, '2024-08-09', 2)).toBe('2027-01-25')
  })

  it('move on past the last completed one, and end with the series', () => {
    const rule = { kind: 'recurring' as const, frequency: 'annually' as const, until: '2027-12-31', first: '2025-01-25' }
    expect(currentOccurrence(rule, '2024-08-09', null)).toBe('2025-01-25')
    expect(currentOccurrence(rule, '2024-08-09', '2025-01-25')).toBe('2026-01-25')
    // Completions are dates: one reported for a later occurrence skips those before it.
    expect(currentOccurrence(rule, '2024-08-09', '2026-01-25')).toBe('2027-01-25')
    expect(currentOccurrence(rule, '2024-08-09', '2027-01-25')).toBeNull()
    expect(computeDueDate(rule, { meetings: [], after: '2024-08-09', completedThrough: '2025-01-25' })).toBe('2026-01-25')
  })
})
