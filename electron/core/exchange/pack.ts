// Writes an exchange package: the scope's records, every tombstone, the versions of the records
// that travelled before they changed here, and the source files of its documents.
import { strToU8, zipSync, type Zippable } from 'fflate'
import { CURRENT_SCHEMA_VERSION, type DeskData, type Document } from '../schema'
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
}


/**
 * The source files of `documents`, by stored path. A file that is gone, or no longer matches its
 * checksum, is listed as missing instead: the package still travels, and the receiver would
 * refuse a file that fails its checksum.
 */
async function collectFiles(documents: Document[], store: FileStore): Promise<{ files: Map<string, Uint8Array>; missing: string[] }> {
  const files = new Map<string, Uint8Array>()
  const missing = new Set<string>()
  for (const file of documents.flatMap((d) => d.sourceFiles)) {
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
  const { files, missing } = await collectFiles(selected.records.documents, options.files)
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
  const entries: Zippable = {
    [MANIFEST_ENTRY]: strToU8(JSON.stringify(manifest, null, 2)),
    [RECORDS_ENTRY]: json(selected.records),
    [DELETED_ENTRY]: json(data.history.deleted),
    [SHARED_ENTRY]: json(sharedVersions(data.history.bases, selected.records)),
  }
  // Stored, not deflated: source files are PDFs and Word files, already compressed.
  for (const [path, bytes] of files) entries[path] = [bytes, { level: 0 }]
  // The package's own time on every entry: the same data packed at the same moment gives the same bytes.
  const bytes = zipSync(entries, { mtime: options.now })
  // Refused here rather than by the receiver, after the file has travelled.
  if (bytes.length > MAX_EXCHANGE_BYTES) {
    throw new ExchangeError('too_large', `The package would be ${megabytes(bytes.length)}, more than ${megabytes(MAX_EXCHANGE_BYTES)}: send a meeting or a document at a time`)
  }
  return bytes
}
