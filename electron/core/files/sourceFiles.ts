// Source files of documents are copied into the data folder, named by their checksum, so the
// record keeps working when the original is moved or deleted and the same file is stored once.
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { SourceFile } from '../schema'
import { DeskError } from '../ops/errors'
import { writeExport } from './exportFile'
import { parseStoredFilePath } from './storedPath'

export { parseStoredFilePath }

export const MAX_SOURCE_FILE_BYTES = 200 * 1024 * 1024
export const FILES_DIR = 'files'

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Puts `bytes` at `storedPath` in the data folder unless the file there already has the right
 * checksum; a missing or damaged one is written whole (then renamed into place), so an
 * interrupted copy never leaves a half file the next one would take for complete. Returns
 * whether it wrote. The caller has checked `bytes` against the checksum in the path.
 */
export async function storeFile(dataDir: string, storedPath: string, bytes: Uint8Array): Promise<boolean> {
  const stored = parseStoredFilePath(storedPath)
  if (!stored) throw new Error(`Not a stored file path: ${storedPath}`)
  const target = join(dataDir, FILES_DIR, stored.sha256, stored.name)
  const present = await readFile(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })
  if (present && sha256Of(present) === stored.sha256) return false
  await mkdir(join(dataDir, FILES_DIR, stored.sha256), { recursive: true })
  await writeExport(target, bytes)
  return true
}

export async function importSourceFile(dataDir: string, sourcePath: string, now: Date): Promise<SourceFile> {
  const info = await stat(sourcePath).catch(() => null)
  if (!info?.isFile()) throw new DeskError('not_found', `Not a file: ${sourcePath}`)
  if (info.size > MAX_SOURCE_FILE_BYTES) {
    throw new DeskError('invalid_arguments', `${basename(sourcePath)} is larger than ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MB`)
  }
  const bytes = await readFile(sourcePath)
  const sha256 = sha256Of(bytes)
  const fileName = basename(sourcePath)
  // Stored relative to the data folder with forward slashes, the same on every system.
  const storedPath = `${FILES_DIR}/${sha256}/${fileName}`
  await storeFile(dataDir, storedPath, bytes)
  return { id: randomUUID(), fileName, storedPath, sha256, size: bytes.length, addedAt: now.toISOString() }
}

export const sourceFilePath = (dataDir: string, file: SourceFile) => join(dataDir, ...file.storedPath.split('/'))
