// Where the store keeps its files inside the data folder.
import { join } from 'node:path'

export const DATA_FILE_NAME = 'delegation-desk.json'
export const VERIFIED_NOTE_NAME = '.delegation-desk.json.verified'
export const BACKUP_DIR_NAME = 'backups'

export interface StorePaths {
  dataDir: string
  dataFile: string
  backupDir: string
}

export function storePaths(dataDir: string): StorePaths {
  return { dataDir, dataFile: join(dataDir, DATA_FILE_NAME), backupDir: join(dataDir, BACKUP_DIR_NAME) }
}

/** A file-name-safe timestamp that sorts chronologically: 2026-11-28T02-30-00-000Z. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

export const DAMAGED_PREFIX = 'delegation-desk.damaged-'

/** A temporary file the store or its backups were writing (`.<name>…tmp`): left over only by a crash. */
export const isStoreTemp = (name: string) => name.startsWith('.') && name.endsWith('.tmp')

/** The name a damaged data file is kept under, beside the data file. */
export function damagedFilePath(paths: StorePaths, now: Date): string {
  return join(paths.dataDir, `${DAMAGED_PREFIX}${fileStamp(now)}.json`)
}
