// The one writer of the data file. Opening: read → (the app's own file? parse only) → parse →
// migrate step by step → validate; a file that fails is kept under a new name and the newest
// good backup opens instead. Writing: one queue; each change is applied to a copy (immer),
// written whole to disk, and only then becomes the state any read sees. A failed write changes
// nothing, on disk or in memory.
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { freeze, produce, type Draft } from 'immer'
import { format } from 'date-fns'
import { describeError, logger } from '../log'
import { CURRENT_SCHEMA_VERSION, DeskData, FileEnvelope, emptyData } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { DeskError, systemReason } from '../ops/errors'
import type { BlockReason, Notice } from '../ops/views'
import { plainCodec, SealError, type FileCodec, type SealProblem } from '../crypto/seal'
import { FileStore } from '../files/sourceFiles'
import { utf8Text } from '../files/utf8Text'
import { EnvelopeFile, type Envelope } from './envelopeFile'
import { listBackups, makeBackup, makeDailyBackupIfDue } from './backups'
import { migrate, migrationChain, type MigrationChain } from './migrations'
import { DAMAGED_PREFIX, damagedFilePath, isStoreTemp, storePaths, type StorePaths } from './paths'
import { isVerified, markVerified } from './verified'

const log = logger('store')

export type OpenOutcome =
  | { kind: 'ready'; store: Store; notices: Notice[] }
  | { kind: 'blocked'; reason: BlockReason }

export interface OpenOptions {
  dataDir: string
  now: () => Date
  /** How files are kept: as they are, or sealed with the data key (encryption at rest). */
  codec?: FileCodec
  /** Replaced in tests to prove the upgrade path with a synthetic chain. */
  chain?: MigrationChain
}

/** Why a file's content was not usable: what the log keeps (the problem text may quote data). */
export type ProblemKind = 'not_json' | 'not_data_file' | 'not_upgradable' | 'invalid' | 'broken_references' | 'folder' | 'sealed_damaged' | 'sealed_foreign' | 'not_sealed'

type Problem = { ok: false; newerVersion?: undefined; locked?: undefined; problem: string; kind: ProblemKind }
type Loaded = { ok: true; data: DeskData; version: number } | { ok: false; newerVersion: number; locked?: undefined } | Problem
/** What opening a file's bytes gives: as loading, or the need for a key. */
type Opened = Loaded | { ok: false; locked: true; newerVersion?: undefined }

const MAX_LISTED_PROBLEMS = 3

/**
 * Parses, checks the envelope and version, migrates and validates one file's text. `verified`:
 * the app wrote this very file after validating its data, so only parsing is needed.
 */
