import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import type { CommitmentInput, DeskData } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import { unwrap as value } from '../errors'
import type { Progress } from '../progress'
import type { ExchangeApplied, ExchangeReview, SavedFile } from '../views'
import { noShell } from './context'

/** One laptop: a data folder and the core on it, with dialogs that choose what the test queues. */
async function laptop(today: string, demo: boolean) {
  const dir = await tempDir()
  const saves: string[] = []
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom(today), shell: { ...noShell, chooseSavePath: async () => saves.shift() ?? null } })
  value(await desk.dispatch(demo ? 'loadDemo' : 'startEmpty', {}))
  const file = () => readFile(storePaths(dir).dataFile, 'utf-8')
  const data = async () => JSON.parse(await file()).data as DeskData
  const exportAll = async (path: string) => {
    saves.push(path)
    return value<SavedFile>(await desk.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } })).path
  }
  return { desk, dir, file, data, saves, exportAll }
}

const inputOf = ({ id: _i, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...rest }: DeskData['commitments'][number]): CommitmentInput => ({ ...rest, deadline: { words: rest.deadline.words, rule: rest.deadline.rule } })

describe('exchange between two laptops', () => {
  it('brings everything over, then shows a conflict, takes the chosen side, and a second import changes nothing', async () => {
    const outside = await tempDir()
    const a = await laptop('2026-11-28', true)
    const b = await laptop('2026-11-28', false)

    const first = await a.exportAll(join(outside, 'a1.ddx'))
    const review = value<ExchangeReview>(await b.desk.dispatch('openExchangeFile', { path: first }))
    expect(review.counts.conflict).toBe(0)
    expect(review.counts.new).toBe(review.changes)
    // Who we are travels: B, which has not said which organisation it is, is offered A's.
    const ours = (await a.data()).settings.ourOrganisationId!
    expect(review.offeredOrganisation).toMatchObject({ id: ours, name: { ru: expect.any(String) } })
    value<ExchangeApplied>(await b.desk.dispatch('applyExchange', { token: review.token, choices: {} }))
    expect((await b.data()).commitments).toEqual((await a.data()).commitments)
    value(await b.desk.dispatch('updateSettings', { ourOrganisationId: ours }))
    expect(value<ExchangeReview>(await b.desk.dispatch('getExchangeReview', { token: review.token })).offeredOrganisation).toBeNull()

    // Both edit the same commitment's summary; B also edits another one alone.
    const [shared, onlyB] = (await b.data()).commitments
    value(await a.desk.dispatch('updateCommitment', { id: shared!.id, input: { ...inputOf(shared!), summary: { ru: 'Версия A', en: '' } } }))
    value(await b.desk.dispatch('updateCommitment', { id: shared!.id, input: { ...inputOf(shared!), summary: { ru: 'Версия B', en: '' } } }))
    value(await b.desk.dispatch('updateCommitment', { id: onlyB!.id, input: { ...inputOf(onlyB!), priority: !onlyB!.priority } }))

    const fromB = await b.exportAll(join(outside, 'b1.ddx'))
    const back = value<ExchangeReview>(await a.desk.dispatch('openExchangeFile', { path: fromB }))
    // The same file in a second review, to apply after the first.
    const twin = value<ExchangeReview>(await a.desk.dispatch('openExchangeFile', { path: fromB }))
    expect(back.counts).toMatchObject({ conflict: 1, theirs: 1, new: 0 })
    const conflict = back.items.find((i) => i.verdict === 'conflict')!
    expect(conflict.differences.map((d) => [d.field, d.base, d.ours, d.theirs, d.conflict])).toEqual([['summary.ru', shared!.summary.ru, 'Версия A', 'Версия B', true]])
    // An undecided conflict is refused and nothing changes.
    const before = await a.file()
    expect(await a.desk.dispatch('applyExchange', { token: back.token, choices: {} })).toMatchObject({ ok: false })
    expect(await a.file()).toBe(before)

    const applied = value(await a.desk.dispatch('applyExchange', { token: back.token, choices: { [conflict.key]: { 'summary.ru': 'theirs' } } }))
    // Applied twice (a second click, a second window): the same answer, nothing changed again; the review says it was applied.
    const once = await a.file()
    expect(value(await a.desk.dispatch('applyExchange', { token: back.token, choices: {} }))).toEqual(applied)
    expect(await a.file()).toBe(once)
    expect(value<ExchangeReview>(await a.desk.dispatch('getExchangeReview', { token: back.token })).applied).toEqual(applied)
    // Its twin, planned before, is answered in words: everything in it is here already.
    expect(await a.desk.dispatch('applyExchange', { token: twin.token, choices: { [conflict.key]: { 'summary.ru': 'theirs' } } })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: '', message: 'validation.exchange.alreadyApplied' }] },
    })
    expect(await a.file()).toBe(once)
    const merged = await a.data()
    expect(merged.commitments.find((c) => c.id === shared!.id)!.summary.ru).toBe('Версия B')
    expect(merged.commitments.find((c) => c.id === onlyB!.id)!.priority).toBe(!onlyB!.priority)

    // The same file again: nothing to do, and the data file is not even rewritten.
    const settled = await a.file()
    const again = value<ExchangeReview>(await a.desk.dispatch('openExchangeFile', { path: fromB }))
    expect(again.changes).toBe(0)
    value(await a.desk.dispatch('applyExchange', { token: again.token, choices: {} }))
    expect(await a.file()).toBe(settled)
  })

  it('counts the records it checks while opening a file, and a cancel before apply changes nothing', async () => {
    const outside = await tempDir()
    const a = await laptop('2026-11-28', true)
    const b = await laptop('2026-11-28', false)
    const path = await a.exportAll(join(outside, 'a1.ddx'))
    const before = await b.file()
    const steps: Progress[] = []
    const cancelled = await b.desk.dispatch('openExchangeFile', { path }, {
      callId: 'open-1',
      onProgress: (p) => {
        steps.push(p)
        // Cancel as the window's button would, once the records are counted.
        if (p.step === 'checking' && p.done !== null) void b.desk.dispatch('cancelCall', { callId: 'open-1' })
      },
    })
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    const counted = steps.find((p) => p.step === 'checking' && p.done !== null)!
    const data = await a.data()
    const exchanged = data.countries.length + data.organisations.length + data.people.length + data.meetings.length + data.documents.length + data.commitments.length + data.statusUpdates.length
    expect(counted).toEqual({ step: 'checking', done: exchanged, total: exchanged, cancellable: true })
    expect(steps.some((p) => p.step === 'planning')).toBe(false)
    expect(await b.file()).toBe(before)
    // Opened again to the end, it applies as any other.
    const review = value<ExchangeReview>(await b.desk.dispatch('openExchangeFile', { path }))
    expect(review.counts.new).toBe(review.changes)
  })

  it('counts the records it packs while exporting, and a cancel then writes no file and changes nothing', async () => {
    const outside = await tempDir()
    const a = await laptop('2026-11-28', true)
    const data = await a.data()
    const exchanged = data.countries.length + data.organisations.length + data.people.length + data.meetings.length + data.documents.length + data.commitments.length + data.statusUpdates.length
    const before = await a.file()
    const target = join(outside, 'a.ddx')
    a.saves.push(target)
    const steps: Progress[] = []
    const cancelled = await a.desk.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }, {
      callId: 'export-1',
      onProgress: (p) => {
        steps.push(p)
        if (p.step === 'packing' && p.done !== null) void a.desk.dispatch('cancelCall', { callId: 'export-1' })
      },
    })
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(steps.find((p) => p.step === 'packing' && p.done !== null)).toMatchObject({ total: exchanged, cancellable: true })
    await expect(readFile(target)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await a.file()).toBe(before)
    // To the end, the last count is every record, and the file is written.
    const counted: Progress[] = []
    a.saves.push(target)
    value(await a.desk.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }, { callId: 'export-2', onProgress: (p) => void counted.push(p) }))
    expect(counted.filter((p) => p.step === 'packing' && p.done !== null).at(-1)).toEqual({ step: 'packing', done: exchanged, total: exchanged, cancellable: true })
    expect((await readFile(target)).length).toBeGreaterThan(0)
  })

  it('reads only exchange files from a path, and refuses what is not one', async () => {
    const outside = await tempDir()
    const a = await laptop('2026-11-28', true)
    expect(await a.desk.dispatch('openExchangeFile', { path: storePaths(a.dir).dataFile })).toMatchObject({
      ok: false,
      error: { code: 'file_refused', file: { name: 'delegation-desk.json', reason: 'validation.exchange.not_exchange' } },
    })
    const fake = join(outside, 'fake.ddx')
    await writeFile(fake, 'not a zip')
    expect(await a.desk.dispatch('openExchangeFile', { path: fake })).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name: 'fake.ddx', reason: 'validation.exchange.unreadable' } } })
    // A file gone since it was double-clicked, and a folder named like one.
    expect(await a.desk.dispatch('openExchangeFile', { path: join(outside, 'gone.ddx') })).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name: 'gone.ddx', reason: 'validation.file.missing' } } })
    await mkdir(join(outside, 'folder.ddx'))
    expect(await a.desk.dispatch('openExchangeFile', { path: join(outside, 'folder.ddx') })).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name: 'folder.ddx', reason: 'validation.file.folder' } } })
  })
})

