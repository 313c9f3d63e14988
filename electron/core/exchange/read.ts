// Reads and checks an exchange package. All or nothing: a package with one bad record, one file
// that fails its checksum or one dangling reference is refused whole, so a merge never starts
// from half a package.
import { strFromU8, type Unzipped } from 'fflate'
import { z } from 'zod'
import { sha256Of } from '../files/sourceFiles'
import { attachedFiles } from './files'
import { ARCHIVE_LIMITS, readZip, ZipError } from '../files/zip'
import { CURRENT_SCHEMA_VERSION, emptyData, withoutMilestones } from '../schema'
import { findBrokenReferences } from '../schema/references'
import {
  CarriedDeletions,
  DELETED_ENTRY,
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  EXCHANGED_COLLECTIONS,
  ExchangeError,
  ExchangeManifest,
  ExchangeRecords,
  LEGACY_BASES_ENTRY,
  MANIFEST_ENTRY,
  MAX_EXCHANGE_BYTES,
  RECORDS_ENTRY,
  SHARED_ENTRY,
  SharedVersions,
  type ExchangeContent,
  type ExchangedCollection,
} from './format'

const MAX_LISTED_PROBLEMS = 3
/** Records checked between two reports of how far the reading is (a 10,000 package has 35,000). */
const CHECKED_PER_STEP = 2500

/** How far checking the records is: the reader yields this between slices of them. */
export interface ReadProgress {
  done: number
  total: number
}

function unzip(bytes: Uint8Array): Unzipped {
  try {
    return readZip(bytes, { maxBytes: MAX_EXCHANGE_BYTES, ...ARCHIVE_LIMITS })
  } catch (e) {
    if (e instanceof ZipError) throw new ExchangeError(e.code === 'too_large' ? 'too_large' : 'unreadable', e.message)
    throw e
  }
}

function parseJson(entries: Unzipped, name: string): unknown {
  const bytes = entries[name]
  if (!bytes) throw new ExchangeError('damaged', `The package has no ${name}`)
  try {
    return JSON.parse(strFromU8(bytes))
  } catch (e) {
    throw new ExchangeError('damaged', `${name} is not valid JSON (${(e as Error).message})`)
  }
}

/** `at`: where the checked value sits (a slice of a collection, as a path prefix and offset). */
const issuesOf = (error: z.ZodError, at?: { collection: string; offset: number }) =>
  error.issues
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((i) => `${(at ? [at.collection, at.offset + Number(i.path[0]), ...i.path.slice(1)] : i.path).join('.')}: ${i.message}`)
    .join('; ')

/** The records' outline: the collections the package must have, each a list (checked record by record after). */
const RecordsOutline = ExchangeRecords.extend(Object.fromEntries(EXCHANGED_COLLECTIONS.map((c) => [c, z.array(z.unknown())])) as Record<ExchangedCollection, z.ZodArray<z.ZodUnknown>>)

function readManifest(entries: Unzipped): ExchangeManifest {
  if (!entries[MANIFEST_ENTRY]) throw new ExchangeError('not_exchange', 'Not a Delegation Desk exchange file (no manifest)')
  const json = parseJson(entries, MANIFEST_ENTRY)
  // Format and versions first, loosely: a newer package may have a manifest this version cannot
  // parse, and the user should hear "update the app", not "damaged".
  const head = z.object({ format: z.unknown(), formatVersion: z.unknown(), schemaVersion: z.unknown() }).safeParse(json)
  if (!head.success || head.data.format !== EXCHANGE_FORMAT) throw new ExchangeError('not_exchange', 'Not a Delegation Desk exchange file')
  const { formatVersion, schemaVersion } = head.data
  if (typeof formatVersion === 'number' && formatVersion > EXCHANGE_FORMAT_VERSION) {
    throw new ExchangeError('newer_version', `The file has exchange format ${formatVersion}; this version of the app reads format ${EXCHANGE_FORMAT_VERSION}`)
  }
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new ExchangeError('newer_version', `The file has data schema version ${schemaVersion}; this version of the app knows up to ${CURRENT_SCHEMA_VERSION}`)
  }
  const manifest = ExchangeManifest.safeParse(json)
  if (!manifest.success) throw new ExchangeError('damaged', `The manifest is invalid (${issuesOf(manifest.error)})`)
  return manifest.data
}

/** The first schema whose commitments have milestones: an older sender's get none, as the data file's upgrade gives them. */
const MILESTONES_SINCE = 9

/**
 * The records, against the current schema whatever version the sender had: records of an older
 * schema are converted as the data file's upgrade converts them (only version 9 has changed a
 * record collection so far: commitments' milestones), then taken only if they are valid now.
 */
