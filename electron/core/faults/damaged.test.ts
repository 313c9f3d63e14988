// A damaged data file, in every way a file gets damaged: it is never overwritten — it is kept
// under a new name byte for byte, the newest good backup opens instead, and the user is told
// (the notice the window shows). A file from a newer version is refused and left alone. With
// every backup damaged too, the app starts empty and says so, still keeping the file.
import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../clock'
import { Desk } from '../desk'
import { unwrap as value } from '../ops/errors'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import { listBackups } from '../store/backups'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'

/** A demo folder with yesterday's backup; returns the data file's text. */
async function folderWithBackup() {
  const dir = await tempDir()
  value(await (await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-27') })).dispatch('loadDemo', {}))
  // The day's backup is made before the first change of a day on which the file exists.
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-27') })
  value(await desk.dispatch('updateSettings', { language: 'ru' }))
  const paths = storePaths(dir)
  return { dir, paths, text: await readFile(paths.dataFile, 'utf-8') }
}

type Damage = (file: string, text: string) => Promise<void>

const damages: [string, Damage, RegExp][] = [
  ['cut in half', (f, t) => writeFile(f, t.slice(0, Math.floor(t.length / 2))), /^not valid JSON/],
  ['not JSON at all', (f) => writeFile(f, 'this is not { json'), /^not valid JSON/],
  ['empty', (f) => writeFile(f, ''), /^not valid JSON/],
  ['random bytes', (f) => writeFile(f, randomBytes(4096)), /^not valid JSON/],
  ['of the wrong shape', (f) => writeFile(f, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: { countries: 'none' } })), /^invalid data/],
  ['not a data file', (f) => writeFile(f, JSON.stringify({ hello: 'world' })), /^not a Delegation Desk data file/],
  [
    'with a broken reference',
    (f, t) => {
      const envelope = JSON.parse(t)
      envelope.data.commitments[0].documentId = '60000000-0000-4000-8000-00000000ffff'
      return writeFile(f, JSON.stringify(envelope))
    },
    /^broken references/,
  ],
  [
    'edited at the same size with its time kept',
    async (f, t) => {
      const reference = `${f}.reference`
      execFileSync('cp', ['-p', f, reference])
      const id = JSON.parse(t).data.commitments[0].id as string
      await writeFile(f, t.replace(`"id":"${id}"`, `"id":"${id.slice(0, -1)}z"`))
      execFileSync('touch', ['-r', reference, f])
      await rm(reference)
    },
    /^invalid data/,
  ],
  [
    'a folder',
    async (f) => {
      await rm(f)
      await mkdir(f)
    },
    /^a folder stands where the data file should be/,
  ],
]

describe('a damaged data file', () => {
  it.each(damages)('%s: kept as it is, the newest good backup opened, the user told', async (_name, damage, problem) => {
    const { dir, paths, text } = await folderWithBackup()
    await damage(paths.dataFile, text)
    const isFolder = (await stat(paths.dataFile)).isDirectory()
    const damagedBytes = isFolder ? null : await readFile(paths.dataFile)

    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    const status = desk.status()
    expect(status.state).toBe('ready')
    expect(status.notices).toEqual([{ kind: 'recovered_from_backup', damagedFile: expect.stringContaining('delegation-desk.damaged-'), backupFile: expect.stringContaining(paths.backupDir), problem: expect.stringMatching(problem) }])
    const notice = status.notices[0]!
    if (notice.kind !== 'recovered_from_backup') throw new Error('no backup was opened')
    if (damagedBytes) expect(Buffer.compare(await readFile(notice.damagedFile!), damagedBytes)).toBe(0)
    else expect((await stat(notice.damagedFile!)).isDirectory()).toBe(true)
    // The backup's data is the data now, on disk too.
    expect(JSON.parse(await readFile(paths.dataFile, 'utf-8'))).toEqual(JSON.parse(await readFile(notice.backupFile, 'utf-8')))
    expect(text).toContain('"language":"ru"')
  })

  it('from a newer version: refused with the reason, and left exactly as it is', async () => {
    const { dir, paths } = await folderWithBackup()
    const newer = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, data: { fromTheFuture: true } })
    await writeFile(paths.dataFile, newer)
    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    expect(desk.status()).toMatchObject({ state: 'blocked', blockReason: { kind: 'newer_version', fileVersion: CURRENT_SCHEMA_VERSION + 1 } })
    expect(await readFile(paths.dataFile, 'utf-8')).toBe(newer)
    expect(await desk.dispatch('queryCommitments', {})).toMatchObject({ ok: false, error: { code: 'blocked' } })
  })

  it('with every backup damaged too: starts empty, says so, and keeps the file', async () => {
    const { dir, paths } = await folderWithBackup()
    for (const backup of await listBackups(paths)) await writeFile(backup.path, '{ damaged')
    await writeFile(paths.dataFile, 'garbage')
    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    expect(desk.status()).toMatchObject({ state: 'first_run', notices: [{ kind: 'no_usable_backup', damagedFile: expect.any(String), problem: expect.stringMatching(/^not valid JSON/) }] })
    expect(await readFile(desk.status().notices[0]!.damagedFile!, 'utf-8')).toBe('garbage')
    // Nothing was written in its place, and the damaged backups are still there.
    expect(await readdir(dir)).not.toContain('delegation-desk.json')
    expect((await listBackups(paths)).length).toBeGreaterThan(0)
  })
})
