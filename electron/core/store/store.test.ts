import { execFileSync } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { fixedClock, tempDir } from '../test-support/tempDir'
import { CURRENT_SCHEMA_VERSION, DeskData, emptyData } from '../schema'
import { KEEP_BACKUPS, listBackups } from './backups'
import { EnvelopeFile } from './envelopeFile'
import { migrationChain, type MigrationChain } from './migrations'
import { storePaths, VERIFIED_NOTE_NAME } from './paths'
import { sealingCodec } from '../crypto/seal'
import { openStore, type OpenOutcome, type Store } from './store'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname
const DAY1 = '2026-11-28T10:00:00.000Z'
const DAY2 = '2026-11-29T10:00:00.000Z'

function ready(outcome: OpenOutcome): Extract<OpenOutcome, { kind: 'ready' }> {
  if (outcome.kind !== 'ready') throw new Error(`Expected the store to open, got ${JSON.stringify(outcome.reason)}`)
  return outcome
}

async function dirWithFixture(name: string) {
  const dir = await tempDir()
  await copyFile(fixture(name), storePaths(dir).dataFile)
  return dir
}

/** Empty data, whatever exchange identity it was given. */
const fresh = () => ({ ...emptyData(), exchange: { installationId: expect.any(String), peers: {} } })

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf-8')) as { schemaVersion: number; data: ReturnType<typeof emptyData> }
const organisationName = (store: Store) => store.data.organisations[0]?.name.en

describe('opening', () => {
  it('starts a first run in an empty folder without writing anything', async () => {
    const dir = await tempDir()
    const { store, notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    expect(store.onDisk).toBe(false)
    expect(store.data).toEqual(fresh())
    expect(notices).toEqual([])
    expect(await readdir(dir)).toEqual([])
  })

  it('opens a v1 file through the real upgrade chain and validates it', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const { store, notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    expect(notices).toEqual([])
    expect(store.onDisk).toBe(true)
    expect(store.data.commitments[0]?.deadline.words).toBe('IV квартал 2025 г.')
    expect(organisationName(store)).toBe('Ministry of Transport')
  })

  it('sets a damaged JSON file aside and opens the newest good backup, with a notice', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    await ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) })).store.dailyBackup()
    const paths = storePaths(dir)
    const damaged = '{"schemaVersion": 1, "data": {"countries": [ TRUNCATED'
    await writeFile(paths.dataFile, damaged)

    const { store, notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY2) }))
    expect(organisationName(store)).toBe('Ministry of Transport')
    expect(notices).toHaveLength(1)
    const notice = notices[0]!
    expect(notice.kind).toBe('recovered_from_backup')
    if (notice.kind !== 'recovered_from_backup') return
    expect(notice.problem).toMatch(/not valid JSON/)
    expect(await readFile(notice.damagedFile!, 'utf-8')).toBe(damaged)
    expect(notice.backupFile.startsWith(paths.backupDir)).toBe(true)
    // The recovered data is the data file again.
    expect((await readJson(paths.dataFile)).data.organisations[0]?.name.en).toBe('Ministry of Transport')
  })

  it('treats valid JSON with invalid data as damaged; without a backup it starts empty and keeps the file', async () => {
    const dir = await tempDir()
    const paths = storePaths(dir)
    const invalid = JSON.stringify({ schemaVersion: 1, data: { ...emptyData(), commitments: [{ id: 'not-a-uuid', clause: 3 }] } })
    await writeFile(paths.dataFile, invalid)

    const { store, notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    expect(store.data).toEqual(fresh())
    expect(store.onDisk).toBe(false)
    const notice = notices[0]!
    expect(notice.kind).toBe('no_usable_backup')
    expect(notice.problem).toMatch(/invalid data \(commitments\.0\./)
    expect(await readFile(notice.damagedFile!, 'utf-8')).toBe(invalid)
    // Nothing was written in its place.
    await expect(readFile(paths.dataFile)).rejects.toThrow(/ENOENT/)
  })

  it('treats a record pointing at a missing record as invalid', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const file = await readJson(storePaths(dir).dataFile)
    file.data.commitments[0]!.documentId = '60000000-0000-4000-8000-00000000ffff'
    await writeFile(storePaths(dir).dataFile, JSON.stringify(file))
    const { notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    expect(notices[0]?.problem).toMatch(/broken references \(commitments\.0\.documentId: Unknown document/)
  })

  it('refuses a file from a newer schema version and leaves it untouched', async () => {
    const dir = await tempDir()
    const paths = storePaths(dir)
    const newer = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, data: { whatever: true } })
    await writeFile(paths.dataFile, newer)
    const outcome = await openStore({ dataDir: dir, now: fixedClock(DAY1) })
    expect(outcome).toEqual({
      kind: 'blocked',
      reason: { kind: 'newer_version', file: paths.dataFile, fileVersion: CURRENT_SCHEMA_VERSION + 1, supportedVersion: CURRENT_SCHEMA_VERSION },
    })
    expect(await readFile(paths.dataFile, 'utf-8')).toBe(newer)
    expect(await readdir(dir)).toEqual(['delegation-desk.json'])
  })

  it('restores the newest good backup when the data file is missing but backups exist', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    await ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) })).store.dailyBackup()
    const { rm } = await import('node:fs/promises')
    await rm(storePaths(dir).dataFile)
    const { store, notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY2) }))
    expect(organisationName(store)).toBe('Ministry of Transport')
    expect(notices[0]).toMatchObject({ kind: 'recovered_from_backup', damagedFile: null, problem: 'the data file was missing' })
  })

  it('reports a data folder that cannot be created', async () => {
    const parent = await tempDir()
    const aFile = join(parent, 'not-a-folder')
    await writeFile(aFile, 'x')
    const outcome = await openStore({ dataDir: join(aFile, 'data'), now: fixedClock(DAY1) })
    expect(outcome.kind).toBe('blocked')
    if (outcome.kind === 'blocked') expect(outcome.reason).toMatchObject({ kind: 'storage_unavailable', dataDir: join(aFile, 'data') })
  })
})

