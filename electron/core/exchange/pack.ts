// Writes an exchange package: the scope's records, every tombstone, the versions of the records
// that travelled before they changed here, and the source files of its documents.
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { CURRENT_SCHEMA_VERSION, type DeskData } from '../schema'
import { attachedFiles } from './files'
import type { FileStore } from '../files/sourceFiles'
import {
  DELETED_ENTRY,
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  EXCHANGED_COLLECTIONS,
  ExchangeError,
  ExchangeManifest,
  MANIFEST_ENTRY,
  MAX_EXCHANGE_BYTES,
  RECORDS_ENTRY,
  SHARED_ENTRY,
  megabytes,
  type ExchangeRecords,
  type SharedVersions,
} from './format'
import { selectRecords, type PackScope } from './scope'

export interface PackOptions {
  /** Where the documents' source files are read from. */
  files: FileStore
  now: Date
  /** Our organisation's name, shown to the receiver; '' when none is chosen. */
  fromName: string
  /** Told how many of the records are packed, between slices; may throw to stop (a cancel). */
  progress?: (done: number, total: number) => Promise<void>
}

/** Records written (and deflated) between two reports of how far the packing is. */
const PACKED_PER_STEP = 2500

/**
 * A zip written an entry at a time, each deflated (or stored) as its bytes are pushed: the
 * records go in slice by slice, so the packing can say how far it is and stop between slices.
 */
function zipWriter(mtime: Date) {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  const entry = (name: string, deflate: boolean) => {
    // Stored, not deflated, for source files: PDFs and Word files are already compressed.
    const file = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name)
    // The package's own time on every entry: the same data packed at the same moment gives the same bytes.
    file.mtime = mtime
    zip.add(file)
    return file
  }
  return {
    add: (name: string, bytes: Uint8Array, deflate = true) => entry(name, deflate).push(bytes, true),
    entry,
    end(): Uint8Array {
      zip.end()
      if (failure) throw failure
      return Buffer.concat(chunks)
    },
  }
}

/** The records as one JSON object, written into `entry` a slice of records at a time. */
async function writeRecords(records: ExchangeRecords, entry: { push(chunk: Uint8Array, final?: boolean): void }, progress: PackOptions['progress']): Promise<void> {
  const total = EXCHANGED_COLLECTIONS.reduce((n, c) => n + records[c].length, 0)
  let done = 0
  let text = '{'
  for (const [i, c] of EXCHANGED_COLLECTIONS.entries()) {
    text += `${i === 0 ? '' : ','}${JSON.stringify(c)}:[`
    const list = records[c]
    for (let offset = 0; offset < list.length; offset += PACKED_PER_STEP) {
      const slice = JSON.stringify(list.slice(offset, offset + PACKED_PER_STEP))
      text += (offset === 0 ? '' : ',') + slice.slice(1, -1)
      entry.push(strToU8(text))
      text = ''
      done += Math.min(PACKED_PER_STEP, list.length - offset)
      await progress?.(done, total)
    }
    text += ']'
  }
  entry.push(strToU8(`${text}}`), true)
}


/**
 * The files the records carry (documents' and updates'), by stored path. A file that is gone, or no longer matches its
 * checksum, is listed as missing instead: the package still travels, and the receiver would
 * refuse a file that fails its checksum.
 */
async function collectFiles(records: ExchangeRecords, store: FileStore): Promise<{ files: Map<string, Uint8Array>; missing: string[] }> {
  const files = new Map<string, Uint8Array>()
  const missing = new Set<string>()
  for (const file of attachedFiles(records)) {
    if (files.has(file.storedPath) || missing.has(file.storedPath)) continue
    const bytes = await store.get(file.storedPath)
    if (bytes) files.set(file.storedPath, bytes)
    else missing.add(file.storedPath)
  }
  return { files, missing: [...missing].sort() }
}

/** The bases we keep for the records the package carries. */
function sharedVersions(bases: DeskData['history']['bases'], records: ExchangeRecords): SharedVersions {
  const shared: SharedVersions = {}
  for (const c of EXCHANGED_COLLECTIONS) for (const { id } of records[c]) if (bases[id]) shared[id] = bases[id]
  return shared
}

export async function packExchange(data: DeskData, scope: PackScope, options: PackOptions): Promise<Uint8Array> {
  const selected = selectRecords(data, scope)
  const { files, missing } = await collectFiles(selected.records, options.files)
  const ours = data.settings.ourOrganisationId
  // Parsed on the way out: we never write a manifest we would refuse to read.
  const manifest = ExchangeManifest.parse({
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: options.now.toISOString(),
    from: { installationId: data.exchange.installationId, name: options.fromName, organisationId: ours && selected.records.organisations.some((o) => o.id === ours) ? ours : null },
    scope: selected.scope,
    missingFiles: missing,
  } satisfies ExchangeManifest)
  const json = (value: unknown) => strToU8(JSON.stringify(value))
  const zip = zipWriter(options.now)
  zip.add(MANIFEST_ENTRY, strToU8(JSON.stringify(manifest, null, 2)))
  await writeRecords(selected.records, zip.entry(RECORDS_ENTRY, true), options.progress)
  zip.add(DELETED_ENTRY, json(data.history.deleted))
  zip.add(SHARED_ENTRY, json(sharedVersions(data.history.bases, selected.records)))
  for (const [path, bytes] of files) zip.add(path, bytes, false)
  const bytes = zip.end()
  // Refused here rather than by the receiver, after the file has travelled.
  if (bytes.length > MAX_EXCHANGE_BYTES) {
    throw new ExchangeError('too_large', `The package would be ${megabytes(bytes.length)}, more than ${megabytes(MAX_EXCHANGE_BYTES)}: send a meeting or a document at a time`)
  }
  return bytes
}
