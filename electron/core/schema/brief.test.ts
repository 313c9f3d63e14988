// The briefing pack's part of the schema: every section kind, the assembled content an issued
// version keeps, and what a brief points to.
import { describe, expect, it } from 'vitest'
import { buildDemoData } from '../demo/demoData'
import { dependentsOf } from '../domain/dependents'
import { Brief, DeskData, type BriefSection } from './index'
import { findBrokenReferences } from './references'

const data = buildDemoData()
const meeting = data.meetings.find((m) => m.number === 6)!
const person = data.people[0]!
const roadmap = data.documents.find((d) => d.type === 'roadmap')!
let n = 0
const id = () => `0000000b-0000-4000-8000-${String(++n).padStart(12, '0')}`
const base = () => ({ id: id(), enabled: true, title: '', audience: 'delegation' as const, clearance: null })
const point = (text: string) => ({ id: id(), text, audience: null, resolved: false, carried: false })

const sections: BriefSection[] = [
  { ...base(), kind: 'cover' },
  { ...base(), kind: 'contents' },
  { ...base(), kind: 'programme' },
  { ...base(), kind: 'steering', objectives: 'Добиться согласования графика.', keyMessages: [point('Казахстан готов'), point('Сроки реальны')], positionsOfOthers: '', defensiveLines: [], pressLine: '' },
  { ...base(), kind: 'agenda_items', items: meeting.agenda.map((a) => ({ agendaItemId: a.id, objective: '', pointsToMake: [], background: '' })) },
  {
    ...base(),
    kind: 'commitments_annex',
    filter: { ownership: 'ours', documentIds: [roadmap.id], meetingIds: [], partnerCountryIds: [], themes: [], statuses: [] },
    show: 'summary',
    audiences: {},
    carried: [],
  },
  { ...base(), kind: 'upcoming_deadlines', daysAfterMeeting: 90 },
  { ...base(), kind: 'country_notes', countryIds: [] },
  { ...base(), kind: 'counterparts', personIds: [person.id], audiences: { [person.id]: 'principal' } },
  { ...base(), kind: 'logistics', body: 'Вылет 14:20, гостиница «Астана».' },
  { ...base(), kind: 'annexes', documentIds: [roadmap.id] },
]

const brief: Brief = {
  id: id(),
  createdAt: '2026-11-28T09:00:00.000Z',
  updatedAt: '2026-11-28T09:00:00.000Z',
  meetingId: meeting.id,
  title: 'Материалы к встрече',
  principal: 'Министр транспорта',
  language: 'ru',
  parallelLanguage: null,
  translations: {},
  marking: 'Для служебного пользования',
  preparedBy: 'Секретариат делегации',
  clearedBy: '',
  date: '2026-11-28',
  sections,
  coverClearance: false,
  carriedFrom: '',
  copies: [{ id: id(), version: 1, number: 1, recipient: 'Министру', issuedOn: '2026-11-28', medium: 'pdf', watermark: true, state: 'held', stateOn: null }],
  issued: [
    {
      number: 1,
      issuedAt: '2026-11-28T10:00:00.000Z',
      edition: 'principal',
      included: [],
      content: {
        edition: 'principal',
        layout: { margins: { top: 20, right: 10, bottom: 20, left: 20 }, pageNumbers: 'top' },
        letterhead: { organisation: 'Министерство транспорта', emblem: null, place: 'Астана — 2026' },
        language: 'ru',
        marking: 'Для служебного пользования',
        title: 'Материалы к встрече',
        cover: [{ label: 'Встреча', value: 'VI Консультативная встреча' }],
        footer: 'Версия 1, 28 ноября 2026 г.',
        sections: [
          {
            id: sections[5]!.id,
            kind: 'commitments_annex',
            title: 'Поручения',
            blocks: [
              { type: 'heading', level: 2, text: 'Дорожная карта' },
              { type: 'table', columns: [{ title: 'Пункт', width: 1 }, { title: 'Поручение', width: 4 }], rows: [{ cells: ['п. 1.1', 'Текст'], overdue: true }] },
            ],
          },
        ],
      },
    },
  ],
}

describe('briefs in the data file', () => {
  it('keep every kind of section and the content of issued versions', () => {
    const withBrief = { ...data, briefs: [brief] }
    expect(DeskData.safeParse(withBrief).success).toBe(true)
    expect(findBrokenReferences(withBrief)).toEqual([])
  })

  it('refuse unknown section kinds and malformed issued content', () => {
    expect(Brief.safeParse({ ...brief, sections: [{ ...base(), kind: 'gossip' }] }).success).toBe(false)
    const broken = structuredClone(brief)
    ;(broken.issued[0]!.content.sections[0]!.blocks[1] as { rows: unknown }).rows = 'many'
    expect(Brief.safeParse(broken).success).toBe(false)
  })

  it('point to people and documents: those cannot be deleted from under them, and unknown ones are found', () => {
    const withBrief = { ...data, briefs: [brief] }
    expect(dependentsOf(withBrief, 'person', person.id)).toEqual([{ kind: 'brief', id: brief.id, name: { ru: brief.title, en: brief.title } }])
    expect(dependentsOf(withBrief, 'document', roadmap.id).filter((d) => d.kind === 'brief')).toHaveLength(1)
    const unknown = structuredClone(brief)
    const counterparts = unknown.sections.find((s) => s.kind === 'counterparts')!
    if (counterparts.kind === 'counterparts') counterparts.personIds = ['00000003-0000-4000-8000-0000000fffff']
    // The counterpart's audience mark went with him, and so is out of place too.
    expect(findBrokenReferences({ ...data, briefs: [unknown] }).map((p) => p.path)).toEqual(['briefs.0.sections.8.personIds.0', `briefs.0.sections.8.audiences.${person.id}`])
  })

  it('find commitments carried or marked in an annex that are not in the registry', () => {
    const unknown = structuredClone(brief)
    const annex = unknown.sections[5]!
    const missing = '00000003-0000-4000-8000-0000000eeeee'
    if (annex.kind === 'commitments_annex') {
      annex.carried = [missing]
      annex.audiences = { [missing]: 'principal' }
    }
    expect(findBrokenReferences({ ...data, briefs: [unknown] }).map((p) => p.path)).toEqual(['briefs.0.sections.5.carried.0', `briefs.0.sections.5.audiences.${missing}`])
  })

  it('register copies of issued versions only, one number per copy of a version, a date once returned or destroyed', () => {
    const copy = brief.copies[0]!
    const withCopies = (copies: unknown[]) => Brief.safeParse({ ...brief, copies }).success
    expect(withCopies([copy, { ...copy, id: id(), number: 2 }])).toBe(true)
    expect(withCopies([copy, { ...copy, id: id() }])).toBe(false)
    expect(withCopies([{ ...copy, version: 2 }])).toBe(false)
    expect(withCopies([{ ...copy, state: 'returned', stateOn: null }])).toBe(false)
    expect(withCopies([{ ...copy, state: 'destroyed', stateOn: '2026-12-01' }])).toBe(true)
    expect(withCopies([{ ...copy, recipient: '  ' }])).toBe(false)
  })
})