describe('migrations', () => {
  // v1 is the first released schema. A synthetic step before it (organizations → organisations,
  // preferences → settings) proves the runner on a v0 fixture, step by step, into the real chain
  // from v1 to the current version.
  const synthetic: MigrationChain = {
    target: migrationChain.target,
    steps: {
      ...migrationChain.steps,
      0: (data) => {
        const { organizations, preferences, ...rest } = data as Record<string, unknown>
        return { ...rest, organisations: organizations, settings: preferences }
      },
    },
  }
  const preMigration = `pre-migration-v${CURRENT_SCHEMA_VERSION}`

  it('upgrades a version 1 file to the current version: import layouts and an exchange identity of its own', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    expect(store.data.settings.importLayouts).toEqual([])
    expect(store.data.exchange).toEqual({ installationId: expect.stringMatching(/^[0-9a-f-]{36}$/), peers: {} })
    const written = await readJson(storePaths(dir).dataFile)
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(written.data.exchange.installationId).toBe(store.data.exchange.installationId)
    expect((await listBackups(storePaths(dir))).some((b) => b.name.includes(preMigration))).toBe(true)
  })

  it('backs up the old file, upgrades step by step, validates and writes the new version', async () => {
    const dir = await dirWithFixture('v0-synthetic.json')
    const original = await readFile(fixture('v0-synthetic.json'), 'utf-8')
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1), chain: synthetic }))
    expect(organisationName(store)).toBe('Ministry of Transport')
    const written = await readJson(storePaths(dir).dataFile)
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(written.data.organisations).toHaveLength(1)
    const backups = await listBackups(storePaths(dir))
    const backup = backups.find((b) => b.name.includes(preMigration))
    expect(backup).toBeDefined()
    expect(await readFile(backup!.path, 'utf-8')).toBe(original)
  })

  it('keeps a file whose upgrade fails and does not write a half-upgraded one', async () => {
    const dir = await dirWithFixture('v0-synthetic.json')
    const failing: MigrationChain = { target: 1, steps: { 0: () => ({ countries: 'broken' }) } }
    const { notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1), chain: failing }))
    expect(notices[0]?.kind).toBe('no_usable_backup')
    expect(await readFile(notices[0]!.damagedFile!, 'utf-8')).toBe(await readFile(fixture('v0-synthetic.json'), 'utf-8'))
  })
})

