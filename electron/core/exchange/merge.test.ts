import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DeskData } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { applyMerge, planMerge, type MergePlan, type MergeVerdict } from './merge'
import { readExchange } from './read'
import { firstRevision, hasSeen } from './revisions'
import { LAPTOP_A, LAPTOP_B, NOW, change, demoLaptop, edit, emptyLaptop, importInto, pack } from './testing'

const LATER = '2026-11-30T12:00:00.000Z'

function expectValid(data: DeskData) {
  const parsed = DeskData.safeParse(data)
  expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  expect(findBrokenReferences(data)).toEqual([])
}
const verdicts = (plan: MergePlan) => Object.fromEntries(plan.items.filter((i) => i.verdict !== 'same').map((i) => [i.key, i.verdict]))
const only = (counts: Partial<Record<MergeVerdict, number>>) => ({ new: 0, same: 0, theirs: 0, ours: 0, conflict: 0, deleted: 0, gone: 0, ...counts })
const countOf = (data: DeskData) => ['countries', 'organisations', 'people', 'meetings', 'documents', 'commitments', 'statusUpdates'].reduce((n, c) => n + data[c as 'people'].length, 0)

const a = demoLaptop(LAPTOP_A)
const fromA = await pack(a)
// B has taken everything from A once.
const b = importInto(emptyLaptop(LAPTOP_B), fromA).data
const [c1, c2] = [a.commitments[0]!, a.commitments[1]!]
const key1 = `commitments:${c1.id}`
/** A commitment nothing points to: one that can be deleted as the app deletes it. */
const loose = a.commitments.find((c) => !a.statusUpdates.some((u) => u.commitmentId === c.id) && !a.commitments.some((o) => o.relatedIds.includes(c.id)))!
const looseKey = `commitments:${loose.id}`
const deleteLoose = (data: DeskData) => change(data, (d) => void d.commitments.splice(d.commitments.findIndex((c) => c.id === loose.id), 1), LATER)

describe('revisions', () => {
  it('every record starts at a first revision named by its content, the same on every laptop', () => {
    expect(a.commitments.every((c) => c._rev === firstRevision(c) && c._revisions!.length === 0)).toBe(true)
    expect(demoLaptop(LAPTOP_B).commitments[0]!._rev).toBe(c1._rev)
  })

  it('an edit gives a new generation that descends from the old one; a save without a change gives none', () => {
    const edited = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт' }))
    expect(edited.commitments[0]!._rev).toMatch(/^2-[0-9a-f]{32}$/)
    expect(edited.commitments[0]!._revisions).toEqual([c1._rev])
    // The other records keep their very objects.
    expect(edited.commitments[1]).toBe(a.commitments[1])
    const touched = edit(a, (d) => d.commitments[0]!)
    expect(touched.commitments[0]).toBe(a.commitments[0])
  })

  it('a deletion leaves a tombstone, outside the collections, and the record’s travelled version as no base', () => {
    const deleted = deleteLoose(a)
    expect(deleted.commitments.some((c) => c.id === loose.id)).toBe(false)
    expect(deleted.history.deleted).toEqual([{ id: loose.id, collection: 'commitments', _rev: expect.stringMatching(/^2-/), _revisions: [loose._rev], _deleted: true, deletedAt: LATER }])
    expectValid(deleted)
  })
})

