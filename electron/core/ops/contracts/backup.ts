// The whole data folder in one file, and back.
import { z } from 'zod'
import { op } from '../spec'
import { HeldFile, Protection } from './transfer'
import type { SavedFile } from '../views'

export interface Restored {
  /** When the restored backup was made. */
  createdAt: string
  /** The copy of the data as it was just before the restore; null when there was none yet. */
  previous: string | null
}

export const backupContract = {
  /** The data file and every attached file in one .deskbackup file where the user chooses, sealed with a transfer passphrase or plain; null when cancelled. */
  createFullBackup: op<SavedFile | null>()(z.strictObject({ protection: Protection })),
  /** Replaces the data with a .deskbackup the user chooses (or a sealed one read before, with `held`), after backing up the current data; null when cancelled. */
  restoreFullBackup: op<Restored | null>()(z.strictObject({ held: HeldFile.optional() })),
}
