// Files attached to a status update as its evidence, on real data folders: chosen and copied in,
// named by the update, opened with the system's viewer, refused when not the data folder's, and
// carried to another laptop by the exchange.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import { storedPathOf } from '../../files/storedPath'
import type { DeskData, SourceFile, StatusUpdate, StatusUpdateInput } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import { unwrap as value } from '../errors'
import type { ExchangeReview, SavedFile } from '../views'
import { noShell } from './context'

async function laptop(demo: boolean) {
  const dir = await tempDir()
  const chosen: string[][] = []
  const saves: string[] = []
  const opened: string[] = []
  const shell = { ...noShell, chooseFiles: async () => chosen.shift() ?? [], chooseSavePath: async () => saves.shift() ?? null, openPath: async (path: string) => void opened.push(path) }
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell })
  value(await desk.dispatch(demo ? 'loadDemo' : 'startEmpty', {}))
  const file = () => readFile(storePaths(dir).dataFile, 'utf-8')
  const data = async () => JSON.parse(await file()).data as DeskData
  return { desk, dir, chosen, saves, opened, file, data }
}

const actSigned = async () => {
  const outside = await tempDir()
  const path = join(outside, 'Акт приёмки.pdf')
  await writeFile(path, '%PDF-1.4 акт подписан 20.11.2026')
  return path
}

const updateOf = (commitmentId: string, files: SourceFile[]): StatusUpdateInput => ({
  commitmentId,
  date: '2026-11-28',
  author: 'Секретариат',
  source: 'assessment',
  status: 'completed',
  progress: 100,
  confidence: null,
  narrative: 'Акт подписан',
  evidence: [],
  correctsId: null,
  files,
})

describe('files attached to a status update', () => {
  it('are copied in when chosen, named by the update, kept on disk and opened with the viewer', async () => {
    const a = await laptop(true)
    const source = await actSigned()
    a.chosen.push([source])
    const files = value<SourceFile[]>(await a.desk.dispatch('chooseUpdateFiles', {}))
    expect(files).toEqual([expect.objectContaining({ fileName: 'Акт приёмки.pdf', size: (await readFile(source)).length })])
    const commitment = (await a.data()).commitments[0]!
    const update = value<StatusUpdate>(await a.desk.dispatch('addStatusUpdate', updateOf(commitment.id, files)))
    expect((await a.data()).statusUpdates.find((u) => u.id === update.id)!.files).toEqual(files)
    value(await a.desk.dispatch('openUpdateFile', { updateId: update.id, fileId: files[0]!.id }))
    expect(await readFile(a.opened[0]!, 'utf-8')).toBe(await readFile(source, 'utf-8'))
    expect(await a.desk.dispatch('openUpdateFile', { updateId: update.id, fileId: commitment.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('a cancelled choice attaches nothing', async () => {
    const a = await laptop(true)
    expect(value<SourceFile[]>(await a.desk.dispatch('chooseUpdateFiles', {}))).toEqual([])
  })

  it('are refused, changing nothing, when not in the data folder or named twice', async () => {
    const a = await laptop(true)
    const commitment = (await a.data()).commitments[0]!
    const sha256 = 'a'.repeat(64)
    const madeUp: SourceFile = { id: crypto.randomUUID(), fileName: 'чужой.pdf', storedPath: storedPathOf(sha256, 'чужой.pdf'), sha256, size: 10, addedAt: '2026-11-28T10:00:00.000Z' }
    const before = await a.file()
    expect(await a.desk.dispatch('addStatusUpdate', updateOf(commitment.id, [madeUp]))).toMatchObject({ ok: false, error: { code: 'invalid_arguments', issues: [{ path: 'files.0', message: 'validation.fileMissing' }] } })
    a.chosen.push([await actSigned()])
    const [real] = value<SourceFile[]>(await a.desk.dispatch('chooseUpdateFiles', {}))
    expect(await a.desk.dispatch('addStatusUpdate', updateOf(commitment.id, [real!, real!]))).toMatchObject({ ok: false, error: { issues: [{ path: 'files.1.id', message: 'validation.duplicateFile' }] } })
    const { commitmentId: _c, correctsId: _k, ...bulk } = updateOf(commitment.id, [madeUp])
    expect(await a.desk.dispatch('bulkAddStatusUpdate', { ids: [commitment.id], update: bulk })).toMatchObject({ ok: false, error: { issues: [{ path: 'update.files.0' }] } })
    expect(await a.file()).toBe(before)
  })

  it('travel with the update to another laptop, listed in the review and installed on apply', async () => {
    const a = await laptop(true)
    const b = await laptop(false)
    a.chosen.push([await actSigned()])
    const files = value<SourceFile[]>(await a.desk.dispatch('chooseUpdateFiles', {}))
    const update = value<StatusUpdate>(await a.desk.dispatch('addStatusUpdate', updateOf((await a.data()).commitments[0]!.id, files)))
    a.saves.push(join(await tempDir(), 'a.ddx'))
    const saved = value<SavedFile>(await a.desk.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }))
    const review = value<ExchangeReview>(await b.desk.dispatch('openExchangeFile', { path: saved.path }))
    expect(review.files.map((f) => f.name)).toContain('Акт приёмки.pdf')
    value(await b.desk.dispatch('applyExchange', { token: review.token, choices: {} }))
    value(await b.desk.dispatch('openUpdateFile', { updateId: update.id, fileId: files[0]!.id }))
    expect(await readFile(b.opened[0]!, 'utf-8')).toBe('%PDF-1.4 акт подписан 20.11.2026')
  })
})
