// Shapes that operations return beyond the stored records. Pure types: shared with the renderer.
import type { ExchangedCollection, ExchangeScope } from '../exchange/format'
import type { MergeItem, MergeVerdict } from '../exchange/plan'
import type { RecordLabel } from '../exchange/labels'
import type { PreviewRow, RowProblem } from '../imports/preview'
import type { ReaderNote } from '../imports/readers/table'
import type { Commitment, CommitmentStatus, Deadline, ImportField, Meeting, Organisation, Owner, Settings, StatusUpdate } from '../schema'

export type Notice =
  /** The data file was damaged or missing; a backup was opened instead. */
  | { kind: 'recovered_from_backup'; damagedFile: string | null; backupFile: string; problem: string }
  /** The data file was damaged and no backup was usable: the app starts empty. */
  | { kind: 'no_usable_backup'; damagedFile: string; problem: string }

export type BlockReason =
  | { kind: 'newer_version'; file: string; fileVersion: number; supportedVersion: number }
  | { kind: 'storage_unavailable'; dataDir: string; message: string }
  /** The data file is encrypted and its key file is gone: only the recovery key opens it. */
  | { kind: 'keys_missing'; dataDir: string }
  /** The data folder belongs to another user or anyone may write to it: the app does not open it. */
  | { kind: 'insecure_folder'; dataDir: string; message: string }

/** What the window shows of the lock. */
export interface SecurityStatus {
  /** Encryption at rest is on (a key file, or an encrypted data file without one). */
  encrypted: boolean
  locked: boolean
  /** Only the recovery key can open the data: its key file is lost or damaged. */
  recoveryOnly: boolean
  /** The computer account's keychain can unlock it. */
  keychain: boolean
  keychainAvailable: boolean
  lockAfterMinutes: number | null
  /** How long, from this answer, before a passphrase is tried again (after wrong ones); null: at once. */
  retryInMs: number | null
}

export interface AppStatus {
  /**
   * first_run: an empty data folder, the user chooses between the demo and an empty start;
   * locked: the data is encrypted and waits for the passphrase (or the recovery key).
   */
  state: 'first_run' | 'ready' | 'blocked' | 'locked'
  notices: Notice[]
  blockReason: BlockReason | null
  dataDir: string
  dataFile: string
  /** The installation's log (for support; it holds no record content), or null when none is kept. */
  logFile: string | null
  /** "Today" by the app's clock, YYYY-MM-DD (fixed in tests). */
  today: string
  settings: Settings
  /** How many records are invented demo content (marked `sample`). */
  sampleRecords: number
  /** Encryption at rest and the lock. */
  security: SecurityStatus
}

/** One row of the commitments list: what the table shows, with status derived against today. */
export interface CommitmentListItem {
  id: string
  clause: string
  summary: { ru: string; en: string }
  /** The start of the verbatim text, for rows without a summary. */
  excerpt: string
  documentId: string
  owners: Owner[]
  deadline: Deadline
  priority: boolean
  sample?: boolean | undefined
  status: CommitmentStatus
  /** Whose word the status is: the owner's own report or our assessment; null with no update. */
  statusSource: StatusUpdate['source'] | null
  overdue: boolean
  lastUpdateDate: string | null
  /** The share of its steps done when it has steps, else the latest update's progress; null: none reported. */
  progress: number | null
  /** The earliest step not done (see domain/milestones.ts); null without one. */
  nextStep: { text: string; dueDate: string | null } | null
}

export interface CommitmentList {
  /** The matches asked for (a window of them: from `offset`, at most the limit). */
  items: CommitmentListItem[]
  offset: number
  /** How many commitments match the filters in all. */
  matching: number
  /** How many commitments there are before the filters. */
  total: number
}

export interface CommitmentDetail {
  commitment: Commitment
  status: CommitmentStatus
  overdue: boolean
  /** As the list shows them: rolled up from the steps when it has any (see CommitmentListItem). */
  progress: CommitmentListItem['progress']
  nextStep: CommitmentListItem['nextStep']
  /** The whole history, newest first. */
  updates: StatusUpdate[]
  /** The latest of each kind: the owner's own report and our secretariat's assessment. */
  selfReport: StatusUpdate | null
  assessment: StatusUpdate | null
}