describe('planning and applying', () => {
  it('adds everything to an empty registry, and a second opening of the file changes nothing', () => {
    const { plan, result, data } = importInto(emptyLaptop(LAPTOP_B), fromA)
    expect(plan.counts).toEqual(only({ new: countOf(a) }))
    expect(result).toEqual({ added: countOf(a), updated: 0, deleted: 0, kept: 0 })
    expect(data.commitments).toEqual(a.commitments)
    expect(data.exchange.peers[LAPTOP_A]).toEqual({ name: 'Laptop', lastImportAt: NOW.toISOString() })
    expectValid(data)
    const again = importInto(data, fromA)
    expect(again.plan.counts).toEqual(only({ same: countOf(a) }))
    expect(again.data).toBe(data)
  })

  it('takes a record changed on their side only, as it is', async () => {
    const changed = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт' }))
    const { plan, result, data } = importInto(b, await pack(changed))
    expect(verdicts(plan)).toEqual({ [key1]: 'theirs' })
    expect(result).toMatchObject({ updated: 1 })
    expect(plan.items.find((i) => i.key === key1)!.differences).toEqual([{ field: 'completionForm', base: c1.completionForm, hasBase: true, ours: c1.completionForm, theirs: 'Отчёт', conflict: false }])
    expect(data.commitments[0]).toEqual(changed.commitments[0])
    expectValid(data)
  })

  it('has nothing new in a file whose records we changed since', () => {
    const ours = edit(b, (d) => Object.assign(d.commitments[0]!, { priority: !c1.priority }))
    const { plan, data } = importInto(ours, fromA)
    expect(verdicts(plan)).toEqual({ [key1]: 'ours' })
    expect(plan.changes).toBe(0)
    expect(data).toBe(ours)
  })

  it('merges different fields changed on each side without a question, and the merge travels back as it is', async () => {
    const theirs = edit(a, (d) => Object.assign(d.commitments[0]!, { text: 'Текст от A' }))
    const ours = edit(b, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт от B' }))
    const { plan, data } = importInto(ours, await pack(theirs), {}, LATER)
    expect(verdicts(plan)).toEqual({ [key1]: 'theirs' })
    expect(plan.items.find((i) => i.key === key1)!.differences).toEqual([{ field: 'text', base: c1.text, hasBase: true, ours: c1.text, theirs: 'Текст от A', conflict: false }])
    const merged = data.commitments[0]!
    expect(merged).toMatchObject({ text: 'Текст от A', completionForm: 'Отчёт от B', _rev: expect.stringMatching(/^3-/) })
    expect(hasSeen(merged, theirs.commitments[0]!._rev!) && hasSeen(merged, ours.commitments[0]!._rev!)).toBe(true)
    expectValid(data)
    // A takes B's merge as it is: both hold the very same record.
    const back = importInto(theirs, await pack(data))
    expect(verdicts(back.plan)).toEqual({ [key1]: 'theirs' })
    expect(back.data.commitments[0]).toEqual(merged)
  })

  it('asks only about a field changed differently on both sides, with the shared value beside both', async () => {
    const theirs = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт', priority: !c1.priority }))
    const ours = edit(b, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Соглашение' }))
    const plan = planMerge(ours, readExchange(await pack(theirs)))
    expect(verdicts(plan)).toEqual({ [key1]: 'conflict' })
    const item = plan.items.find((i) => i.key === key1)!
    expect(item.differences).toEqual([
      { field: 'completionForm', base: c1.completionForm, hasBase: true, ours: 'Соглашение', theirs: 'Отчёт', conflict: true },
      { field: 'priority', base: c1.priority, hasBase: true, ours: c1.priority, theirs: !c1.priority, conflict: false },
    ])
    expect(item.ours.updatedAt).toBe('2026-11-29T08:00:00.000Z')
    expect(() => applyMerge(structuredClone(ours), plan, {}, LATER)).toThrow(/choose ours or theirs for completionForm/)
    // Ours chosen: still a revision after theirs, so A takes it without being asked.
    const { data } = importInto(ours, await pack(theirs), { [key1]: { completionForm: 'ours' } }, LATER)
    expect(data.commitments[0]).toMatchObject({ completionForm: 'Соглашение', priority: !c1.priority })
    const back = importInto(theirs, await pack(data))
    expect(verdicts(back.plan)).toEqual({ [key1]: 'theirs' })
    expect(back.data.commitments[0]).toEqual(data.commitments[0])
  })

  it('takes steps as one field: changed on one side, taken; changed on both differently, asked', async () => {
    const step = (text: string, done: boolean) => ({ id: '00000003-0000-4000-8000-000000000001', text, organisationId: null, dueDate: '2027-01-15', done })
    const theirs = edit(a, (d) => Object.assign(d.commitments[0]!, { milestones: [step('Проект соглашения', true)] }))
    const taken = importInto(b, await pack(theirs))
    expect(verdicts(taken.plan)).toEqual({ [key1]: 'theirs' })
    expect(taken.data.commitments[0]!.milestones).toEqual([step('Проект соглашения', true)])
    const ours = edit(b, (d) => Object.assign(d.commitments[0]!, { milestones: [step('Проект соглашения', false)] }))
    const plan = planMerge(ours, readExchange(await pack(theirs)))
    expect(plan.items.find((i) => i.key === key1)!.differences).toEqual([
      { field: 'milestones', base: [], hasBase: true, ours: [step('Проект соглашения', false)], theirs: [step('Проект соглашения', true)], conflict: true },
    ])
  })

  it('sees a conflict when there is no shared version and the records differ', async () => {
    // Both loaded the demo on their own: same ids, the same first revisions, no exchange yet.
    const other = edit(demoLaptop(LAPTOP_B), (d) => Object.assign(d.commitments[1]!, { completionForm: 'Отчёт' }))
    const aChanged = edit(a, (d) => Object.assign(d.commitments[1]!, { completionForm: 'Соглашение' }))
    expect(verdicts(planMerge(other, readExchange(await pack(aChanged))))).toEqual({ [`commitments:${c2.id}`]: 'conflict' })
  })

  it('uses the version the sender kept: a base the receiver never kept itself', async () => {
    // B changed the record twice since A's version, A once: only B kept A's version as a base.
    const bTwice = edit(edit(b, (d) => Object.assign(d.commitments[0]!, { clause: 'п. 1' })), (d) => Object.assign(d.commitments[0]!, { clause: 'п. 2' }))
    const aOnce = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт' }))
    expect(Object.keys(aOnce.history.bases)).toEqual([c1.id])
    const fromB = await pack(bTwice)
    const withoutItsBase = change(aOnce, (d) => void (d.history.bases = {}))
    expect(verdicts(planMerge(withoutItsBase, readExchange(fromB)))).toEqual({ [key1]: 'theirs' })
    const bare = zipSync({ ...unzipSync(fromB), 'shared.json': strToU8('{}') })
    expect(verdicts(planMerge(withoutItsBase, readExchange(bare)))).toEqual({ [key1]: 'conflict' })
  })

  it('recognises an older file opened after a newer one: nothing new', async () => {
    const first = edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт' }))
    const older = await pack(first)
    const newer = edit(first, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт, версия 2' }), LATER)
    const took = importInto(b, await pack(newer))
    expect(took.data.commitments[0]!.completionForm).toBe('Отчёт, версия 2')
    const stale = importInto(took.data, older)
    expect(verdicts(stale.plan)).toEqual({ [key1]: 'ours' })
    expect(stale.plan.changes).toBe(0)
  })

  it('refuses a plan the registry has moved away from, and changes nothing', async () => {
    const plan = planMerge(b, readExchange(await pack(edit(a, (d) => Object.assign(d.commitments[0]!, { completionForm: 'Отчёт' })))))
    const moved = edit(b, (d) => Object.assign(d.commitments[0]!, { clause: 'п. 99' }))
    const plain = structuredClone(moved)
    expect(() => applyMerge(plain, plan, {}, LATER)).toThrow(/changed since the file was reviewed/)
    expect(plain).toEqual(moved)
  })

  it('refuses fields that do not fit together', async () => {
    const meeting = a.meetings[0]!
    const theirs = edit(a, (d) => Object.assign(d.meetings[0]!, { startDate: '2024-08-20', endDate: '2024-08-21' }))
    const ours = edit(b, (d) => Object.assign(d.meetings[0]!, { startDate: '2020-01-01', endDate: '2020-01-02' }))
    const mkey = `meetings:${meeting.id}`
    const plan = planMerge(ours, readExchange(await pack(theirs)))
    expect(plan.items.find((i) => i.key === mkey)!.differences.filter((d) => d.conflict).map((d) => d.field)).toEqual(['endDate', 'startDate'])
    expect(() => applyMerge(structuredClone(ours), plan, { [mkey]: { startDate: 'theirs', endDate: 'ours' } }, LATER)).toThrow(/do not fit/)
    expect(importInto(ours, await pack(theirs), { [mkey]: { startDate: 'theirs', endDate: 'theirs' } }, LATER).data.meetings[0]).toMatchObject({ startDate: '2024-08-20', endDate: '2024-08-21' })
  })
})

describe('deletions', () => {
  it('travel: shown, deleted here too by default, and never come back as new', async () => {
    const bDeleted = deleteLoose(b)
    const { plan, result, data } = importInto(a, await pack(bDeleted))
    expect(verdicts(plan)).toEqual({ [looseKey]: 'deleted' })
    const item = plan.items.find((i) => i.key === looseKey)!
    expect(item).toMatchObject({ deletion: { side: 'there', changedSince: false }, label: { ru: expect.stringContaining(loose.clause) }, theirs: { deletedAt: LATER } })
    expect(result.deleted).toBe(1)
    expect(data.commitments.some((c) => c.id === loose.id)).toBe(false)
    expect(data.history.deleted.map((t) => t.id)).toEqual([loose.id])
    expectValid(data)
    // A's older file, which still has the record, does not bring it back to B.
    expect(verdicts(importInto(bDeleted, fromA).plan)).toEqual({ [looseKey]: 'ours' })
    expect(importInto(bDeleted, await pack(data)).plan.changes).toBe(0)
  })

  it('kept on the other laptop, the record returns to the one that deleted it, shown as such', async () => {
    const bDeleted = deleteLoose(b)
    const kept = importInto(a, await pack(bDeleted), { [looseKey]: { _deleted: 'keep' } }).data
    expect(kept.commitments.find((c) => c.id === loose.id)).toMatchObject({ text: loose.text })
    const back = importInto(bDeleted, await pack(kept))
    expect(back.plan.items.find((i) => i.key === looseKey)).toMatchObject({ verdict: 'deleted', deletion: { side: 'here', changedSince: false } })
    expect(back.data.commitments.find((c) => c.id === loose.id)).toEqual(kept.commitments.find((c) => c.id === loose.id))
    expect(back.data.history.deleted).toEqual([])
    expect(importInto(kept, await pack(back.data)).plan.changes).toBe(0)
  })

  it('of a record changed on the other side since ask: delete or keep', async () => {
    const aChanged = edit(a, (d) => Object.assign(d.commitments.find((c) => c.id === loose.id)!, { completionForm: 'Изменено' }))
    const bDeleted = deleteLoose(b)
    const here = planMerge(aChanged, readExchange(await pack(bDeleted)))
    expect(here.items.find((i) => i.key === looseKey)).toMatchObject({ verdict: 'deleted', deletion: { side: 'there', changedSince: true } })
    expect(() => applyMerge(structuredClone(aChanged), here, {}, LATER)).toThrow(/delete or keep/)
    const there = planMerge(bDeleted, readExchange(await pack(aChanged)))
    expect(there.items.find((i) => i.key === looseKey)).toMatchObject({ verdict: 'deleted', deletion: { side: 'here', changedSince: true } })
    // Kept deleted on B: A then deletes it without a question.
    const stays = importInto(bDeleted, await pack(aChanged), { [looseKey]: { _deleted: 'delete' } }).data
    expect(stays.commitments.some((c) => c.id === loose.id)).toBe(false)
    const toA = importInto(aChanged, await pack(stays))
    expect(toA.plan.items.find((i) => i.key === looseKey)).toMatchObject({ verdict: 'deleted', deletion: { side: 'there', changedSince: false } })
    expect(toA.data.commitments.some((c) => c.id === loose.id)).toBe(false)
  })

  it('of a record we never had are remembered, so a third laptop cannot bring it back', async () => {
    const c = importInto(emptyLaptop('cccccccc-cccc-4ccc-8ccc-cccccccccccc'), await pack(deleteLoose(b))).data
    expect(c.history.deleted.map((t) => t.id)).toEqual([loose.id])
    expect(verdicts(importInto(c, fromA).plan)[looseKey]).toBe('ours')
  })

  it('that would leave a kept record pointing to a deleted one are refused whole', async () => {
    const doc = a.documents.find((d) => d.id === loose.documentId)!
    const bDeleted = change(b, (d) => {
      d.commitments = d.commitments.filter((c) => c.documentId !== doc.id)
      d.statusUpdates = d.statusUpdates.filter((u) => d.commitments.some((c) => c.id === u.commitmentId))
      for (const c of d.commitments) c.relatedIds = c.relatedIds.filter((id) => d.commitments.some((o) => o.id === id))
      d.documents = d.documents.filter((x) => x.id !== doc.id && x.parentDocumentId !== doc.id && x.adoption.approvedByDocumentId !== doc.id)
    })
    const plan = planMerge(a, readExchange(await pack(bDeleted)))
    expect(plan.counts.deleted).toBeGreaterThan(1)
    expect(() => applyMerge(structuredClone(a), plan, { [looseKey]: { _deleted: 'keep' } }, LATER)).toThrow(/pointing to deleted/)
    expectValid(importInto(a, await pack(bDeleted)).data)
  })
})

describe('older files', () => {
  it('without revisions are read: their records are at their first revision', async () => {
    const entries = unzipSync(fromA)
    const strip = <T extends object>(list: T[]) => list.map(({ _rev, _revisions, ...r }: T & { _rev?: string; _revisions?: string[] }) => r)
    const records = JSON.parse(new TextDecoder().decode(entries['records.json']!)) as Record<string, object[]>
    const old = Object.fromEntries(Object.entries(records).map(([k, v]) => [k, strip(v)]))
    const manifest = { ...(JSON.parse(new TextDecoder().decode(entries['manifest.json']!)) as object), formatVersion: 1, schemaVersion: 4 }
    const v1 = zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'records.json': strToU8(JSON.stringify(old)), 'bases.json': strToU8('{}') })
    expect(importInto(b, v1).plan.counts).toEqual(only({ same: countOf(a) }))
    const changed = { ...old, commitments: old.commitments!.map((c, i) => (i === 0 ? { ...c, completionForm: 'Отчёт' } : c)) }
    const v1Changed = zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'records.json': strToU8(JSON.stringify(changed)) })
    expect(verdicts(planMerge(b, readExchange(v1Changed)))).toEqual({ [key1]: 'conflict' })
  })
})

