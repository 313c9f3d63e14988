// The merge on generated histories: three laptops edit, delete and exchange in any order.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DeskData } from '../schema'
import type { MergeChoices } from './plan'
import { planMerge, type MergePlan } from './merge'
import { readExchange } from './read'
import { change, emptyLaptop, importInto, NOW, send } from './testing'

const LAPTOPS = ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc']
const IDS = ['10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000003']
const FIELDS = ['ru', 'en', 'code'] as const
type Field = (typeof FIELDS)[number]

/** The registry every laptop starts from: three countries, taken by all from the first laptop. */
function start(): DeskData[] {
  const first = change(emptyLaptop(LAPTOPS[0]!), (d) => {
    IDS.forEach((id, i) => d.countries.push({ id, code: `A${'BCD'[i]}`, name: { ru: `Страна ${i}`, en: `Country ${i}` }, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() }))
  })
  return LAPTOPS.map((id, i) => (i === 0 ? first : emptyLaptop(id)))
}

type Step =
  | { kind: 'edit'; laptop: number; record: number; field: Field; value: number }
  | { kind: 'delete'; laptop: number; record: number }
  | { kind: 'exchange'; from: number; to: number; side: 'ours' | 'theirs'; deletion: 'delete' | 'keep' }

const laptop = fc.integer({ min: 0, max: 2 })
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), laptop, record: fc.integer({ min: 0, max: 2 }), field: fc.constantFrom(...FIELDS), value: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), laptop, record: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('exchange' as const), from: laptop, to: laptop, side: fc.constantFrom('ours' as const, 'theirs' as const), deletion: fc.constantFrom('delete' as const, 'keep' as const) }),
)

const at = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString()

function edited(data: DeskData, s: Extract<Step, { kind: 'edit' }>, time: string): DeskData {
  return change(
    data,
    (d) => {
      const country = d.countries.find((c) => c.id === IDS[s.record])
      if (!country) return
      if (s.field === 'code') country.code = `${'WXYZ'[s.value]}${'QRST'[s.record]}`
      else country.name[s.field] = `${s.field} ${s.value} @${s.laptop}`
      country.updatedAt = time
    },
    time,
  )
}

const deleted = (data: DeskData, record: number, time: string) =>
  change(data, (d) => void (d.countries = d.countries.filter((c) => c.id !== IDS[record])), time)

/** Deletions answered one way, or each as the file has it (deleted there: delete; kept there: keep). */
type DeletionAnswer = 'delete' | 'keep' | 'incoming'

/** Every question answered the one way: each conflicting field, each deletion. */
function answers(plan: MergePlan, side: 'ours' | 'theirs', deletion: DeletionAnswer): MergeChoices {
  const choices: MergeChoices = {}
  for (const item of plan.items) {
    if (item.verdict === 'conflict') choices[item.key] = Object.fromEntries(item.differences.filter((d) => d.conflict).map((d) => [d.field, side]))
    if (item.verdict === 'deleted') choices[item.key] = { _deleted: deletion !== 'incoming' ? deletion : item.deletion!.side === 'there' ? 'delete' : 'keep' }
  }
  return choices
}

const live = (data: DeskData) => new Set(data.countries.map((c) => c.id))

/** Sends `from`'s file to `to` and applies it; checks that no deletion changes silently on the way. */
async function exchange(laptops: DeskData[], from: number, to: number, side: 'ours' | 'theirs', deletion: DeletionAnswer, time: string) {
  const sent = await send(laptops[from]!)
  laptops[from] = sent.data
  const before = laptops[to]!
  const first = planMerge(before, readExchange(sent.bytes))
  const { data } = importInto(before, sent.bytes, answers(first, side, deletion), time)
  const asked = new Set(first.items.filter((i) => i.verdict === 'deleted').map((i) => i.id))
  const [was, is] = [live(before), live(data)]
  for (const id of IDS) if (was.has(id) !== is.has(id) && was.has(id)) expect(asked.has(id), `${id} deleted without a word`).toBe(true)
  // Back after a deletion here: only when asked, or when it was never deleted here.
  for (const id of IDS) if (!was.has(id) && is.has(id) && before.history.deleted.some((t) => t.id === id)) expect(asked.has(id), `${id} restored without a word`).toBe(true)
  laptops[to] = data
  return first
}