export function load(text: string, chain: MigrationChain, verified = false): Loaded {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return { ok: false, kind: 'not_json', problem: `not valid JSON (${(e as Error).message})` }
  }
  const envelope = FileEnvelope.safeParse(json)
  if (!envelope.success) return { ok: false, kind: 'not_data_file', problem: 'not a Delegation Desk data file (no schemaVersion and data)' }
  const { schemaVersion } = envelope.data
  if (schemaVersion > chain.target) return { ok: false, newerVersion: schemaVersion }
  if (verified && schemaVersion === chain.target) return { ok: true, data: envelope.data.data as DeskData, version: schemaVersion }
  let migrated: unknown
  try {
    migrated = migrate(schemaVersion, envelope.data.data, chain)
  } catch (e) {
    return { ok: false, kind: 'not_upgradable', problem: `could not be upgraded from version ${schemaVersion}: ${(e as Error).message}` }
  }
  const parsed = DeskData.safeParse(migrated)
  if (!parsed.success) {
    const listed = parsed.error.issues
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ')
    return { ok: false, kind: 'invalid', problem: `invalid data (${listed})` }
  }
  const broken = findBrokenReferences(parsed.data)
  if (broken.length > 0) {
    const listed = broken.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${p.path}: ${p.message}`).join('; ')
    return { ok: false, kind: 'broken_references', problem: `broken references (${listed})` }
  }
  return { ok: true, data: parsed.data, version: schemaVersion }
}

/** The file's bytes; null when there is none; 'folder' when a folder stands under its name. */
async function readIfExists(path: string): Promise<Buffer | null | 'folder'> {
  try {
    return await readFile(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    if (code === 'EISDIR') return 'folder'
    throw e
  }
}

const SEAL_PROBLEMS: Record<Exclude<SealProblem, 'locked'>, { kind: ProblemKind; problem: string }> = {
  damaged: { kind: 'sealed_damaged', problem: 'the encrypted file does not pass its check: damaged or changed' },
  foreign: { kind: 'sealed_foreign', problem: 'the file is encrypted by another installation' },
  plain: { kind: 'not_sealed', problem: 'the file is not encrypted, as every file here must be' },
}

/** Opens a file's bytes with the codec and loads them; a file that cannot be opened is a damaged one (or needs the key). */
function loadBytes(bytes: Buffer, codec: FileCodec, chain: MigrationChain, verified = false): Opened {
  let text: string
  try {
    text = utf8Text(codec.open(bytes))
  } catch (e) {
    if (!(e instanceof SealError)) throw e
    if (e.problem === 'locked') return { ok: false, locked: true }
    return { ok: false, ...SEAL_PROBLEMS[e.problem] }
  }
  return load(text, chain, verified)
}

/** The newest backup that loads cleanly, if any. */
async function newestGoodBackup(paths: StorePaths, chain: MigrationChain, codec: FileCodec) {
  const backups = await listBackups(paths)
  for (const backup of backups.reverse()) {
    const bytes = await readIfExists(backup.path)
    if (bytes === null || bytes === 'folder') continue
    const loaded = loadBytes(bytes, codec, chain)
    if (loaded.ok) return { path: backup.path, data: loaded.data }
    log.warn(`backup ${backup.name} is not usable (${'kind' in loaded ? loaded.kind : 'locked' in loaded ? 'encrypted' : 'newer version'})`)
  }
  return null
}

/**
 * Removes what a crash left half written: the temporary files of the data file, its note and
 * the backups. The store is the one writer, so nothing else is writing them now.
 */
async function sweepTemps(paths: StorePaths): Promise<void> {
  for (const dir of [paths.dataDir, paths.backupDir]) {
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names.filter(isStoreTemp)) await rm(join(dir, name), { force: true }).catch(() => undefined)
  }
}

/** A damaged file set aside earlier, newer than every backup: what a recovery after an interrupted one names. */
async function damagedSinceBackups(paths: StorePaths): Promise<string | null> {
  const names = await readdir(paths.dataDir).catch(() => [] as string[])
  const newest = names.filter((n) => n.startsWith(DAMAGED_PREFIX)).sort().at(-1)
  return newest ? join(paths.dataDir, newest) : null
}

const problemMessage = (e: unknown) => (e instanceof Error ? e.message : String(e))

export async function openStore(options: OpenOptions): Promise<OpenOutcome> {
  const chain = options.chain ?? migrationChain
  const codec = options.codec ?? plainCodec
  const paths = storePaths(options.dataDir)
  const blocked = (e: unknown): OpenOutcome => {
    log.error(`the data folder cannot be used: ${describeError(e)}`)
    return { kind: 'blocked', reason: { kind: 'storage_unavailable', dataDir: paths.dataDir, message: problemMessage(e) } }
  }

  let bytes: Buffer | null | 'folder'
  try {
    await mkdir(paths.dataDir, { recursive: true, mode: 0o700 })
    await sweepTemps(paths)
    bytes = await readIfExists(paths.dataFile)
  } catch (e) {
    return blocked(e)
  }

  try {
    if (bytes === null) {
      // No data file: a first run, unless backups show there was data here before.
      const backup = await newestGoodBackup(paths, chain, codec)
      if (!backup) {
        log.info('no data file: first run')
        return { kind: 'ready', store: new Store(paths, options.now, codec, emptyData(), false), notices: [] }
      }
      const store = new Store(paths, options.now, codec, backup.data, false)
      await store.persist()
      // An earlier recovery may have set the damaged file aside and then been interrupted.
      const damagedFile = await damagedSinceBackups(paths)
      const problem = damagedFile ? 'the data file was damaged and set aside' : 'the data file was missing'
      log.warn(`recovered from backup ${backup.path}: ${damagedFile ? 'the data file was set aside as damaged' : 'the data file was missing'}`)
      return { kind: 'ready', store, notices: [{ kind: 'recovered_from_backup', damagedFile, backupFile: backup.path, problem }] }
    }

    const loaded: Opened =
      bytes === 'folder'
        ? { ok: false, kind: 'folder', problem: 'a folder stands where the data file should be' }
        : loadBytes(bytes, codec, chain, await isVerified(paths, bytes, chain.target))
    if (!loaded.ok && loaded.locked) {
      // An encrypted data file and no key file to open it with: nothing is changed or set aside.
      log.warn('the data file is encrypted and there is no key file')
      return { kind: 'blocked', reason: { kind: 'keys_missing', dataDir: paths.dataDir } }
    }
    if (loaded.ok) {
      const store = new Store(paths, options.now, codec, loaded.data, true)
      if (loaded.version < chain.target) {
        await makeBackup(paths, options.now(), `pre-migration-v${chain.target}`)
        await store.persist()
        log.info(`upgraded the data file from schema version ${loaded.version} to ${chain.target}`)
      }
      // Not awaited: the copy is made while the window opens; the first write waits for it.
      store.dailyBackup().catch(() => undefined)
      log.info(`opened the data file (schema version ${chain.target})`)
      return { kind: 'ready', store, notices: [] }
    }
    if (loaded.newerVersion !== undefined) {
      log.warn(`refused a data file of schema version ${loaded.newerVersion} (this version reads up to ${chain.target})`)
      return {
        kind: 'blocked',
        reason: { kind: 'newer_version', file: paths.dataFile, fileVersion: loaded.newerVersion, supportedVersion: chain.target },
      }
    }

    // Damaged or invalid: keep it under a new name, never overwrite it.
    const damagedFile = damagedFilePath(paths, options.now())
    await rename(paths.dataFile, damagedFile)
    log.warn(`the data file is not usable (${loaded.kind}); kept as ${damagedFile}`)
    const backup = await newestGoodBackup(paths, chain, codec)
    if (!backup) {
      log.warn('no usable backup: starting empty')
      const store = new Store(paths, options.now, codec, emptyData(), false)
      return { kind: 'ready', store, notices: [{ kind: 'no_usable_backup', damagedFile, problem: loaded.problem }] }
    }
    const store = new Store(paths, options.now, codec, backup.data, false)
    await store.persist()
    log.warn(`recovered from backup ${backup.path}`)
    return { kind: 'ready', store, notices: [{ kind: 'recovered_from_backup', damagedFile, backupFile: backup.path, problem: loaded.problem }] }
  } catch (e) {
    return blocked(e)
  }
}

type StoredEnvelope = Envelope<DeskData>

export class Store {
  readonly paths: StorePaths
  readonly #now: () => Date
  readonly #file: EnvelopeFile<DeskData>
  /**
   * lowdb's Low holds the committed state: what is on disk. Changes are written through its
   * adapter directly, because Low.write would publish the new state before it is on disk.
   */
  readonly #db: Low<StoredEnvelope>
  #queue: Promise<unknown> = Promise.resolve()
  #onDisk: boolean
  /** Today's backup, made once: writes wait for it without listing the folder each time. */
  #backup: { day: string; done: Promise<void> } | null = null

  /** The files the records name, kept as the data file is (sealed or not). */
  readonly files: FileStore

  constructor(paths: StorePaths, now: () => Date, codec: FileCodec, data: DeskData, onDisk: boolean) {
    this.paths = paths
    this.#now = now
    this.#onDisk = onDisk
    this.#file = new EnvelopeFile<DeskData>(paths.dataFile, codec)
    this.files = new FileStore(paths.dataDir, codec)
    this.#db = new Low(this.#file, { schemaVersion: CURRENT_SCHEMA_VERSION, data })
  }

  /** The data as it is on disk: a change shows here only once it is saved. */
  get data(): DeskData {
    return this.#db.data.data
  }

  get codec(): FileCodec {
    return this.#file.codec
  }

  /**
   * Keeps files from now on as `codec` does (encryption switched on or off): the data file at its
   * next write, attached files at theirs. What is already on disk is converted by the switch.
   */
  useCodec(codec: FileCodec): void {
    this.#file.codec = codec
    this.files.codec = codec
  }

  /** False until the first change is saved in a new data folder (the first-run state). */
  get onDisk(): boolean {
    return this.#onDisk
  }

  /**
   * Applies `recipe` to a draft of the data and saves it. Resolves once the change is on disk
   * (and only then does `data` show it); rejects with a `storage_failed` DeskError, leaving the
   * state as it was, when it is not. A recipe that throws changes nothing either.
   */
  update<T>(recipe: (draft: Draft<DeskData>) => T): Promise<T> {
    const run = this.#queue.then(async () => {
      let result!: T
      const data = produce(this.#db.data.data, (draft) => {
        result = recipe(draft)
      })
      const next: StoredEnvelope = { schemaVersion: CURRENT_SCHEMA_VERSION, data }
      await this.#write(next)
      this.#db.data = next
      return result
    })
    this.#queue = run.catch(() => undefined)
    return run
  }

  /**
   * Does ahead of time, while the user looks at the first screen, what the first save would do:
   * freeze the data (immer freezes what it produces) and encode every record. One record per
   * step, so that the caller can answer calls in between.
   */
  *prepareForWrites(): Generator<void> {
    const data = this.#db.data.data
    for (const value of Object.values(data)) {
      if (!Array.isArray(value)) continue
      for (const record of value as object[]) {
        freeze(record, true)
        this.#file.prepare(record)
        yield
      }
    }
    // The containers; frozen records are passed over.
    freeze(data, true)
  }

  /** Resolves when every queued change has been written (or has failed), and the day's backup copied (or failed). */
  async idle(): Promise<void> {
    await this.#queue
    // The backup started at open is no change in the queue, but it is writing into the folder too.
    await this.#backup?.done.catch(() => undefined)
  }

  /** Writes the current state as it is (after a recovery or a migration). */
  persist(): Promise<void> {
    return this.update(() => undefined)
  }

  /** Copies the file on disk to the backups folder unless today's copy exists. A failure is retried at the next call. */
  dailyBackup(): Promise<void> {
    const now = this.#now()
    const day = format(now, 'yyyy-MM-dd')
    if (!this.#onDisk) return Promise.resolve()
    if (this.#backup?.day !== day) {
      const done = makeDailyBackupIfDue(this.paths, now).then(
        () => undefined,
        (e: unknown) => {
          this.#backup = null
          throw e
        },
      )
      this.#backup = { day, done }
    }
    return this.#backup.done
  }

  async #write(next: StoredEnvelope): Promise<void> {
    // Yesterday's state is copied before today's first change; a copy that fails (a full disk)
    // does not stop the change itself: it is retried with the next one.
    await this.dailyBackup().catch((e: unknown) => log.warn(`the daily backup failed: ${describeError(e)}`))
    try {
      await this.#file.write(next)
    } catch (e) {
      log.error(`a change was not saved: ${describeError(e)}`)
      // The data file is no file of the user's own: the change is what was not saved.
      throw new DeskError('storage_failed', `The change was not saved: ${problemMessage(e)}`, [], [], { name: '', reason: systemReason(e) })
    }
    this.#onDisk = true
    await markVerified(this.paths, this.#file.lastWritten!, CURRENT_SCHEMA_VERSION)
  }
}
