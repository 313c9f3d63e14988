// The exchange package (.ddx): how laptops without a common server combine their registries.
// A zip holding
//   manifest.json  who made it, when, with which schema, and what part of the registry it carries;
//   records.json   the records with their revisions (briefs and settings never travel: they are
//                  one desk's own work);
//   deleted.json   the sender's tombstones, all of them: a deletion reaches every laptop;
//   shared.json    for the records carried, the versions of them that travelled before they
//                  changed on the sender: bases for a three-way merge the receiver may lack;
//   files/<sha256>/<name>  the source files of the documents carried, where the data folder keeps them.
import { z } from 'zod'
import { parseStoredFilePath } from '../files/storedPath'
import { BaseVersion, DeskData, Id, IsoDateTime, MAX_BASES, ShortText, Tombstone } from '../schema'

export const EXCHANGE_EXTENSION = 'ddx'
export const EXCHANGE_FORMAT = 'delegation-desk-exchange'
/** 2: revisions, tombstones and shared versions; files of format 1 (no revisions) are still read. */
export const EXCHANGE_FORMAT_VERSION = 2
/** The package as a file: source files are at most 200 MB each, a package may carry a few. */
export const MAX_EXCHANGE_BYTES = 500 * 1024 * 1024
export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

export const MANIFEST_ENTRY = 'manifest.json'
export const RECORDS_ENTRY = 'records.json'
export const DELETED_ENTRY = 'deleted.json'
export const SHARED_ENTRY = 'shared.json'
/** Format 1's fingerprints, which revisions replace: read past, not used. */
export const LEGACY_BASES_ENTRY = 'bases.json'

/** The collections that travel, in the order they are listed and applied. */
export const EXCHANGED_COLLECTIONS = ['countries', 'organisations', 'people', 'meetings', 'documents', 'commitments', 'statusUpdates'] as const
export type ExchangedCollection = (typeof EXCHANGED_COLLECTIONS)[number]

/**
 * The title of a scope's meeting or document, in each language the registry keeps it in (Kazakh
 * and Uzbek only when given, and dropped by a reader that knows Russian and English alone).
 */
const ScopeTitle = z.object({ ru: ShortText, en: ShortText, kk: ShortText.optional(), uz: ShortText.optional() })

export const ExchangeScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('meeting'), id: Id, title: ScopeTitle }),
  z.object({ kind: z.literal('document'), id: Id, title: ScopeTitle }),
])
export type ExchangeScope = z.infer<typeof ExchangeScope>

export const ExchangeManifest = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(EXCHANGE_FORMAT_VERSION)]),
  schemaVersion: z.number().int().positive(),
  createdAt: IsoDateTime,
  from: z.object({
    installationId: Id,
    /** The sender's organisation, as its settings name it; '' when it has not chosen one. */
    name: ShortText,
    /** That organisation's record, when the package carries it: a laptop starting empty may take it as its own. */
    organisationId: Id.nullable().optional(),
  }),
  scope: ExchangeScope,
  /** Source files the sender's documents name but its data folder did not have (intact). */
  missingFiles: z.array(z.string().refine((p) => parseStoredFilePath(p) !== null, 'not a stored file path')),
})
export type ExchangeManifest = z.infer<typeof ExchangeManifest>

export const ExchangeRecords = DeskData.pick({
  countries: true,
  organisations: true,
  people: true,
  meetings: true,
  documents: true,
  commitments: true,
  statusUpdates: true,
})
export type ExchangeRecords = z.infer<typeof ExchangeRecords>
export type ExchangeRecord = ExchangeRecords[ExchangedCollection][number]

export const CarriedDeletions = z.array(Tombstone)
/** Record id → versions of it that travelled: the sender's `history.bases`, cut to the package. */
export const SharedVersions = z.record(Id, z.array(BaseVersion).max(MAX_BASES))
export type SharedVersions = z.infer<typeof SharedVersions>

/** A package as read and checked. */
export interface ExchangeContent {
  manifest: ExchangeManifest
  records: ExchangeRecords
  deleted: Tombstone[]
  shared: SharedVersions
  /** Stored path (`files/<sha256>/<name>`) → content, checksum verified. */
  files: Map<string, Uint8Array>
}

export type ExchangeErrorCode =
  /** Not a zip archive, or one too broken to open. */
  | 'unreadable'
  /** A zip, but not an exchange package (no manifest, another format). */
  | 'not_exchange'
  /** Made by a newer version of the app: its format or schema is not known here. */
  | 'newer_version'
  /** An exchange package whose content fails a check: checksum, schema, references. */
  | 'damaged'
  /** Over the size limit: a package to read, or one being packed (the receiver would refuse it). */
  | 'too_large'

export class ExchangeError extends Error {
  readonly code: ExchangeErrorCode

  constructor(code: ExchangeErrorCode, message: string) {
    super(message)
    this.name = 'ExchangeError'
    this.code = code
  }
}
