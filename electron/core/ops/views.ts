// Shapes that operations return beyond the stored records. Pure types: shared with the renderer.
import type { Commitment, CommitmentStatus, Organisation, Settings } from '../schema'

export type Notice =
  /** The data file was damaged or missing; a backup was opened instead. */
  | { kind: 'recovered_from_backup'; damagedFile: string | null; backupFile: string; problem: string }
  /** The data file was damaged and no backup was usable: the app starts empty. */
  | { kind: 'no_usable_backup'; damagedFile: string; problem: string }

export type BlockReason =
  | { kind: 'newer_version'; file: string; fileVersion: number; supportedVersion: number }
  | { kind: 'storage_unavailable'; dataDir: string; message: string }

export interface AppStatus {
  /** first_run: an empty data folder, the user chooses between the demo and an empty start. */
  state: 'first_run' | 'ready' | 'blocked'
  notices: Notice[]
  blockReason: BlockReason | null
  dataDir: string
  dataFile: string
  /** "Today" by the app's clock, YYYY-MM-DD (fixed in tests). */
  today: string
  settings: Settings
  /** How many records are invented demo content (marked `sample`). */
  sampleRecords: number
}

/** A commitment with what is derived from its history against today. */
export interface CommitmentRow {
  commitment: Commitment
  status: CommitmentStatus
  overdue: boolean
  lastUpdateDate: string | null
}

export interface Dashboard {
  today: string
  ourOrganisation: Organisation | null
  total: number
  byStatus: Record<CommitmentStatus, number>
  overdue: CommitmentRow[]
}
