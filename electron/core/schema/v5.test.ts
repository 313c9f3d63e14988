// Version 5: meetings known only by their year or month, the summit day, more document types.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { migrate, migrationChain } from '../store/migrations'
import { DeskData, MeetingInput } from './index'
import { spanOf } from './v5'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname

const meeting = (over: Partial<MeetingInput>): unknown => ({
  series: { ru: 'Консультативная встреча', en: '' },
  number: 8,
  title: { ru: 'VIII Консультативная встреча', en: '' },
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  venue: { ru: '', en: '' },
  chairCountryId: null,
  participants: [],
  agenda: [],
  status: 'planned',
  ...over,
})
const messages = (value: unknown) => MeetingInput.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []

describe('upgrading to version 5', () => {
  it('gives every meeting exact dates and no summit day, and the file stays valid', async () => {
    const file = JSON.parse(await readFile(FIXTURE, 'utf-8')) as { data: unknown }
    const data = DeskData.parse(migrate(2, file.data, migrationChain))
    expect(data.meetings.length).toBeGreaterThan(0)
    for (const m of data.meetings) expect(m).toMatchObject({ datePrecision: 'day', summitDate: null })
  })
})

describe('a meeting in version 5', () => {
  it('may be planned for a year or a month, spanning it', () => {
    expect(spanOf('month', 2026, 2)).toEqual({ startDate: '2026-02-01', endDate: '2026-02-28' })
    expect(messages(meeting({ datePrecision: 'year' }))).toEqual([])
    expect(messages(meeting({ datePrecision: 'month', ...spanOf('month', 2026, 11) }))).toEqual([])
  })

  it('is refused inexact once held, or with dates that are not its year', () => {
    expect(messages(meeting({ datePrecision: 'year', status: 'held' }))).toEqual(['datePrecision: validation.inexactHeld'])
    expect(messages(meeting({ datePrecision: 'year', startDate: '2026-03-01' }))).toEqual(['startDate: validation.inexactSpan'])
  })

  it('has its summit day within its days', () => {
    const exact = { datePrecision: 'day' as const, startDate: '2025-11-15', endDate: '2025-11-16' }
    expect(messages(meeting({ ...exact, summitDate: '2025-11-16' }))).toEqual([])
    expect(messages(meeting({ ...exact, summitDate: '2025-11-17' }))).toEqual(['summitDate: validation.summitOutside'])
    // An older exchange package's meeting, without the new fields, is still valid.
    expect(messages(meeting(exact))).toEqual([])
  })
})
