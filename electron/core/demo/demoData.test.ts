import { describe, it, expect } from 'vitest'
import { addDays, format } from 'date-fns'
import { DeskData, type Commitment, type CommitmentStatus } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { parseDay } from '../domain/deadline'
import { dueDateFor } from '../domain/dueDates'
import { historyOf } from '../domain/commitmentQuery'
import { isOverdue } from '../domain/status'
import { buildDemoData, DEMO_TODAY } from './demoData'

const TODAY = '2026-11-28'
const data = buildDemoData()

const byCode = (code: string) => {
  const country = data.countries.find((c) => c.code === code)
  if (!country) throw new Error(`No country ${code}`)
  return country
}
const documentOfType = (type: string) => data.documents.filter((d) => d.type === type)

describe('demo data', () => {
  it('is written against 2026-11-28', () => {
    expect(DEMO_TODAY).toBe(TODAY)
  })

  it('passes the schema and has no broken references', () => {
    const parsed = DeskData.safeParse(data)
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
    expect(findBrokenReferences(data)).toEqual([])
  })

  it('is deterministic and returns fresh objects', () => {
    const again = buildDemoData()
    expect(again).toEqual(data)
    expect(again.commitments[0]).not.toBe(data.commitments[0])
    again.meetings[0]!.series.ru = 'changed'
    expect(buildDemoData().meetings[0]!.series.ru).not.toBe('changed')
  })

  it('has unique ids across all records', () => {
    const ids = [
      ...data.countries,
      ...data.organisations,
      ...data.people,
      ...data.meetings,
      ...data.meetings.flatMap((m) => m.agenda),
      ...data.documents,
      ...data.commitments,
      ...data.statusUpdates,
    ].map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('has the five members and Azerbaijan as countries', () => {
    expect(data.countries.map((c) => c.code).sort()).toEqual(['AZ', 'KG', 'KZ', 'TJ', 'TM', 'UZ'])
  })

  it('has the VI Consultative Meeting as PRODUCT.md states it', () => {
    const held = data.meetings.filter((m) => m.status === 'held')
    expect(held).toHaveLength(1)
    const vi = held[0]!
    expect(vi.sample).toBeUndefined()
    expect(vi.number).toBe(6)
    expect(vi.series).toEqual({
      ru: 'Консультативная встреча глав государств Центральной Азии',
      en: 'Consultative Meeting of the Heads of State of Central Asia',
    })
    expect([vi.startDate, vi.endDate]).toEqual(['2024-08-09', '2024-08-09'])
    expect(vi.venue.en).toBe('Astana')
    expect(vi.venue.ru).toBe('Астана')
    expect(vi.chairCountryId).toBe(byCode('KZ').id)

    const members = vi.participants.filter((p) => p.role === 'member').map((p) => p.countryId)
    expect(members.sort()).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ'].map((c) => byCode(c).id).sort())
    const guests = vi.participants.filter((p) => p.role === 'guest')
    expect(guests).toHaveLength(2)
    expect(guests.some((g) => g.countryId === byCode('AZ').id)).toBe(true)
    const unrcca = data.organisations.find((o) => o.shortName.en === 'UNRCCA')
    expect(unrcca).toMatchObject({ kind: 'international', countryId: null })
    expect(unrcca?.sample).toBeUndefined()
    expect(guests.some((g) => g.countryId === null && g.organisationId === unrcca?.id)).toBe(true)
    expect(vi.agenda.length).toBeGreaterThanOrEqual(3)
  })

  it('marks every invented meeting as sample and plans one of the same series', () => {
    const vi = data.meetings.find((m) => m.number === 6)!
    const planned = data.meetings.filter((m) => m.status === 'planned')
    expect(planned.length).toBeGreaterThanOrEqual(1)
    for (const m of planned) {
      expect(m.sample).toBe(true)
      expect(m.startDate > TODAY).toBe(true)
    }
    expect(planned.some((m) => m.series.ru === vi.series.ru && m.series.en === vi.series.en)).toBe(true)
  })

  it('has exactly the eight documents of the VI meeting, adopted as PRODUCT.md says', () => {
    expect(data.documents).toHaveLength(8)
    const vi = data.meetings.find((m) => m.number === 6)!
    for (const d of data.documents) {
      expect(d.meetingId).toBe(vi.id)
      expect(d.date).toBe('2024-08-09')
      expect(d.sample).toBeUndefined()
      expect(d.parties.map((p) => p.countryId).sort()).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ'].map((c) => byCode(c).id).sort())
    }

    const [jointStatement, ...otherStatements] = documentOfType('joint_statement')
    expect(otherStatements).toEqual([])
    const signedBy = (type: string, level: string, count = 1) => {
      const docs = documentOfType(type)
      expect(docs).toHaveLength(count)
      for (const d of docs) expect(d.adoption).toEqual({ mode: 'signed', signatoryLevel: level, approvedByDocumentId: null })
    }
    signedBy('joint_statement', 'heads_of_state')
    signedBy('concept', 'heads_of_state')
    signedBy('decision', 'heads_of_state')
    signedBy('memorandum', 'delegations')
    signedBy('communique', 'delegations', 2)

    for (const type of ['roadmap', 'action_plan']) {
      const docs = documentOfType(type)
      expect(docs).toHaveLength(1)
      const d = docs[0]!
      expect(d.adoption).toEqual({ mode: 'approved_by_document', signatoryLevel: null, approvedByDocumentId: jointStatement!.id })
      expect(d.parentDocumentId).toBe(jointStatement!.id)
      expect(d.validity).toEqual({ from: '2025-01-01', to: '2027-12-31' })
    }

    expect(documentOfType('concept')[0]!.title.en).toContain('Central Asia – 2040')
    expect(documentOfType('communique').map((d) => d.title.en).sort()).toEqual([
      'Astana Communiqué of the second meeting of the transport ministers of Central Asia',
      'Communiqué of the first meeting of the energy ministers of Central Asia',
    ])
  })

  it('has 30–40 commitments, all sample, on the action documents only', () => {
    expect(data.commitments.length).toBeGreaterThanOrEqual(30)
    expect(data.commitments.length).toBeLessThanOrEqual(40)
    const actionDocs = new Set(
      data.documents.filter((d) => ['roadmap', 'action_plan', 'memorandum', 'communique'].includes(d.type)).map((d) => d.id),
    )
    for (const c of data.commitments) {
      expect(c.sample).toBe(true)
      expect(actionDocs.has(c.documentId)).toBe(true)
      expect(c.owners.filter((o) => o.role === 'lead')).toHaveLength(1)
      expect(c.summary.ru && c.summary.en).toBeTruthy()
    }
    // Every action document carries some.
    for (const id of actionDocs) expect(data.commitments.some((c) => c.documentId === id)).toBe(true)
  })

  it('marks every invented status update, person and organisation as sample', () => {
    for (const u of data.statusUpdates) expect(u.sample).toBe(true)
    for (const p of data.people) expect(p.sample).toBe(true)
    expect(data.people.length).toBeGreaterThanOrEqual(4)
    for (const o of data.organisations.filter((o) => o.shortName.en !== 'UNRCCA')) expect(o.sample).toBe(true)
  })

  it('dates no status update after today', () => {
    for (const u of data.statusUpdates) expect(u.date <= TODAY, `${u.id} on ${u.date}`).toBe(true)
  })

  it('stores due dates that the app computes for each rule and history', () => {
    for (const c of data.commitments) {
      expect(c.deadline.dueDate, `${c.clause} «${c.deadline.words}»`).toBe(dueDateFor(data, c))
    }
    // "By the next meeting" must resolve to a planned meeting, not to nothing.
    for (const c of data.commitments.filter((c) => c.deadline.rule.kind === 'next_meeting')) {
      expect(c.deadline.dueDate).not.toBeNull()
    }
  })

  it('uses varied deadline forms', () => {
    const kinds = new Set(data.commitments.map((c) => c.deadline.rule.kind))
    for (const kind of ['period', 'quarter', 'half', 'year', 'month', 'recurring', 'next_meeting', 'date', 'ongoing']) {
      expect(kinds.has(kind as Commitment['deadline']['rule']['kind']), kind).toBe(true)
    }
  })

  describe('seen from our organisation on 2026-11-28', () => {
    const ours = data.settings.ourOrganisationId
    const horizon = format(addDays(parseDay(TODAY), 90), 'yyyy-MM-dd')
    const mine = data.commitments.filter((c) => c.owners.some((o) => o.organisationId === ours))
    const status = (c: Commitment): CommitmentStatus => historyOf(data, c.id).status
    const closed = (s: CommitmentStatus) => s === 'completed' || s === 'cancelled'

    it('is the Ministry of Transport of Kazakhstan', () => {
      const org = data.organisations.find((o) => o.id === ours)
      expect(org?.countryId).toBe(byCode('KZ').id)
      expect(org?.kind).toBe('ministry')
      expect(org?.name.en).toMatch(/Ministry of Transport/)
    })

    it('owns at least 10 commitments, mostly as lead or co-executor', () => {
      expect(mine.length).toBeGreaterThanOrEqual(10)
      const leadOrCo = mine.filter((c) => c.owners.some((o) => o.organisationId === ours && o.role !== 'participant'))
      expect(leadOrCo.length).toBeGreaterThanOrEqual(12)
      expect(leadOrCo.length).toBeLessThanOrEqual(18)
    })

    it('has at least 3 overdue, 3 due within 90 days and 3 completed', () => {
      const overdue = mine.filter((c) => isOverdue(c, status(c), TODAY))
      const dueSoon = mine.filter((c) => {
        const due = c.deadline.dueDate
        return due !== null && due >= TODAY && due <= horizon && !closed(status(c))
      })
      const completed = mine.filter((c) => status(c) === 'completed')
      expect(overdue.length).toBeGreaterThanOrEqual(3)
      expect(dueSoon.length).toBeGreaterThanOrEqual(3)
      expect(completed.length).toBeGreaterThanOrEqual(3)
    })

    it('shows the other statuses too', () => {
      const statuses = new Set(mine.map(status))
      for (const s of ['in_progress', 'delayed', 'not_started', 'no_information'] as const) expect(statuses.has(s), s).toBe(true)
    })
  })
})
