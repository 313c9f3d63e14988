import { describe, expect, it } from 'vitest'
import type { DeadlineRule } from '../schema'
import { computeDueDate, type DeadlineContext } from './deadline'

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
    ['annually, open-ended', { kind: 'recurring', frequency: 'annually', until: null }, null],
    ['annually until', { kind: 'recurring', frequency: 'annually', until: '2027-12-31' }, '2027-12-31'],
    // The first meeting of the series after the document, held or not: its date is the deadline.
    ['the next meeting of a series (matched by name, case-insensitive)', { kind: 'next_meeting', series: { ru: 'встреча министров транспорта', en: '' } }, '2026-05-10'],
    ['the next meeting when none is known', { kind: 'next_meeting', series: { ru: 'Саммит', en: 'Summit' } }, null],
    ['ongoing', { kind: 'ongoing' }, null],
    ['none', { kind: 'none' }, null],
  ])('%s', (_name, rule, expected) => expect(computeDueDate(rule, ctx)).toBe(expected))
})