describe('writing', () => {
  it('has a change on disk once update resolves', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    await store.update((d) => {
      d.settings.language = 'en'
    })
    expect((await readJson(storePaths(dir).dataFile)).data.settings.language).toBe('en')
  })

  it('runs changes one after another in the order they were made', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    await Promise.all(
      ['ru', 'en', 'ru', 'en'].map((language) =>
        store.update((d) => {
          d.settings.language = language as 'ru' | 'en'
        }),
      ),
    )
    expect(store.data.settings.language).toBe('en')
    expect((await readJson(storePaths(dir).dataFile)).data.settings.language).toBe('en')
  })

  it('changes nothing, in memory or on disk, when the write fails', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    const before = await readFile(storePaths(dir).dataFile, 'utf-8')
    // A folder where the temp file must go makes every write fail, even for root.
    await mkdir(join(dir, '.delegation-desk.json.tmp'))
    await expect(
      store.update((d) => {
        d.settings.language = 'en'
      }),
    ).rejects.toMatchObject({ code: 'storage_failed' })
    expect(store.data.settings.language).toBeNull()
    expect(await readFile(storePaths(dir).dataFile, 'utf-8')).toBe(before)
    // The queue is not wedged: once the fault is gone, the next change is saved.
    const { rm } = await import('node:fs/promises')
    await rm(join(dir, '.delegation-desk.json.tmp'), { recursive: true })
    await store.update((d) => {
      d.settings.language = 'ru'
    })
    expect((await readJson(storePaths(dir).dataFile)).data.settings.language).toBe('ru')
  })
})

describe('backups', () => {
  it('makes at most one daily backup a day', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const paths = storePaths(dir)
    await ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) })).store.dailyBackup()
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    await store.update((d) => {
      d.settings.language = 'en'
    })
    expect((await listBackups(paths)).map((b) => b.day)).toEqual(['2026-11-28'])
    await ready(await openStore({ dataDir: dir, now: fixedClock(DAY2) })).store.dailyBackup()
    expect((await listBackups(paths)).map((b) => b.day)).toEqual(['2026-11-28', '2026-11-29'])
  })

  it(`keeps the newest ${KEEP_BACKUPS}`, async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    for (let day = 1; day <= KEEP_BACKUPS + 3; day++) {
      await ready(await openStore({ dataDir: dir, now: fixedClock(`2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`) })).store.dailyBackup()
    }
    const days = (await listBackups(storePaths(dir))).map((b) => b.day)
    expect(days).toHaveLength(KEEP_BACKUPS)
    expect(days[0]).toBe('2026-10-04')
    expect(days.at(-1)).toBe(`2026-10-${KEEP_BACKUPS + 3}`)
  })
})

describe('reopening a file the app wrote itself', () => {
  it('skips validating it again, and validates anything changed from outside', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    await store.update((d) => {
      d.settings.language = 'en'
    })
    const validate = vi.spyOn(DeskData, 'safeParse')
    try {
      const reopened = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
      expect(reopened.store.data.settings.language).toBe('en')
      expect(validate).not.toHaveBeenCalled()

      // Edited from outside (another size): validated, found invalid, set aside.
      const file = await readJson(storePaths(dir).dataFile)
      file.data.commitments[0]!.deadline.dueDate = 'soon'
      await writeFile(storePaths(dir).dataFile, JSON.stringify(file))
      const { notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
      expect(validate).toHaveBeenCalled()
      expect(notices[0]).toMatchObject({ kind: 'recovered_from_backup', problem: expect.stringMatching(/^invalid data \(commitments\.0\.deadline\.dueDate/) })
    } finally {
      validate.mockRestore()
    }
  })
})

describe('what a read sees', () => {
  it('is the state on disk: a change shows only once it is written, and never if the write fails', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    // Holds the write at the disk until the test lets it go: the moment a read could see too much.
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const write = EnvelopeFile.prototype.write
    const held = vi.spyOn(EnvelopeFile.prototype, 'write').mockImplementation(async function (this: EnvelopeFile<object>, envelope) {
      await gate
      return write.call(this, envelope)
    })
    try {
      const saving = store.update((d) => {
        d.settings.language = 'en'
      })
      await vi.waitFor(() => expect(held).toHaveBeenCalled())
      expect(store.data.settings.language).toBeNull()
      release()
      await saving
      expect(store.data.settings.language).toBe('en')

      // The same with a write that fails: nothing was ever visible.
      await mkdir(join(dir, '.delegation-desk.json.tmp'))
      let released!: () => void
      const second = new Promise<void>((resolve) => (released = resolve))
      held.mockImplementation(async function (this: EnvelopeFile<object>, envelope) {
        await second
        return write.call(this, envelope)
      })
      const failing = store.update((d) => {
        d.settings.language = 'ru'
      })
      await vi.waitFor(() => expect(held).toHaveBeenCalledTimes(2))
      expect(store.data.settings.language).toBe('en')
      released()
      await expect(failing).rejects.toMatchObject({ code: 'storage_failed', file: { name: '', reason: 'validation.file.folder' } })
      expect(store.data.settings.language).toBe('en')
      // The failed write left no temporary file of its own beside the data file.
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual(['.delegation-desk.json.tmp'])
    } finally {
      held.mockRestore()
    }
  })
})

