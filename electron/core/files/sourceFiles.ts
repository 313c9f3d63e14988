// Source files of documents are copied into the data folder, named by their checksum, so the
// record keeps working when the original is moved or deleted and the same file is stored once.
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'
import type { SourceFile } from '../schema'
import { DeskError, fileError } from '../ops/errors'
import { readChosenFile } from './chosenFile'
import { cleanFileName } from './fileNames'
import { FILES_DIR, parseStoredFilePath, storedPathOf } from './storedPath'
import { writeWhole } from './wholeFile'

export { FILES_DIR, parseStoredFilePath }

export const MAX_SOURCE_FILE_BYTES = 200 * 1024 * 1024

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Where a stored path is on disk: always inside the data folder's files/, whatever the path says. */
export function storedFileOnDisk(dataDir: string, storedPath: string): string {
  const stored = parseStoredFilePath(storedPath)
  const root = resolve(dataDir, FILES_DIR)
  const path = stored ? resolve(root, stored.sha256, stored.name) : null
  if (!path || !path.startsWith(root + sep)) throw new DeskError('invalid_arguments', `Not a stored file path: ${storedPath}`)
  return path
}

/**
 * Puts `bytes` at `storedPath` in the data folder unless the file there already has the right
 * checksum; a missing or damaged one is written whole (then renamed into place), so an
 * interrupted copy never leaves a half file the next one would take for complete. Returns
 * whether it wrote. The caller has checked `bytes` against the checksum in the path.
 */
export async function storeFile(dataDir: string, storedPath: string, bytes: Uint8Array): Promise<boolean> {
  const target = storedFileOnDisk(dataDir, storedPath)
  const present = await readFile(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw fileError(e, basename(target), 'read')
  })
  if (present && sha256Of(present) === parseStoredFilePath(storedPath)!.sha256) return false
  try {
    await mkdir(join(target, '..'), { recursive: true, mode: 0o700 })
    await writeWhole(target, [bytes])
  } catch (e) {
    throw fileError(e, basename(target), 'write')
  }
  return true
}

/** Copies a file the user chose into the data folder; its name is kept, cleaned of what no system could keep. */
export async function importSourceFile(dataDir: string, sourcePath: string, now: Date): Promise<SourceFile> {
  const bytes = await readChosenFile(sourcePath, 'attachment', MAX_SOURCE_FILE_BYTES)
  const sha256 = sha256Of(bytes)
  const fileName = cleanFileName(basename(sourcePath), 'file')
  // Stored relative to the data folder with forward slashes, the same on every system.
  const storedPath = storedPathOf(sha256, fileName)
  await storeFile(dataDir, storedPath, bytes)
  return { id: randomUUID(), fileName, storedPath, sha256, size: bytes.length, addedAt: now.toISOString() }
}

export const sourceFilePath = (dataDir: string, file: SourceFile) => storedFileOnDisk(dataDir, file.storedPath)
