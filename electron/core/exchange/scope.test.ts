import { describe, expect, it } from 'vitest'
import { emptyData } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { EXCHANGED_COLLECTIONS, ExchangeScope, type ExchangeRecords } from './format'
import { selectRecords } from './scope'
import { LAPTOP_A, demoLaptop, edit } from './testing'

const data = demoLaptop(LAPTOP_A)
const standsAlone = (records: ExchangeRecords) => findBrokenReferences({ ...emptyData(), ...records })
const ids = (list: { id: string }[]) => list.map((r) => r.id)

const joint = data.documents.find((d) => d.type === 'joint_statement')!
const roadmap = data.documents.find((d) => d.type === 'roadmap')!
const summit = data.meetings.find((m) => m.status === 'held')!

describe('the records of a scope', () => {
  it('all: every record of the travelling collections, in the registry’s order', () => {
    const { records, scope } = selectRecords(data, { kind: 'all' })
    expect(scope).toEqual({ kind: 'all' })
    for (const c of EXCHANGED_COLLECTIONS) expect(records[c]).toEqual(data[c])
    expect(Object.keys(records).sort()).toEqual([...EXCHANGED_COLLECTIONS].sort())
  })

  it('a meeting: its documents, their commitments and updates, the people met there, and what they point to', () => {
    const { records, scope } = selectRecords(data, { kind: 'meeting', id: summit.id })
    expect(scope).toEqual({ kind: 'meeting', id: summit.id, title: summit.title })
    expect(ids(records.documents)).toEqual(ids(data.documents.filter((d) => d.meetingId === summit.id)))
    expect(records.commitments).toHaveLength(data.commitments.length)
    expect(records.statusUpdates).toHaveLength(data.statusUpdates.length)
    expect(ids(records.people)).toEqual(ids(data.people.filter((p) => p.meetingIds.includes(summit.id))))
    // The planned meetings have no documents and nothing of the summit points to them.
    expect(ids(records.meetings)).toEqual([summit.id])
    expect(standsAlone(records)).toEqual([])
  })

  it('names its meeting or document in every language the registry has its title in, Kazakh and Uzbek too', () => {
    const title = { ...summit.title, kk: 'Мемлекет басшыларының VI консультативтік кездесуі', uz: 'Davlat rahbarlarining VI maslahat uchrashuvi' }
    const { scope } = selectRecords({ ...data, meetings: data.meetings.map((m) => (m.id === summit.id ? { ...m, title } : m)) }, { kind: 'meeting', id: summit.id })
    expect(ExchangeScope.parse(scope)).toEqual({ kind: 'meeting', id: summit.id, title })
  })

  it('a document: its commitments and their updates, nothing unrelated, and the documents it names', () => {
    const { records } = selectRecords(data, { kind: 'document', id: roadmap.id })
    const own = data.commitments.filter((c) => c.documentId === roadmap.id)
    // Related commitments of other documents follow (without their updates), nothing else does.
    const related = new Set(own.flatMap((c) => c.relatedIds))
    expect(ids(records.commitments).sort()).toEqual(ids(data.commitments.filter((c) => c.documentId === roadmap.id || related.has(c.id))).sort())
    expect(records.commitments.length).toBeLessThan(data.commitments.length)
    expect(records.statusUpdates.every((u) => own.some((c) => c.id === u.commitmentId))).toBe(true)
    expect(records.statusUpdates).toHaveLength(data.statusUpdates.filter((u) => own.some((c) => c.id === u.commitmentId)).length)
    // The roadmap was approved by the joint statement: the statement travels, its commitments do not.
    expect(ids(records.documents)).toContain(joint.id)
    expect(records.commitments.some((c) => c.documentId === joint.id && !related.has(c.id))).toBe(false)
    expect(ids(records.meetings)).toEqual([summit.id])
    expect(records.people).toEqual([])
    expect(standsAlone(records)).toEqual([])
  })

  it('follows chains: related commitments, their documents, parent organisations, corrected updates', () => {
    const lead = data.organisations.find((o) => o.parentId !== null)!
    const memorandum = data.documents.find((d) => d.type === 'memorandum')!
    const own = data.commitments.find((c) => c.documentId === memorandum.id)!
    const other = data.commitments.find(
      (c) => c.documentId !== memorandum.id && c.relatedIds.length === 0 && data.statusUpdates.some((u) => u.commitmentId === c.id),
    )!
    let changed = edit(data, (d) => {
      const c = d.commitments.find((x) => x.id === own.id)!
      c.relatedIds = [other.id]
      c.owners = [{ organisationId: lead.id, role: 'lead' }]
      return c
    })
    const update = changed.statusUpdates.find((u) => u.commitmentId === other.id)!
    changed = edit(changed, (d) => {
      const correction = { ...update, id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', commitmentId: own.id, correctsId: update.id }
      d.statusUpdates.push(correction)
      return correction
    })
    const { records } = selectRecords(changed, { kind: 'document', id: memorandum.id })
    expect(ids(records.commitments)).toContain(other.id)
    expect(ids(records.documents)).toContain(other.documentId)
    expect(ids(records.organisations)).toEqual(expect.arrayContaining([lead.id, lead.parentId]))
    expect(ids(records.statusUpdates)).toContain(update.id)
    expect(standsAlone(records)).toEqual([])
  })

  it('carries the organisations a commitment’s steps name', () => {
    const memorandum = data.documents.find((d) => d.type === 'memorandum')!
    const scope = { kind: 'document', id: memorandum.id } as const
    const carried = new Set(ids(selectRecords(data, scope).records.organisations))
    const stepOwner = data.organisations.find((o) => !carried.has(o.id) && o.parentId === null)!
    const changed = edit(data, (d) => {
      const c = d.commitments.find((x) => x.documentId === memorandum.id)!
      c.milestones = [{ id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', text: 'Согласовать текст', organisationId: stepOwner.id, dueDate: null, done: false }]
      return c
    })
    const { records } = selectRecords(changed, scope)
    expect(ids(records.organisations)).toContain(stepOwner.id)
    expect(standsAlone(records)).toEqual([])
  })

  it('refuses a meeting or document that does not exist', () => {
    expect(() => selectRecords(data, { kind: 'meeting', id: roadmap.id })).toThrow(/No meeting/)
    expect(() => selectRecords(data, { kind: 'document', id: summit.id })).toThrow(/No document/)
  })
})
