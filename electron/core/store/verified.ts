// A note, kept beside the data file, of the file as the app last wrote it: its size and the
// SHA-256 of its bytes. The app writes only data it has validated, so while the file on disk is
// still exactly that one, opening it need not validate it again — the largest part of opening
// 10,000 commitments. Any other content (an edit of the same size, a restored timestamp, bit
// rot), a crash before the note is written, or a missing note means a full validation.
// For a sealed file the "hash" is its tag, which the decryption checks every byte against.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeWhole } from '../files/wholeFile'
import { contentHash } from './envelopeFile'
import { VERIFIED_NOTE_NAME, type StorePaths } from './paths'

interface Note {
  size: number
  sha256: string
  schemaVersion: number
}

export interface WrittenFile {
  size: number
  sha256: string
}

const notePath = (paths: StorePaths) => join(paths.dataDir, VERIFIED_NOTE_NAME)

/** True when `bytes` (the data file as just read) are the ones the app itself last wrote, in this schema version. */
export async function isVerified(paths: StorePaths, bytes: Uint8Array, schemaVersion: number): Promise<boolean> {
  let note: Note
  try {
    note = JSON.parse(await readFile(notePath(paths), 'utf-8')) as Note
  } catch {
    return false
  }
  return note.schemaVersion === schemaVersion && note.size === bytes.byteLength && note.sha256 === (await contentHash([bytes]))
}

/** Records the file just written. Best effort: without the note the next open validates fully. */
export async function markVerified(paths: StorePaths, file: WrittenFile, schemaVersion: number): Promise<void> {
  const note: Note = { size: file.size, sha256: file.sha256, schemaVersion }
  // A stale note names another file's hash, so a failed write here is harmless.
  await writeWhole(notePath(paths), [Buffer.from(JSON.stringify(note))], { temp: `${notePath(paths)}.tmp` }).catch(() => undefined)
}
