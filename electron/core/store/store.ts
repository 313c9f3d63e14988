// The one writer of the data file. Opening: parse → migrate step by step → validate; a file
// that fails is kept under a new name and the newest good backup opens instead. Writing: one
// queue; each change is applied to a copy (immer), written to disk (lowdb with the EnvelopeFile
// adapter: temp file, flush, rename), and only then becomes the store's state. A failed write
// changes nothing.
import { mkdir, readFile, rename } from 'node:fs/promises'
import { Low } from 'lowdb'
import { freeze, produce, type Draft } from 'immer'
import { format } from 'date-fns'
import { CURRENT_SCHEMA_VERSION, DeskData, FileEnvelope, emptyData } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { DeskError } from '../ops/errors'
import type { BlockReason, Notice } from '../ops/views'
import { EnvelopeFile } from './envelopeFile'
import { listBackups, makeBackup, makeDailyBackupIfDue } from './backups'
import { migrate, migrationChain, type MigrationChain } from './migrations'
import { damagedFilePath, storePaths, type StorePaths } from './paths'
import { isVerified, markVerified } from './verified'

export type OpenOutcome =
  | { kind: 'ready'; store: Store; notices: Notice[] }
  | { kind: 'blocked'; reason: BlockReason }

export interface OpenOptions {
  dataDir: string
  now: () => Date
  /** Replaced in tests to prove the upgrade path with a synthetic chain. */
  chain?: MigrationChain
}