describe('texts in Kazakh and Uzbek', () => {
  // One the demo names in Russian and English only, as a version 9 laptop has every record.
  const org = a.organisations.find((o) => o.name.kk === undefined && o.name.uz === undefined)!
  const orgKey = `organisations:${org.id}`
  const kazakh = 'Қазақстан Республикасы Көлік министрлігі'
  const nameIn = (data: DeskData) => data.organisations.find((o) => o.id === org.id)!.name
  const editOrg = (data: DeskData, name: typeof org.name) => edit(data, (d) => Object.assign(d.organisations.find((o) => o.id === org.id)!, { name }))

  it('a name changed in Kazakh alone is a change, merged with a Russian one made on the other side without a question', async () => {
    const theirs = editOrg(a, { ...org.name, kk: kazakh })
    const ours = editOrg(b, { ...org.name, ru: 'Министерство транспорта РК' })
    const { plan, data } = importInto(ours, await pack(theirs), {}, LATER)
    expect(verdicts(plan)).toEqual({ [orgKey]: 'theirs' })
    expect(plan.items.find((i) => i.key === orgKey)!.differences).toEqual([{ field: 'name.kk', base: org.name.kk, hasBase: true, ours: org.name.kk, theirs: kazakh, conflict: false }])
    // The review names it in Kazakh for a Kazakh interface.
    expect(plan.items.find((i) => i.key === orgKey)!.label).toMatchObject({ kk: kazakh })
    expect(nameIn(data)).toEqual({ ...org.name, ru: 'Министерство транспорта РК', kk: kazakh })
    expectValid(data)
  })

  it('a name changed in Uzbek differently on both sides asks about Uzbek only', async () => {
    const theirs = editOrg(a, { ...org.name, en: 'Ministry of Transport', uz: 'Transport vazirligi' })
    const ours = editOrg(b, { ...org.name, uz: 'Qozogʻiston Transport vazirligi' })
    const plan = planMerge(ours, readExchange(await pack(theirs)))
    expect(verdicts(plan)).toEqual({ [orgKey]: 'conflict' })
    expect(plan.items.find((i) => i.key === orgKey)!.differences).toEqual([
      { field: 'name.en', base: org.name.en, hasBase: true, ours: org.name.en, theirs: 'Ministry of Transport', conflict: false },
      { field: 'name.uz', base: org.name.uz, hasBase: true, ours: 'Qozogʻiston Transport vazirligi', theirs: 'Transport vazirligi', conflict: true },
    ])
    const { data } = importInto(ours, await pack(theirs), { [orgKey]: { 'name.uz': 'ours' } }, LATER)
    expect(nameIn(data)).toEqual({ ...org.name, en: 'Ministry of Transport', uz: 'Qozogʻiston Transport vazirligi' })
    expectValid(data)
  })

  it('a package from a version 9 laptop, which knows no Kazakh, leaves the Kazakh name given here as it is', async () => {
    const ours = editOrg(b, { ...org.name, kk: kazakh })
    const theirs = editOrg(a, { ...org.name, ru: 'Министерство транспорта РК' })
    const entries = unzipSync(await pack(theirs))
    const manifest = { ...(JSON.parse(new TextDecoder().decode(entries['manifest.json']!)) as object), schemaVersion: 9 }
    const fromV9 = zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) })
    const { plan, data } = importInto(ours, fromV9, {}, LATER)
    expect(verdicts(plan)).toEqual({ [orgKey]: 'theirs' })
    expect(plan.items.find((i) => i.key === orgKey)!.differences.map((d) => d.field)).toEqual(['name.ru'])
    expect(nameIn(data)).toEqual({ ...org.name, ru: 'Министерство транспорта РК', kk: kazakh })
    expectValid(data)
  })
})

