// A disk that fills up or turns read-only under the app: every change either lands whole or is
// reported failed in words, with the data file byte for byte as it was and nothing changed on
// screen either; once there is room (or write access) again, saving simply works. Needs a tmpfs,
// so root (CI runs as root); skipped otherwise, saying why.
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { clockFrom } from '../clock'
import { Desk } from '../desk'
import { unwrap as value } from '../ops/errors'
import type { CommitmentDetail } from '../ops/views'
import { migrationChain } from '../store/migrations'
import { storePaths } from '../store/paths'
import { load } from '../store/store'
import { isRoot, mountTinyDisk, NEEDS_ROOT, type TinyDisk } from '../test-support/tinyDisk'

const update = (commitmentId: string, narrative: string) => ({
  commitmentId,
  date: '2026-11-28',
  author: 'disk test',
  source: 'assessment',
  status: 'in_progress',
  progress: null,
  confidence: null,
  narrative,
  // The demo's commitments may be past their dates: an update of one gives its reason.
  delayReason: 'disk test',
  evidence: [],
  correctsId: null,
})

describe.skipIf(!isRoot)(`a disk that fills up or turns read-only (${NEEDS_ROOT})`, () => {
  let disk: TinyDisk
  afterEach(async () => disk?.unmount())

  async function deskOnDisk(kilobytes: number, encrypted = false) {
    disk = await mountTinyDisk(kilobytes)
    const dataDir = join(disk.dir, 'data')
    const desk = await Desk.open({ dataDir, clock: clockFrom('2026-11-28') })
    value(await desk.dispatch('loadDemo', {}))
    if (encrypted) value(await desk.dispatch('enableEncryption', { passphrase: 'фраза для проверки диска', lockAfterMinutes: 15, keychain: false }))
    const file = storePaths(dataDir).dataFile
    const commitmentId = value<{ items: { id: string }[] }>(await desk.dispatch('queryCommitments', {})).items[0]!.id
    const history = async () => value<CommitmentDetail>(await desk.dispatch('getCommitment', { id: commitmentId })).updates.map((u) => u.narrative)
    return { desk, dataDir, file, commitmentId, history }
  }

  it.each([
    ['plain', false],
    ['encrypted at rest', true],
  ])('%s: lands each change whole or refuses it with the file as it was, however little room is left; and saves once there is room', { timeout: 60_000 }, async (_name, encrypted) => {
    const { desk, file, commitmentId, history } = await deskOnDisk(1536, encrypted)
    await desk.idle()
    const size = (await stat(file)).size
    // No room at all, a little, a third of the file, one byte short, just enough, plenty.
    for (const [i, leave] of [0, 1_000, Math.floor(size / 3), size - 1, size + 2_000, size * 3].entries()) {
      disk.fill(leave)
      const before = await readFile(file)
      const shown = await history()
      const answer = await desk.dispatch('addStatusUpdate', update(commitmentId, `room-${i}`))
      if (answer.ok) {
        // The file as it now is opens (encrypted: its tag passes, which the reopened store checks).
        if (!encrypted) expect(load(await readFile(file, 'utf-8'), migrationChain).ok, `room ${leave}`).toBe(true)
        expect(await history()).toContain(`room-${i}`)
      } else {
        expect(answer.error, `room ${leave}`).toMatchObject({ code: 'storage_failed', file: { name: '', reason: 'validation.file.disk_full' } })
        expect(Buffer.compare(await readFile(file), before), `room ${leave}`).toBe(0)
        expect(await history()).toEqual(shown)
      }
    }
    // The first cases cannot fit; the last ones can.
    disk.fill(0)
    expect(await desk.dispatch('addStatusUpdate', update(commitmentId, 'still full'))).toMatchObject({ ok: false })
    disk.free()
    value(await desk.dispatch('addStatusUpdate', update(commitmentId, 'room again')))
    expect(await history()).toContain('room again')
    expect(await history()).not.toContain('still full')
    // Opened afresh, as after a restart: no recovery was needed.
    await desk.idle()
    const reopened = await Desk.open({ dataDir: join(disk.dir, 'data'), clock: clockFrom('2026-11-28') })
    if (encrypted) value(await reopened.dispatch('unlock', { passphrase: 'фраза для проверки диска' }))
    expect(reopened.status()).toMatchObject({ state: 'ready', notices: [] })
  })

  it('refuses changes on a read-only disk in words, changes nothing, and saves when it is writable again', async () => {
    const { desk, file, commitmentId, history } = await deskOnDisk(1024)
    await desk.idle()
    const before = await readFile(file)
    disk.readOnly(true)
    expect(await desk.dispatch('addStatusUpdate', update(commitmentId, 'read-only'))).toMatchObject({ ok: false, error: { code: 'storage_failed', file: { reason: 'validation.file.read_only' } } })
    expect(Buffer.compare(await readFile(file), before)).toBe(0)
    // Reading goes on as usual.
    expect(await history()).not.toContain('read-only')
    disk.readOnly(false)
    value(await desk.dispatch('addStatusUpdate', update(commitmentId, 'writable')))
    expect(await history()).toContain('writable')
  })

  it('opens a data file on a full disk, shows it, and says so only when a change cannot be saved', async () => {
    const { desk, dataDir, commitmentId } = await deskOnDisk(1024)
    await desk.idle()
    disk.fill(0)
    const reopened = await Desk.open({ dataDir, clock: clockFrom('2026-11-29') })
    expect(reopened.status()).toMatchObject({ state: 'ready', notices: [] })
    expect(value<CommitmentDetail>(await reopened.dispatch('getCommitment', { id: commitmentId })).commitment.id).toBe(commitmentId)
    expect(await reopened.dispatch('addStatusUpdate', update(commitmentId, 'full'))).toMatchObject({ ok: false, error: { code: 'storage_failed' } })
  })
})
