import { strToU8, unzipSync, zipSync } from 'fflate'
import { produce } from 'immer'
import { describe, expect, it } from 'vitest'
import { DeskData } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { fingerprint } from './fingerprint'
import { applyMerge, planMerge, type MergePlan, type MergeVerdict } from './merge'
import { readExchange } from './read'
import { LAPTOP_A, LAPTOP_B, NOW, demoLaptop, edit, emptyLaptop, importInto, pack } from './testing'

const LATER = '2026-11-30T12:00:00.000Z'

function expectValid(data: DeskData) {
  const parsed = DeskData.safeParse(data)
  expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  expect(findBrokenReferences(data)).toEqual([])
}
const verdicts = (plan: MergePlan) => Object.fromEntries(plan.items.filter((i) => i.verdict !== 'same').map((i) => [i.key, i.verdict]))
const only = (counts: Partial<Record<MergeVerdict, number>>) => ({ new: 0, same: 0, theirs: 0, ours: 0, conflict: 0, ...counts })
const countOf = (data: DeskData) => ['countries', 'organisations', 'people', 'meetings', 'documents', 'commitments', 'statusUpdates'].reduce((n, c) => n + (data[c as 'people'].length), 0)

const a = demoLaptop(LAPTOP_A)
const fromA = await pack(a)
// B has taken everything from A once: its bases for A are the demo's fingerprints.
const b = importInto(emptyLaptop(LAPTOP_B), fromA).data
const [c1, c2] = [a.commitments[0]!, a.commitments[1]!]