describe('recurring deadlines across laptops', () => {
  it('move on when the other laptop completed the current occurrence', async () => {
    const outside = await tempDir()
    const a = await laptop('2026-11-28', true)
    const b = await laptop('2026-11-28', false)
    value(await b.desk.dispatch('applyExchange', { token: value<ExchangeReview>(await b.desk.dispatch('openExchangeFile', { path: await a.exportAll(join(outside, 'a1.ddx')) })).token, choices: {} }))
    // A commitment due each year that nobody has reported on yet: its 2024 occurrence is due.
    const recurring = (await b.data()).commitments.find((c) => c.deadline.rule.kind === 'recurring' && c.deadline.dueDate === '2024-12-31')!
    value(await a.desk.dispatch('addStatusUpdate', { commitmentId: recurring.id, date: '2026-11-28', author: 'МИД', source: 'self_report', status: 'completed', progress: null, confidence: null, narrative: '', evidence: [], correctsId: null }))
    expect((await a.data()).commitments.find((c) => c.id === recurring.id)!.deadline.dueDate).toBe('2025-12-31')

    const review = value<ExchangeReview>(await b.desk.dispatch('openExchangeFile', { path: await a.exportAll(join(outside, 'a2.ddx')) }))
    value(await b.desk.dispatch('applyExchange', { token: review.token, choices: {} }))
    const there = (await b.data()).commitments.find((c) => c.id === recurring.id)!
    expect(there.deadline.dueDate).toBe('2025-12-31')
    expect((await b.data()).statusUpdates.find((u) => u.commitmentId === recurring.id)!.occurrence).toBe('2024-12-31')
  })
})
