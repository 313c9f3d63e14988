import { describe, expect, it } from 'vitest'
import { formatDay, formatMeetingDays, formatShortDay, monthNames, parseTypedDay, pick } from './dates'
import { contentLanguage, effectiveLanguage } from './language'

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

describe('days in Kazakh and Uzbek', () => {
  it('are written as their official papers write them', () => {
    expect(formatDay('2024-08-09', 'kk')).toBe('2024 жылғы 9 тамыз')
    expect(formatDay('2024-08-09', 'uz')).toBe('2024-yil 9-avgust')
    expect(formatShortDay('2024-08-09', 'kk')).toBe('09.08.2024')
    expect(formatMeetingDays({ startDate: '2027-03-01', endDate: '2027-03-31', datePrecision: 'month' }, 'kk')).toBe('2027 жылғы наурыз')
    expect(formatMeetingDays({ startDate: '2027-01-01', endDate: '2027-12-31', datePrecision: 'year' }, 'uz')).toBe('2027-yil')
    expect(monthNames('uz')[0]).toBe('yanvar')
    expect(parseTypedDay('09.08.2024', 'kk')).toBe('2024-08-09')
  })

  it('show the records’ texts in their own language when given, else in Russian, else English', () => {
    const ministry = { ru: 'Министерство иностранных дел', en: 'Ministry of Foreign Affairs', kk: 'Сыртқы істер министрлігі', uz: 'Tashqi ishlar vazirligi' }
    expect(pick(ministry, 'kk')).toBe('Сыртқы істер министрлігі')
    expect(pick(ministry, 'uz')).toBe('Tashqi ishlar vazirligi')
    expect(pick(ministry, 'ru')).toBe('Министерство иностранных дел')
    expect(pick(ministry, 'en')).toBe('Ministry of Foreign Affairs')
    // Not given, or left blank: Russian stands in, then English.
    expect(pick({ ru: 'Астана', en: 'Astana' }, 'kk')).toBe('Астана')
    expect(pick({ ru: 'Астана', en: 'Astana', kk: '  ' }, 'kk')).toBe('Астана')
    expect(pick({ ru: '', en: 'Astana', uz: '' }, 'uz')).toBe('Astana')
    expect(pick({ ru: 'Астана', en: 'Astana' }, 'en')).toBe('Astana')
  })

  it('show a name known only in Kazakh or Uzbek in every language rather than nothing', () => {
    expect(pick({ ru: '', en: '', kk: 'Алматы облысының әкімдігі' }, 'ru')).toBe('Алматы облысының әкімдігі')
    expect(pick({ ru: '', en: '', kk: 'Алматы облысының әкімдігі' }, 'uz')).toBe('Алматы облысының әкімдігі')
    expect(pick({ ru: '', en: '', uz: 'Toshkent shahar hokimligi' }, 'en')).toBe('Toshkent shahar hokimligi')
    expect(pick({ ru: '', en: '' }, 'kk')).toBe('')
  })
})

describe('the interface language', () => {
  it('is the setting, else the system’s when it is one of the four, else Russian', () => {
    expect(effectiveLanguage('uz', 'en-GB')).toBe('uz')
    expect(effectiveLanguage(null, 'kk-KZ')).toBe('kk')
    expect(effectiveLanguage(null, 'uz_Latn_UZ')).toBe('uz')
    expect(effectiveLanguage(null, 'en-US')).toBe('en')
    expect(effectiveLanguage(null, 'de-DE')).toBe('ru')
    expect(contentLanguage('kk')).toBe('ru')
  })
})