const RING: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 0],
  [0, 1],
  [1, 2],
]

// Each final round takes the other side's answer for every question (the file's values and
// deletions), as a secretariat settling on one laptop's registry would.
describe('any interleaving of edits, deletions and exchanges between three laptops', () => {
  it('converges to the same records on all three once they exchange in a ring, and then has nothing new', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const laptops = start()
        for (const [from, to] of RING.slice(0, 2)) await exchange(laptops, from, to, 'theirs', 'incoming', at(0))
        let n = 1
        for (const s of steps) {
          const time = at(n++)
          if (s.kind === 'edit') laptops[s.laptop] = edited(laptops[s.laptop]!, s, time)
          else if (s.kind === 'delete') laptops[s.laptop] = deleted(laptops[s.laptop]!, s.record, time)
          else if (s.from !== s.to) await exchange(laptops, s.from, s.to, s.side, s.deletion, time)
        }
        for (const [from, to] of RING) await exchange(laptops, from, to, 'theirs', 'incoming', at(n++))
        const [a, b, c] = laptops as [DeskData, DeskData, DeskData]
        // The same records, wherever each list holds them (a restored record comes last).
        const records = (d: DeskData) => [...d.countries].sort((x, y) => (x.id < y.id ? -1 : 1))
        expect(records(b)).toEqual(records(a))
        expect(records(c)).toEqual(records(a))
        const tombstones = (d: DeskData) => d.history.deleted.map((t) => t._rev).sort()
        expect(tombstones(b)).toEqual(tombstones(a))
        expect(tombstones(c)).toEqual(tombstones(a))
        for (const [from, to] of RING) expect((await exchange(laptops, from, to, 'theirs', 'incoming', at(n++))).changes).toBe(0)
      }),
      { numRuns: 60 },
    )
  })

  it('never makes a field changed on one side only a conflict', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 15 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(...FIELDS),
        fc.constantFrom(...FIELDS),
        fc.array(fc.tuple(laptop, laptop), { maxLength: 4 }),
        async (steps, record, mine, theirs, between) => {
          fc.pre(mine !== theirs)
          const laptops = start()
          for (const [from, to] of RING.slice(0, 2)) await exchange(laptops, from, to, 'theirs', 'incoming', at(0))
          let n = 1
          for (const s of steps.filter((x) => x.kind !== 'delete')) {
            const time = at(n++)
            if (s.kind === 'edit') laptops[s.laptop] = edited(laptops[s.laptop]!, s, time)
            else if (s.kind === 'exchange' && s.from !== s.to) await exchange(laptops, s.from, s.to, s.side, s.deletion, time)
          }
          for (const [from, to] of RING) await exchange(laptops, from, to, 'theirs', 'incoming', at(n++))
          // Now X (0) changes one field, Y (1) another; the file may pass through Z (2) on the way.
          laptops[0] = edited(laptops[0]!, { kind: 'edit', laptop: 0, record, field: mine, value: 0 }, at(n++))
          laptops[1] = edited(laptops[1]!, { kind: 'edit', laptop: 1, record, field: theirs, value: 1 }, at(n++))
          for (const [from, to] of between) if (from !== to) expect((await exchange(laptops, from, to, 'theirs', 'incoming', at(n++))).counts.conflict).toBe(0)
          const plan = await exchange(laptops, 0, 1, 'theirs', 'incoming', at(n))
          expect(plan.counts.conflict).toBe(0)
        },
      ),
      { numRuns: 60 },
    )
  })
})