describe('fingerprints', () => {
  it('ignore updatedAt and the order of keys, and see any other change', () => {
    const touched = { ...c1, updatedAt: LATER }
    const reordered = Object.fromEntries(Object.entries(c1).reverse()) as typeof c1
    expect(fingerprint(touched)).toBe(fingerprint(c1))
    expect(fingerprint(reordered)).toBe(fingerprint(c1))
    expect(fingerprint({ ...c1, priority: !c1.priority })).not.toBe(fingerprint(c1))
    expect(fingerprint({ ...c1, owners: [...c1.owners].reverse() })).not.toBe(fingerprint(c1))
    expect(fingerprint(c1)).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('planning and applying', () => {
  it('adds everything to an empty registry and remembers the peer', () => {
    const { plan, result, data } = importInto(emptyLaptop(LAPTOP_B), fromA)
    expect(plan.counts).toEqual(only({ new: countOf(a) }))
    expect(result).toEqual({ added: countOf(a), updated: 0, kept: 0 })
    expect(plan.changes).toBe(countOf(a))
    expect(plan.peer).toEqual({ installationId: LAPTOP_A, name: 'Laptop' })
    expect(plan.ownFile).toBe(false)
    expect(data.commitments).toEqual(a.commitments)
    expect(data.statusUpdates).toEqual(a.statusUpdates)
    expect(data.settings).toEqual(emptyLaptop(LAPTOP_B).settings)
    const peer = data.exchange.peers[LAPTOP_A]!
    expect(peer).toEqual({ name: 'Laptop', lastImportAt: NOW.toISOString(), bases: expect.any(Object) })
    expect(peer.bases[c1.id]).toBe(fingerprint(c1))
    expect(Object.keys(peer.bases)).toHaveLength(countOf(a))
    expectValid(data)
  })

  it('changes nothing when the same file is imported twice', () => {
    const again = importInto(b, fromA)
    expect(again.plan.changes).toBe(0)
    expect(again.result).toEqual({ added: 0, updated: 0, kept: countOf(a) })
    expect(again.plan.counts).toEqual(only({ same: countOf(a) }))
    // Not even the peer's last import time: the caller skips the write.
    expect(again.data).toBe(b)
    expect(again.data).toEqual(importInto(emptyLaptop(LAPTOP_B), fromA).data)
  })

  it('takes a record changed on their side only, as it is, their updatedAt included', async () => {
    const changed = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт' }))
    const { plan, result, data } = importInto(b, await pack(changed))
    expect(verdicts(plan)).toEqual({ [`commitments:${c1.id}`]: 'theirs' })
    expect(result).toEqual({ added: 0, updated: 1, kept: countOf(a) - 1 })
    expect(plan.items.find((i) => i.id === c1.id)!.differences).toEqual([{ field: 'completionForm', ours: c1.completionForm, theirs: 'Отчёт' }])
    expect(data.commitments[0]).toEqual(changed.commitments[0])
    expect(data.commitments[0]!.updatedAt).toBe('2026-11-29T08:00:00.000Z')
    expect(data.exchange.peers[LAPTOP_A]!.lastImportAt).toBe(NOW.toISOString())
    expectValid(data)
  })

  it('keeps a record changed on our side only, and then has nothing to do', () => {
    const ours = edit(b, (d) => Object.assign(d.commitments[0]!, { priority: !c1.priority }))
    const { plan, data } = importInto(ours, fromA)
    expect(verdicts(plan)).toEqual({ [`commitments:${c1.id}`]: 'ours' })
    expect(plan.changes).toBe(0)
    expect(data).toBe(ours)
  })

  it('sees a conflict when both sides changed a record since the base, and lists the differing fields', async () => {
    const theirs = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт', priority: !c1.priority }))
    const ours = edit(b, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Соглашение' }))
    const plan = planMerge(ours, readExchange(await pack(theirs)))
    expect(verdicts(plan)).toEqual({ [`commitments:${c1.id}`]: 'conflict' })
    const item = plan.items.find((i) => i.verdict === 'conflict')!
    expect(item.key).toBe(`commitments:${c1.id}`)
    expect(item.label.ru.startsWith(c1.clause)).toBe(true)
    expect(item.differences).toEqual([
      { field: 'completionForm', ours: 'Соглашение', theirs: 'Отчёт' },
      { field: 'priority', ours: c1.priority, theirs: !c1.priority },
    ])
    expect(plan.changes).toBe(1)
  })

  it('sees a conflict when there is no base and the records differ', async () => {
    // Both loaded the demo on their own: same ids, no exchange between them yet.
    const other = edit(demoLaptop(LAPTOP_B), (d) => Object.assign(d.commitments[1]!, { completionForm: 'Отчёт' }))
    const plan = planMerge(other, readExchange(fromA))
    expect(verdicts(plan)).toEqual({ [`commitments:${c2.id}`]: 'conflict' })
  })

  it('uses the base the sender carries: a laptop that never imported from B still sees B’s own changes as theirs', async () => {
    const bChanged = edit(b, (d) => Object.assign(d.commitments[1]!, { completionForm: 'Отчёт' }))
    const aChanged = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Соглашение' }))
    const fromB = await pack(bChanged)
    expect(verdicts(planMerge(aChanged, readExchange(fromB)))).toEqual({ [`commitments:${c2.id}`]: 'theirs', [`commitments:${c1.id}`]: 'ours' })
    // Without the carried bases the same file would be two conflicts.
    const bare = zipSync({ ...unzipSync(fromB), 'bases.json': strToU8('{}') })
    expect(verdicts(planMerge(aChanged, readExchange(bare)))).toEqual({ [`commitments:${c2.id}`]: 'conflict', [`commitments:${c1.id}`]: 'conflict' })
  })

  it('flags our own file and merges it like any other', async () => {
    const own = planMerge(a, readExchange(fromA))
    expect(own.ownFile).toBe(true)
    expect(own.changes).toBe(0)
    // An old copy of our own data against what we changed since: a conflict, resolved like any.
    const since = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт' }))
    const choices = { [`commitments:${c1.id}`]: { completionForm: 'ours' as const } }
    const first = importInto(since, fromA, choices)
    expect(first.plan.ownFile).toBe(true)
    expect(first.data.commitments[0]!.completionForm).toBe('Отчёт')
    expect(importInto(first.data, fromA).plan.changes).toBe(0)
  })
})

describe('resolving conflicts', () => {
  const theirs = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт', priority: !c1.priority }))
  const ours = edit(b, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Соглашение', text: 'Наш текст' }))
  const key = `commitments:${c1.id}`

  it('takes each field from the side chosen, as a new version made here', async () => {
    const { data } = importInto(ours, await pack(theirs), { [key]: { completionForm: 'ours', priority: 'theirs', text: 'ours' } }, LATER)
    expect(data.commitments[0]).toEqual({ ...c1, completionForm: 'Соглашение', priority: !c1.priority, text: 'Наш текст', updatedAt: LATER })
    expectValid(data)
  })

  it('all theirs is their record as it is; all ours keeps ours and remembers their version as the base', async () => {
    const file = await pack(theirs)
    const all = (side: 'ours' | 'theirs') => ({ [key]: { completionForm: side, priority: side, text: side } })
    expect(importInto(ours, file, all('theirs'), LATER).data.commitments[0]).toEqual(theirs.commitments[0])
    const kept = importInto(ours, file, all('ours'), LATER)
    expect(kept.result).toEqual({ added: 0, updated: 0, kept: countOf(a) })
    expect(kept.data.commitments[0]).toBe(ours.commitments[0])
    expect(kept.data.exchange.peers[LAPTOP_A]!.bases[c1.id]).toBe(fingerprint(theirs.commitments[0]!))
    // Next time the same file says nothing new: ours is simply ours now.
    expect(verdicts(importInto(kept.data, file).plan)).toEqual({ [key]: 'ours' })
  })

  it('refuses incomplete choices and changes nothing at all', async () => {
    const plan = planMerge(ours, readExchange(await pack(edit(theirs, (d) => Object.assign(d.countries[0]!, { code: 'XX' })))))
    const plain = structuredClone(ours)
    expect(() => applyMerge(plain, plan, { [key]: { completionForm: 'ours', priority: 'theirs' } }, LATER)).toThrow(/text of commitments .*commitments:/)
    expect(() => applyMerge(plain, plan, {}, LATER)).toThrow(c1.clause)
    expect(plain).toEqual(ours)
  })

  it('refuses fields that do not fit together', async () => {
    const meeting = a.meetings[0]!
    const theirsM = edit(a, (d) => Object.assign(d.meetings[0]!, { startDate: '2024-08-20', endDate: '2024-08-21' }))
    const oursM = edit(b, (d) => Object.assign(d.meetings[0]!, { venue: { ru: 'Бишкек', en: 'Bishkek' } }))
    const plan = planMerge(oursM, readExchange(await pack(theirsM)))
    expect(meeting.endDate < '2024-08-20').toBe(true)
    const mkey = `meetings:${meeting.id}`
    expect(() => applyMerge(structuredClone(oursM), plan, { [mkey]: { startDate: 'theirs', endDate: 'ours', venue: 'ours' } }, LATER)).toThrow(/do not fit/)
    const { data } = importInto(oursM, await pack(theirsM), { [mkey]: { startDate: 'theirs', endDate: 'theirs', venue: 'ours' } }, LATER)
    expect(data.meetings[0]).toMatchObject({ startDate: '2024-08-20', venue: { en: 'Bishkek' }, updatedAt: LATER })
  })

  it('refuses a plan the registry has moved away from', async () => {
    const plan = planMerge(b, readExchange(await pack(theirs)))
    const moved = produce(b, (d) => {
      d.commitments[0]!.clause = 'п. 99'
    })
    expect(() => applyMerge(structuredClone(moved), plan, {}, LATER)).toThrow(/changed since the import was reviewed/)
  })
})

describe('status updates', () => {
  it('are a union: none lost, none duplicated', async () => {
    const update = (data: DeskData, id: string, narrative: string) =>
      edit(data, (d) => {
        // A real update, not a sample one.
        const { sample: _sample, ...copy } = structuredClone(a.statusUpdates[0]!)
        const u = { ...copy, id, narrative, commitmentId: c1.id }
        d.statusUpdates.push(u)
        return u
      })
    const theirs = update(a, 'a0000000-0000-4000-8000-000000000001', 'от A')
    const ours = update(b, 'b0000000-0000-4000-8000-000000000001', 'от B')
    const { plan, data } = importInto(ours, await pack(theirs))
    expect(verdicts(plan)).toEqual({ 'statusUpdates:a0000000-0000-4000-8000-000000000001': 'new' })
    expect(plan.items.find((i) => i.verdict === 'new')!.label.ru).toContain('от A')
    expect(data.statusUpdates).toHaveLength(a.statusUpdates.length + 2)
    expect(new Set(data.statusUpdates.map((u) => u.id)).size).toBe(data.statusUpdates.length)
    expect(importInto(data, await pack(theirs)).plan.changes).toBe(0)
    expectValid(data)
  })

  it('with the same id but different content are a conflict', async () => {
    const changed = edit(a, (d) => Object.assign(d.statusUpdates[0]!, { narrative: 'переписано' }))
    const other = edit(b, (d) => Object.assign(d.statusUpdates[0]!, { narrative: 'иначе' }))
    expect(verdicts(planMerge(other, readExchange(await pack(changed))))).toEqual({ [`statusUpdates:${a.statusUpdates[0]!.id}`]: 'conflict' })
  })
})

describe('a package of part of the registry', () => {
  it('keeps the bases of the records it does not carry', async () => {
    const doc = a.documents.find((d) => d.id === c1.documentId)!
    const changed = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт' }))
    const { plan, data } = importInto(b, await pack(changed, { kind: 'document', id: doc.id }), {}, LATER)
    expect(plan.counts.theirs).toBe(1)
    expect(Object.keys(data.exchange.peers[LAPTOP_A]!.bases)).toHaveLength(countOf(a))
    expect(data.exchange.peers[LAPTOP_A]!.bases[c1.id]).toBe(fingerprint(changed.commitments[0]!))
    expect(data.exchange.peers[LAPTOP_A]!.lastImportAt).toBe(LATER)
  })

  it('adds a meeting’s records to a registry that has none of them, self-contained', async () => {
    const summit = a.meetings.find((m) => m.status === 'held')!
    const { data } = importInto(emptyLaptop(LAPTOP_B), await pack(a, { kind: 'meeting', id: summit.id }))
    expect(data.commitments).toHaveLength(a.commitments.length)
    expect(data.meetings).toEqual([summit])
    expectValid(data)
  })
})