function* readRecords(entries: Unzipped, schemaVersion: number): Generator<ReadProgress, ExchangeRecords, void> {
  // The outline first (the collections are lists), then each collection's records in slices.
  const outline = RecordsOutline.safeParse(parseJson(entries, RECORDS_ENTRY))
  if (!outline.success) throw new ExchangeError('damaged', `Invalid records (${issuesOf(outline.error)})`)
  if (schemaVersion < MILESTONES_SINCE) outline.data.commitments = outline.data.commitments.map(withoutMilestones)
  const total = EXCHANGED_COLLECTIONS.reduce((n, c) => n + outline.data[c].length, 0)
  const records = {} as Record<ExchangedCollection, unknown[]>
  let done = 0
  for (const collection of EXCHANGED_COLLECTIONS) {
    const all = outline.data[collection]
    records[collection] = []
    for (let offset = 0; offset < all.length; offset += CHECKED_PER_STEP) {
      const slice = ExchangeRecords.shape[collection].safeParse(all.slice(offset, offset + CHECKED_PER_STEP))
      if (!slice.success) throw new ExchangeError('damaged', `Invalid records (${issuesOf(slice.error, { collection, offset })})`)
      for (const record of slice.data) records[collection].push(record)
      done += slice.data.length
      yield { done, total }
    }
  }
  return checkRecords(records as ExchangeRecords)
}

/** Ids unique, and every reference to a record the package carries. */
function checkRecords(records: ExchangeRecords): ExchangeRecords {
  // Ids are unique across collections too: bases and merge keys are keyed by the bare id.
  const seen = new Set<string>()
  for (const collection of EXCHANGED_COLLECTIONS) {
    for (const { id } of records[collection]) {
      if (seen.has(id)) throw new ExchangeError('damaged', `The record id ${id} appears twice`)
      seen.add(id)
    }
  }
  const broken = findBrokenReferences({ ...emptyData(), ...records })
  if (broken.length > 0) {
    const listed = broken.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${p.path}: ${p.message}`).join('; ')
    throw new ExchangeError('damaged', `Records point to records the package does not carry (${listed})`)
  }
  return records
}

/** An entry format 1 did not have: absent, it is empty. */
function readOptional<T>(entries: Unzipped, name: string, schema: z.ZodType<T>, empty: T): T {
  if (!entries[name]) return empty
  const parsed = schema.safeParse(parseJson(entries, name))
  if (!parsed.success) throw new ExchangeError('damaged', `Invalid ${name} (${issuesOf(parsed.error)})`)
  return parsed.data
}

/** The versions that travelled before, a commitment's converted as its record is (or an unchanged [] would look like a change). */
function readShared(entries: Unzipped, schemaVersion: number, records: ExchangeRecords): SharedVersions {
  const shared = readOptional(entries, SHARED_ENTRY, SharedVersions, {})
  if (schemaVersion >= MILESTONES_SINCE) return shared
  const commitments = new Set(records.commitments.map((c) => c.id))
  return Object.fromEntries(Object.entries(shared).map(([id, versions]) => [id, commitments.has(id) ? (versions.map(withoutMilestones) as typeof versions) : versions]))
}

/**
 * The files, each checked against the checksum its folder names and against the file records:
 * every file is one a document or an update names, and every file named is either here or listed
 * as missing by the sender.
 */
function readFiles(entries: Unzipped, manifest: ExchangeManifest, records: ExchangeRecords): Map<string, Uint8Array> {
  // Each stored path is the one its checksum and name give, inside files/: the schema says so.
  const named = new Map(attachedFiles(records).map((f) => [f.storedPath, f] as const))
  const files = new Map<string, Uint8Array>()
  for (const [path, bytes] of Object.entries(entries)) {
    if ([MANIFEST_ENTRY, RECORDS_ENTRY, DELETED_ENTRY, SHARED_ENTRY, LEGACY_BASES_ENTRY].includes(path) || path.endsWith('/')) continue
    const record = named.get(path)
    if (!record) throw new ExchangeError('damaged', `Unexpected file in the package: ${path}`)
    if (sha256Of(bytes) !== record.sha256 || bytes.length !== record.size) {
      throw new ExchangeError('damaged', `${record.fileName} does not match its checksum`)
    }
    files.set(path, bytes)
  }
  const missing = new Set(manifest.missingFiles)
  for (const [path, file] of named) {
    if (!files.has(path) && !missing.has(path)) throw new ExchangeError('damaged', `The package lacks the file ${file.fileName}`)
  }
  return files
}

/**
 * Reads a package, yielding how far the checking of its records is between slices of them: the
 * caller can report it and let a cancel in (see `readExchange` for reading in one go).
 */
export function* readingExchange(bytes: Uint8Array): Generator<ReadProgress, ExchangeContent, void> {
  const entries = unzip(bytes)
  const manifest = readManifest(entries)
  const records = yield* readRecords(entries, manifest.schemaVersion)
  const deleted = readOptional(entries, DELETED_ENTRY, CarriedDeletions, [])
  const live = new Set(EXCHANGED_COLLECTIONS.flatMap((c) => records[c].map((r) => r.id)))
  for (const { id } of deleted) {
    if (live.has(id)) throw new ExchangeError('damaged', `The record id ${id} appears twice`)
    live.add(id)
  }
  return { manifest, records, deleted, shared: readShared(entries, manifest.schemaVersion, records), files: readFiles(entries, manifest, records) }
}

export function readExchange(bytes: Uint8Array): ExchangeContent {
  const reading = readingExchange(bytes)
  for (;;) {
    const step = reading.next()
    if (step.done) return step.value
  }
}
