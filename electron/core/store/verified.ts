// A note, kept beside the data file, of the file as the app last wrote it (size and modification
// time). The app writes only data it has validated, so while the file on disk is still that one,
// opening it need not validate it again — the largest part of opening 10,000 commitments. Any
// change from outside (another size or time), a crash before the note is written, or a missing
// note means a full validation, as before.
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StorePaths } from './paths'

interface Fingerprint {
  size: number
  mtimeMs: number
  schemaVersion: number
}

const notePath = (paths: StorePaths) => join(paths.dataDir, '.delegation-desk.json.verified')

async function fingerprintOf(paths: StorePaths, schemaVersion: number): Promise<Fingerprint> {
  const info = await stat(paths.dataFile)
  return { size: info.size, mtimeMs: info.mtimeMs, schemaVersion }
}

/** True when the data file is the one the app itself last wrote, in this schema version. */
export async function isVerified(paths: StorePaths, schemaVersion: number): Promise<boolean> {
  try {
    const note = JSON.parse(await readFile(notePath(paths), 'utf-8')) as Fingerprint
    const now = await fingerprintOf(paths, schemaVersion)
    return note.size === now.size && note.mtimeMs === now.mtimeMs && note.schemaVersion === now.schemaVersion
  } catch {
    return false
  }
}

/** Records the file just written. Best effort: without the note the next open validates fully. */
export async function markVerified(paths: StorePaths, schemaVersion: number): Promise<void> {
  try {
    await writeFile(notePath(paths), JSON.stringify(await fingerprintOf(paths, schemaVersion)))
  } catch {
    // Nothing lost: the file is validated next time.
  }
}