describe('status updates', () => {
  it('are a union: none lost, none duplicated', async () => {
    const update = (data: DeskData, id: string, narrative: string) =>
      edit(data, (d) => {
        const { sample: _sample, _rev, _revisions, ...copy } = structuredClone(a.statusUpdates[0]!)
        const u = { ...copy, id, narrative, commitmentId: c1.id }
        d.statusUpdates.push(u)
        return u
      })
    const theirs = update(a, 'a0000000-0000-4000-8000-000000000001', 'от A')
    const ours = update(b, 'b0000000-0000-4000-8000-000000000001', 'от B')
    const { plan, data } = importInto(ours, await pack(theirs))
    expect(verdicts(plan)).toEqual({ 'statusUpdates:a0000000-0000-4000-8000-000000000001': 'new' })
    expect(data.statusUpdates).toHaveLength(a.statusUpdates.length + 2)
    expect(importInto(data, await pack(theirs)).plan.changes).toBe(0)
    expectValid(data)
  })
})

describe('a package of part of the registry', () => {
  it('adds a meeting’s records to a registry that has none of them, self-contained', async () => {
    const summit = a.meetings.find((m) => m.status === 'held')!
    const { data } = importInto(emptyLaptop(LAPTOP_B), await pack(a, { kind: 'meeting', id: summit.id }))
    expect(data.commitments).toHaveLength(a.commitments.length)
    expect(data.meetings).toEqual([summit])
    expectValid(data)
  })
})