describe('the note of the file the app wrote', () => {
  it('does not pass an edit of the same size with the modification time kept', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const paths = storePaths(dir)
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    await store.update((d) => {
      d.settings.language = 'en'
    })
    await store.dailyBackup()
    const before = await stat(paths.dataFile)
    // The modification time as it was, to the nanosecond (as `touch -r` restores it).
    const reference = join(await tempDir(), 'reference')
    execFileSync('cp', ['-p', paths.dataFile, reference])
    const text = await readFile(paths.dataFile, 'utf-8')
    // One character of an id changed: still JSON, same size, no longer a valid record.
    const id = store.data.commitments[0]!.id
    const edited = text.replace(`"id":"${id}"`, `"id":"${id.slice(0, -1)}x"`)
    expect(edited.length).toBe(text.length)
    await writeFile(paths.dataFile, edited)
    execFileSync('touch', ['-r', reference, paths.dataFile])
    expect((await stat(paths.dataFile)).mtimeMs).toBe(before.mtimeMs)

    const { store: reopened, notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) }))
    expect(notices[0]).toMatchObject({ kind: 'recovered_from_backup', problem: expect.stringMatching(/^invalid data \(commitments\.0\.id/) })
    expect(await readFile(notices[0]!.damagedFile!, 'utf-8')).toBe(edited)
    expect(reopened.data.commitments[0]!.id).toBe(id)
  })

  it('names a sealed file by its tag, so another file sealed with the same key in its place is validated', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const paths = storePaths(dir)
    const codec = sealingCodec(randomBytes(32), randomUUID(), { acceptPlain: true })
    const { store } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1), codec }))
    await store.update((d) => {
      d.settings.language = 'en'
    })
    await store.dailyBackup()
    const sealed = await readFile(paths.dataFile)
    const note = JSON.parse(await readFile(join(dir, VERIFIED_NOTE_NAME), 'utf-8')) as { sha256: string }
    expect(note.sha256).toBe(`gcm:${sealed.subarray(-16).toString('hex')}`)
    // Sealed by the app, but not data it validated (a damaged file set aside is kept sealed too).
    const id = store.data.commitments[0]!.id
    const invalid = { schemaVersion: CURRENT_SCHEMA_VERSION, data: { ...store.data, commitments: [{ ...store.data.commitments[0], id: `${id.slice(0, -1)}x` }] } }
    await writeFile(paths.dataFile, Buffer.concat(await codec.seal([Buffer.from(JSON.stringify(invalid))])))
    const { store: reopened, notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY1), codec }))
    expect(notices[0]).toMatchObject({ kind: 'recovered_from_backup', problem: expect.stringMatching(/^invalid data \(commitments\.0\.id/) })
    expect(reopened.data.commitments[0]!.id).toBe(id)
  })
})

describe('recovering again after an interrupted recovery', () => {
  it('names the damaged file that was set aside, not a missing one', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const paths = storePaths(dir)
    await ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) })).store.dailyBackup()
    // What an open leaves when it set the damaged file aside and then could not write (a full disk).
    const damaged = join(dir, 'delegation-desk.damaged-2026-11-29T10-00-00-000Z.json')
    await rename(paths.dataFile, damaged)
    const { notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY2) }))
    expect(notices[0]).toMatchObject({ kind: 'recovered_from_backup', damagedFile: damaged, problem: 'the data file was damaged and set aside' })
  })

  it('sets aside a folder standing where the data file should be', async () => {
    const dir = await dirWithFixture('v1-minimal.json')
    const paths = storePaths(dir)
    await ready(await openStore({ dataDir: dir, now: fixedClock(DAY1) })).store.dailyBackup()
    await rm(paths.dataFile)
    await mkdir(paths.dataFile)
    await writeFile(join(paths.dataFile, 'inside'), 'x')
    const { store, notices } = ready(await openStore({ dataDir: dir, now: fixedClock(DAY2) }))
    expect(notices[0]).toMatchObject({ kind: 'recovered_from_backup', problem: 'a folder stands where the data file should be' })
    expect(await readFile(join(notices[0]!.damagedFile!, 'inside'), 'utf-8')).toBe('x')
    expect(organisationName(store)).toBe('Ministry of Transport')
  })
})
