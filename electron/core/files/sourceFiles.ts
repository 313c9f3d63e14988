// Source files of documents are copied into the data folder, named by their checksum, so the
// record keeps working when the original is moved or deleted and the same file is stored once.
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { SourceFile } from '../schema'
import { DeskError } from '../ops/errors'

export const MAX_SOURCE_FILE_BYTES = 200 * 1024 * 1024
export const FILES_DIR = 'files'

export async function importSourceFile(dataDir: string, sourcePath: string, now: Date): Promise<SourceFile> {
  const info = await stat(sourcePath).catch(() => null)
  if (!info?.isFile()) throw new DeskError('not_found', `Not a file: ${sourcePath}`)
  if (info.size > MAX_SOURCE_FILE_BYTES) {
    throw new DeskError('invalid_arguments', `${basename(sourcePath)} is larger than ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MB`)
  }
  const bytes = await readFile(sourcePath)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const fileName = basename(sourcePath)
  // Stored relative to the data folder with forward slashes, the same on every system.
  const storedPath = `${FILES_DIR}/${sha256}/${fileName}`
  const target = join(dataDir, FILES_DIR, sha256, fileName)
  await mkdir(join(dataDir, FILES_DIR, sha256), { recursive: true })
  await writeFile(target, bytes, { flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e
  })
  return { id: randomUUID(), fileName, storedPath, sha256, size: bytes.length, addedAt: now.toISOString() }
}

export const sourceFilePath = (dataDir: string, file: SourceFile) => join(dataDir, ...file.storedPath.split('/'))
