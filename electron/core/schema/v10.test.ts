// Upgrading to version 10: nothing changes (the Kazakh and Uzbek members are optional); the new
// members are kept, limited as the others and refused in another language's place; version 9
// refuses or drops them (so an older app must say "newer version").
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { migrate, migrationChain } from '../store/migrations'
import { MAX_SHORT_TEXT } from './index'
import { DeskDataV10 } from './v10'
import { DeskDataV9 } from './v9'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const v2 = async () => JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: Record<string, unknown> }
const toV10 = { ...migrationChain, target: 10 }
const current = async () => DeskDataV10.parse(migrate(2, (await v2()).data, toV10))

describe('a version 9 file, upgraded to version 10', () => {
  it('is the same data, merge bases included, and valid', async () => {
    const v9 = migrate(2, (await v2()).data, { ...migrationChain, target: 9 }) as { organisations: { id: string; _rev: string }[]; history: { bases: Record<string, unknown[]> } }
    const [org] = v9.organisations
    v9.history.bases[org!.id] = [{ ...org }]
    const before = structuredClone(v9)
    const upgraded = migrate(9, v9, toV10)
    expect(upgraded).toEqual(before)
    expect(DeskDataV10.parse(upgraded)).toEqual(DeskDataV9.parse(before))
  })
})

describe('texts in Kazakh and Uzbek', () => {
  it('are kept on every record that has texts, and in the city of the packs’ cover', async () => {
    const data = await current()
    const kk = (text: { ru: string; en: string }, name: string) => ({ ...text, kk: name, uz: `${name} (uz)` })
    const [country] = data.countries
    const [org] = data.organisations
    // The fixture has nobody in it.
    const person = { id: crypto.randomUUID(), createdAt: org!.createdAt, updatedAt: org!.updatedAt, name: { ru: 'Асет Ержанов', en: 'Aset Yerzhanov' }, position: { ru: 'Министр', en: 'Minister' }, organisationId: null, bio: '', meetingIds: [] }
    const meeting = data.meetings.find((m) => m.agenda.length > 0)!
    const [document] = data.documents
    const commitment = data.commitments[0]!
    const nextMeeting = { kind: 'next_meeting' as const, series: kk(meeting.series, 'Мемлекет басшыларының консультативтік кездесуі') }
    const withTexts = {
      ...data,
      countries: [{ ...country!, name: kk(country!.name, 'Қазақстан') }],
      organisations: [{ ...org!, name: kk(org!.name, 'Көлік министрлігі'), shortName: kk(org!.shortName, 'ҚР КМ') }],
      people: [{ ...person, name: kk(person.name, 'Әсет Ержанов'), position: kk(person.position, 'Министр') }],
      meetings: [{ ...meeting, series: kk(meeting.series, 'Кездесу'), title: kk(meeting.title, 'VI кездесу'), venue: kk(meeting.venue, 'Астана'), agenda: meeting.agenda.map((a) => ({ ...a, title: kk(a.title, 'Күн тәртібі') })) }],
      documents: [{ ...document!, title: kk(document!.title, 'Бірлескен мәлімдеме') }],
      commitments: [{ ...commitment, summary: kk(commitment.summary, 'Кеңес өткізу'), deadline: { ...commitment.deadline, rule: nextMeeting } }],
      settings: { ...data.settings, briefLayout: { ...data.settings.briefLayout, city: { ru: 'Астана', en: 'Astana', kk: 'Астана', uz: 'Ostona' } } },
    }
    const parsed = DeskDataV10.parse(withTexts)
    expect(parsed.countries[0]!.name.kk).toBe('Қазақстан')
    expect(parsed.organisations[0]!.shortName).toEqual({ ...org!.shortName, kk: 'ҚР КМ', uz: 'ҚР КМ (uz)' })
    expect(parsed.people[0]!.position.uz).toBe('Министр (uz)')
    expect(parsed.meetings[0]!.agenda[0]!.title.kk).toBe('Күн тәртібі')
    expect(parsed.meetings[0]!.venue.kk).toBe('Астана')
    expect(parsed.documents[0]!.title.kk).toBe('Бірлескен мәлімдеме')
    expect(parsed.commitments[0]!.summary.kk).toBe('Кеңес өткізу')
    expect(parsed.commitments[0]!.deadline.rule).toEqual(nextMeeting)
    expect(parsed.settings.briefLayout.city.uz).toBe('Ostona')
    // Version 9 refuses the members its texts held strictly (a short name, a position, a venue,
    // a summary, the city) and drops those of its names: a version 9 app must not open the file.
    const v9 = DeskDataV9.safeParse(withTexts)
    expect(v9.success).toBe(false)
    expect(new Set(v9.error!.issues.map((i) => i.path.join('.')))).toEqual(
      new Set(['organisations.0.shortName', 'people.0.position', 'meetings.0.venue', 'commitments.0.summary', 'settings.briefLayout.city']),
    )
  })

  it('are limited as the Russian and English ones, and no other language is taken', async () => {
    const data = await current()
    const [org] = data.organisations
    const named = (name: Record<string, string>) => DeskDataV10.safeParse({ ...data, organisations: [{ ...org!, name }] })
    expect(named({ ru: '', en: '', kk: 'ы'.repeat(MAX_SHORT_TEXT) }).success).toBe(true)
    expect(named({ ru: '', en: '', kk: 'ы'.repeat(MAX_SHORT_TEXT + 1) }).error!.issues[0]!.path).toEqual(['organisations', 0, 'name', 'kk'])
    expect(named({ ru: 'Министерство', en: 'Ministry', ky: 'Министрлиги' }).error!.issues[0]!.path).toEqual(['organisations', 0, 'name'])
  })

  it('count for a name that must be given: one in Kazakh or Uzbek only will do, blanks in all four will not', async () => {
    const data = await current()
    const [country] = data.countries
    const named = (name: Record<string, string>) => DeskDataV10.safeParse({ ...data, countries: [{ ...country!, name }, ...data.countries.slice(1)] })
    expect(named({ ru: '', en: '', kk: 'Қазақстан' }).success).toBe(true)
    expect(named({ ru: '', en: '', uz: 'Qozogʻiston' }).success).toBe(true)
    expect(named({ ru: ' ', en: '', kk: ' ', uz: '' }).error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['countries.0.name', 'validation.localTextRequired']])
  })
})