type Loaded =
  | { ok: true; data: DeskData; version: number }
  | { ok: false; newerVersion: number }
  | { ok: false; newerVersion?: undefined; problem: string }

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
    return { ok: false, problem: `not valid JSON (${(e as Error).message})` }
  }
  const envelope = FileEnvelope.safeParse(json)
  if (!envelope.success) return { ok: false, problem: 'not a Delegation Desk data file (no schemaVersion and data)' }
  const { schemaVersion } = envelope.data
  if (schemaVersion > chain.target) return { ok: false, newerVersion: schemaVersion }
  if (verified && schemaVersion === chain.target) return { ok: true, data: envelope.data.data as DeskData, version: schemaVersion }
  let migrated: unknown
  try {
    migrated = migrate(schemaVersion, envelope.data.data, chain)
  } catch (e) {
    return { ok: false, problem: `could not be upgraded from version ${schemaVersion}: ${(e as Error).message}` }
  }
  const parsed = DeskData.safeParse(migrated)
  if (!parsed.success) {
    const listed = parsed.error.issues
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ')
    return { ok: false, problem: `invalid data (${listed})` }
  }
  const broken = findBrokenReferences(parsed.data)
  if (broken.length > 0) {
    const listed = broken.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${p.path}: ${p.message}`).join('; ')
    return { ok: false, problem: `broken references (${listed})` }
  }
  return { ok: true, data: parsed.data, version: schemaVersion }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf-8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

/** The newest backup that loads cleanly, if any. */
async function newestGoodBackup(paths: StorePaths, chain: MigrationChain) {
  const backups = await listBackups(paths)
  for (const backup of backups.reverse()) {
    const text = await readIfExists(backup.path)
    if (text === null) continue
    const loaded = load(text, chain)
    if (loaded.ok) return { path: backup.path, data: loaded.data }
  }
  return null
}

const problemMessage = (e: unknown) => (e instanceof Error ? e.message : String(e))

export async function openStore(options: OpenOptions): Promise<OpenOutcome> {
  const chain = options.chain ?? migrationChain
  const paths = storePaths(options.dataDir)
  const blocked = (e: unknown): OpenOutcome => ({
    kind: 'blocked',
    reason: { kind: 'storage_unavailable', dataDir: paths.dataDir, message: problemMessage(e) },
  })

  let text: string | null
  try {
    await mkdir(paths.dataDir, { recursive: true })
    text = await readIfExists(paths.dataFile)
  } catch (e) {
    return blocked(e)
  }

  try {
    if (text === null) {
      // No data file: a first run, unless backups show there was data here before.
      const backup = await newestGoodBackup(paths, chain)
      if (!backup) return { kind: 'ready', store: new Store(paths, options.now, emptyData(), false), notices: [] }
      const store = new Store(paths, options.now, backup.data, false)
      await store.persist()
      const problem = 'the data file was missing'
      return { kind: 'ready', store, notices: [{ kind: 'recovered_from_backup', damagedFile: null, backupFile: backup.path, problem }] }
    }

    const loaded = load(text, chain, await isVerified(paths, chain.target))
    if (loaded.ok) {
      const store = new Store(paths, options.now, loaded.data, true)
      if (loaded.version < chain.target) {
        await makeBackup(paths, options.now(), `pre-migration-v${chain.target}`)
        await store.persist()
      }
      // Not awaited: the copy is made while the window opens; the first write waits for it.
      store.dailyBackup().catch(() => undefined)
      return { kind: 'ready', store, notices: [] }
    }
    if (loaded.newerVersion !== undefined) {
      return {
        kind: 'blocked',
        reason: { kind: 'newer_version', file: paths.dataFile, fileVersion: loaded.newerVersion, supportedVersion: chain.target },
      }
    }

    // Damaged or invalid: keep it under a new name, never overwrite it.
    const damagedFile = damagedFilePath(paths, options.now())
    await rename(paths.dataFile, damagedFile)
    const backup = await newestGoodBackup(paths, chain)
    if (!backup) {
      const store = new Store(paths, options.now, emptyData(), false)
      return { kind: 'ready', store, notices: [{ kind: 'no_usable_backup', damagedFile, problem: loaded.problem }] }
    }
    const store = new Store(paths, options.now, backup.data, false)
    await store.persist()
    return { kind: 'ready', store, notices: [{ kind: 'recovered_from_backup', damagedFile, backupFile: backup.path, problem: loaded.problem }] }
  } catch (e) {
    return blocked(e)
  }
}

export class Store {
  readonly paths: StorePaths
  readonly #now: () => Date
  readonly #file: EnvelopeFile<DeskData>
  readonly #db: Low<{ schemaVersion: number; data: DeskData }>
  #queue: Promise<unknown> = Promise.resolve()
  #onDisk: boolean
  /** Today's backup, made once: writes wait for it without listing the folder each time. */
  #backup: { day: string; done: Promise<void> } | null = null

  constructor(paths: StorePaths, now: () => Date, data: DeskData, onDisk: boolean) {
    this.paths = paths
    this.#now = now
    this.#onDisk = onDisk
    this.#file = new EnvelopeFile<DeskData>(paths.dataFile)
    this.#db = new Low(this.#file, { schemaVersion: CURRENT_SCHEMA_VERSION, data })
  }

  get data(): DeskData {
    return this.#db.data.data
  }

  /** False until the first change is saved in a new data folder (the first-run state). */
  get onDisk(): boolean {
    return this.#onDisk
  }

  /**
   * Applies `recipe` to a draft of the data and saves it. Resolves once the change is on disk;
   * rejects with a `storage_failed` DeskError, leaving the state as it was, when it is not.
   */
  update<T>(recipe: (draft: Draft<DeskData>) => T): Promise<T> {
    const run = this.#queue.then(async () => {
      const previous = this.#db.data.data
      let result!: T
      const next = produce(previous, (draft) => {
        result = recipe(draft)
      })
      this.#db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, data: next }
      try {
        await this.#write()
      } catch (e) {
        this.#db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, data: previous }
        throw new DeskError('storage_failed', `The change was not saved: ${problemMessage(e)}`)
      }
      return result
    })
    this.#queue = run.catch(() => undefined)
    return run
  }

  /**
   * Does ahead of time, while the user looks at the first screen, what the first save would do:
   * encode every record and freeze the data (immer freezes what it produces).
   */
  prepareForWrites(): void {
    freeze(this.#db.data.data, true)
    this.#file.prepare(this.#db.data)
  }

  /** Resolves when every queued change has been written (or has failed). */
  async idle(): Promise<void> {
    await this.#queue
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

  async #write(): Promise<void> {
    await this.dailyBackup()
    await this.#db.write()
    this.#onDisk = true
    await markVerified(this.paths, CURRENT_SCHEMA_VERSION)
  }
}
