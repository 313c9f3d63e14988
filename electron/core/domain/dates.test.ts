import { describe, expect, it } from 'vitest'
import { formatMeetingDays, parseTypedDay } from './dates'

describe('a day typed into a date field', () => {
  it('is read day first, as the interface shows it, or as ISO', () => {
    expect(parseTypedDay('16.11.2025', 'ru')).toBe('2025-11-16')
    expect(parseTypedDay(' 5.1.26 ', 'ru')).toBe('2026-01-05')
    expect(parseTypedDay('2025-11-16', 'ru')).toBe('2025-11-16')
    expect(parseTypedDay('16 Nov 2025', 'en')).toBe('2025-11-16')
    expect(parseTypedDay('16/11/2025', 'en')).toBe('2025-11-16')
  })

  it('is none when it is no day', () => {
    expect(parseTypedDay('31.02.2026', 'ru')).toBeNull()
    expect(parseTypedDay('завтра', 'ru')).toBeNull()
    expect(parseTypedDay('', 'en')).toBeNull()
  })
})

describe("a meeting's dates", () => {
  it('are its days, or its month or year alone while planned that loosely', () => {
    expect(formatMeetingDays({ startDate: '2025-11-15', endDate: '2025-11-16' }, 'ru')).toBe('15 ноября 2025 г. – 16 ноября 2025 г.')
    expect(formatMeetingDays({ startDate: '2026-01-01', endDate: '2026-12-31', datePrecision: 'year' }, 'ru')).toBe('2026 г.')
    expect(formatMeetingDays({ startDate: '2026-11-01', endDate: '2026-11-30', datePrecision: 'month' }, 'en')).toBe('November 2026')
  })
})
