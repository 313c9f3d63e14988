// Rotating copies of the data file: one a day at most, one before every migration, the last
// KEEP_BACKUPS kept. Names sort chronologically, so "newest" is the last name.
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { format } from 'date-fns'
import { copyWhole } from '../files/wholeFile'
import { fileStamp, type StorePaths } from './paths'

export const KEEP_BACKUPS = 14
const PREFIX = 'delegation-desk-'

export type BackupReason = 'daily' | `pre-migration-v${number}` | 'pre-restore'

export interface BackupFile {
  path: string
  name: string
  /** Local calendar day the backup was made, YYYY-MM-DD. */
  day: string
}

/** Backups, oldest first. */
export async function listBackups(paths: StorePaths): Promise<BackupFile[]> {
  let names: string[]
  try {
    names = await readdir(paths.backupDir)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw e
  }
  return names
    .filter((n) => n.startsWith(PREFIX) && n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, path: join(paths.backupDir, name), day: dayOfName(name) }))
}

// The stamp is UTC; the local day is what "one a day" means to the user.
function dayOfName(name: string): string {
  const stamp = name.slice(PREFIX.length, PREFIX.length + 24)
  const iso = `${stamp.slice(0, 10)}T${stamp.slice(11, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20, 23)}Z`
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : format(d, 'yyyy-MM-dd')
}

export async function makeBackup(paths: StorePaths, now: Date, reason: BackupReason): Promise<string> {
  await mkdir(paths.backupDir, { recursive: true, mode: 0o700 })
  const target = join(paths.backupDir, `${PREFIX}${fileStamp(now)}-${reason}.json`)
  // Whole or not at all: a cut copy under a backup's name would count as today's backup.
  await copyWhole(paths.dataFile, target)
  await prune(paths)
  return target
}

/** Makes the day's backup unless one from today exists. Returns its path, or null. */
export async function makeDailyBackupIfDue(paths: StorePaths, now: Date): Promise<string | null> {
  const today = format(now, 'yyyy-MM-dd')
  const backups = await listBackups(paths)
  if (backups.some((b) => b.day === today)) return null
  return makeBackup(paths, now, 'daily')
}

async function prune(paths: StorePaths): Promise<void> {
  const backups = await listBackups(paths)
  const excess = backups.slice(0, Math.max(0, backups.length - KEEP_BACKUPS))
  await Promise.all(excess.map((b) => rm(b.path, { force: true })))
}
