// Two laptops of one secretariat, no server: A sends everything to B, both work, then they
// exchange files both ways until they hold the same records.
import { describe, expect, it } from 'vitest'
import { DeskData } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { EXCHANGED_COLLECTIONS } from './format'
import { LAPTOP_A, LAPTOP_B, demoLaptop, edit, emptyLaptop, importInto, pack } from './testing'

const records = (data: DeskData) =>
  Object.fromEntries(EXCHANGED_COLLECTIONS.map((c) => [c, [...data[c]].sort((x, y) => (x.id < y.id ? -1 : 1))]))

describe('two laptops', () => {
  it('end with the same records after exchanging both ways', async () => {
    let a = demoLaptop(LAPTOP_A)
    let b = importInto(emptyLaptop(LAPTOP_B), await pack(a)).data
    const [c1, c2, c3] = a.commitments
    const updateOnC2 = (id: string, narrative: string) => ({ ...structuredClone(a.statusUpdates[0]!), id, commitmentId: c2!.id, narrative })
    const person = {
      ...structuredClone(a.people[0]!),
      id: 'b0000000-0000-4000-8000-0000000000b1',
      name: { ru: 'Айгуль Сапарова', en: 'Aigul Saparova' },
    }

    // A: a new summary for c1, an update on c2, a renamed organisation, the venue spelt out.
    a = edit(a, (d) => Object.assign(d.commitments[0]!, { summary: { ru: 'Новая формулировка', en: 'New wording' } }))
    a = edit(a, (d) => Object.assign(d.organisations[1]!, { shortName: { ru: 'КТ', en: 'TC' } }))
    a = edit(a, (d) => Object.assign(d.meetings[0]!, { venue: { ru: 'Астана, Дворец Независимости', en: 'Astana, Palace of Independence' } }))
    a = edit(a, (d) => {
      const u = updateOnC2('a0000000-0000-4000-8000-0000000000a1', 'A')
      d.statusUpdates.push(u)
      return u
    })
    // B: c1 made a priority (the same record, another field), c3's completion form, the same venue, a new person, an update on c2.
    b = edit(b, (d) => Object.assign(d.commitments[0]!, { priority: !c1!.priority }))
    b = edit(b, (d) => Object.assign(d.commitments[2]!, { completionForm: 'Соглашение' }))
    b = edit(b, (d) => Object.assign(d.meetings[0]!, { venue: { ru: 'Астана, Дворец Независимости', en: 'Astana, Palace of Independence' } }))
    b = edit(b, (d) => {
      d.people.push(person)
      return person
    })
    b = edit(b, (d) => {
      const u = updateOnC2('b0000000-0000-4000-8000-0000000000b2', 'B')
      d.statusUpdates.push(u)
      return u
    })

    // A → B: c1's summary (A) and priority (B) are different fields: merged without a question.
    const toB = importInto(b, await pack(a), {}, '2026-12-01T09:00:00.000Z')
    expect(toB.plan.counts).toMatchObject({ new: 1, theirs: 2, ours: 1, conflict: 0 })
    // The venue both spelt out the same way is no conflict.
    expect(toB.plan.items.find((i) => i.id === a.meetings[0]!.id)!.verdict).toBe('same')
    b = toB.data

    // B → A: B's records descend from A's: taken as they are.
    const toA = importInto(a, await pack(b))
    expect(toA.plan.counts).toMatchObject({ new: 2, theirs: 2, conflict: 0 })
    a = toA.data

    expect(records(a)).toEqual(records(b))
    expect(a.commitments.find((c) => c.id === c1!.id)).toMatchObject({ summary: { en: 'New wording' }, priority: !c1!.priority })
    expect(a.commitments.find((c) => c.id === c3!.id)!.completionForm).toBe('Соглашение')
    expect(a.statusUpdates.filter((u) => u.commitmentId === c2!.id).map((u) => u.narrative)).toEqual(expect.arrayContaining(['A', 'B']))
    for (const data of [a, b]) {
      expect(DeskData.safeParse(data).success).toBe(true)
      expect(findBrokenReferences(data)).toEqual([])
    }

    // And from now on, files both ways are quiet.
    expect(importInto(b, await pack(a)).plan.changes).toBe(0)
    expect(importInto(a, await pack(b)).plan.changes).toBe(0)
  })
})