export interface Dashboard {
  today: string
  ourOrganisation: Organisation | null
  /** The "changed since" date, and the meeting it was taken from, if any. */
  since: string
  sinceMeeting: Meeting | null
  /** Whose commitments are counted: those our organisation leads, or owns in any role. */
  mine: 'lead' | 'any'
  total: number
  overdue: number
  dueIn30: number
  dueIn90: number
  /** Open commitments not yet overdue, by the month they are due in: this month and the eleven after. */
  dueByMonth: { month: string; count: number }[]
  byStatus: Record<CommitmentStatus, number>
  byDocument: { documentId: string; count: number }[]
  changes: { new: number; status: number; completed: number }
  overdueItems: CommitmentListItem[]
  recentlyUpdated: CommitmentListItem[]
}

/** A file written where the user chose. */
export interface SavedFile {
  path: string
}

/** A file or text read for import, kept by the core under `token` until the import is done. */
export interface ImportSource {
  token: string
  fileName: string
  kind: 'table' | 'text'
  sheets: {
    name: string
    rowCount: number
    /** The first rows, for choosing the header and mapping the columns. */
    sample: string[][]
    headerRow: number | null
    columns: ImportField[]
    /** The columns come from a layout mapped before. */
    remembered: boolean
  }[]
  /** The sheet that holds the table, to start with. */
  sheet: number
  /** Rows that look like no commitment (pasted text: no obligation wording), skipped until ticked. */
  suggestedSkip: number[]
  notes: ReaderNote[]
}

export interface ImportPreview {
  /** Commitment rows (after the header): rows with content that are no section, column numbers or note. */
  total: number
  skipped: number
  /** Section headings, and all rows left out as no commitment (sections, column numbers, notes). */
  sections: number
  leftOut: number
  /** Rows not skipped that have a blocking problem: how many, and their indexes in the sheet. */
  blocked: number
  blockedRows: number[]
  problems: Partial<Record<RowProblem, number>>
  /** Owner names the registry does not know, with how many rows name them. */
  unknownOwners: { key: string; name: string; rows: number }[]
  /** How many rows `only` selects, and the window of them asked for. */
  matching: number
  rows: PreviewRow[]
}

export interface ImportResult {
  batchId: string
  commitments: number
  organisations: number
  skipped: number
}

/** What an exchange file would change here, for the merge review. */
export interface ExchangeReview {
  token: string
  fileName: string
  from: { installationId: string; name: string }
  createdAt: string
  scope: ExchangeScope
  /** Made on this very installation. */
  ownFile: boolean
  counts: Record<MergeVerdict, number>
  /** Records applying would add or change; 0: nothing to do. */
  changes: number
  /** New records, changed there, conflicts (with their fields) and deletions; the rest only counted. */
  items: (Pick<MergeItem, 'key' | 'collection' | 'label' | 'verdict' | 'differences' | 'deletion' | 'ours' | 'theirs'> & {
    /** A status update's commitment (its key): the review lists updates under their commitment. */
    under: string | null
    /** A status update's day (ISO), written as the interface writes dates. */
    day: string | null
  })[]
  /** The files the package carries (documents' attachments, updates' evidence), with the record they belong to. */
  files: { name: string; size: number; document: RecordLabel }[]
  /** Items beyond the listed ones (a first exchange of everything adds thousands). */
  unlisted: number
  /** The same, new records of each kind. */
  unlistedByKind: Partial<Record<ExchangedCollection, number>>
  /** Names of the records the listed differences point to (an owner, a document), by id. */
  names: Record<string, RecordLabel>
  /** Once applied: what it did (the review stays open; applying again changes nothing). */
  applied: ExchangeApplied | null
  /** The sender's organisation, offered as ours while this laptop has none (see the handler). */
  offeredOrganisation: { id: string; name: RecordLabel } | null
}

export interface ExchangeApplied {
  added: number
  updated: number
  deleted: number
  kept: number
  files: number
}
