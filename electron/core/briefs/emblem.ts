// The organisation's emblem for the covers: a PNG or JPEG the user chooses in Settings, copied
// into the data folder like a document's source file, and read back as an image for the outputs.
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { readChosenFile } from '../files/chosenFile'
import { cleanFileName } from '../files/fileNames'
import { sha256Of, type FileStore } from '../files/sourceFiles'
import { storedPathOf } from '../files/storedPath'
import { fileRefused } from '../ops/errors'
import type { SourceFile } from '../schema'

/** Big enough for any emblem at print resolution; small enough to travel with every page laid out. */
export const MAX_EMBLEM_BYTES = 2 * 1024 * 1024

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]

/** The image's kind from its first bytes (whatever its name says), or null for anything else. */
export function imageType(bytes: Uint8Array): 'png' | 'jpg' | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b)
  return starts(PNG) ? 'png' : starts(JPEG) ? 'jpg' : null
}

export async function importEmblem(files: FileStore, path: string, now: Date): Promise<SourceFile> {
  const bytes = await readChosenFile(path, 'emblem', MAX_EMBLEM_BYTES)
  const name = basename(path)
  if (!imageType(bytes)) throw fileRefused('emblem', 'not_image', `${name} is neither a PNG nor a JPEG image`, name)
  const sha256 = sha256Of(bytes)
  const fileName = cleanFileName(name, 'emblem')
  const storedPath = storedPathOf(sha256, fileName)
  await files.put(storedPath, bytes)
  return { id: randomUUID(), fileName, storedPath, sha256, size: bytes.length, addedAt: now.toISOString() }
}

/** The stored emblem as a `data:` URL; null when its file is missing or no longer what was stored. */
export async function emblemImage(files: FileStore, file: SourceFile | null): Promise<string | null> {
  if (!file) return null
  const bytes = await files.get(file.storedPath).catch(() => null)
  if (!bytes) return null
  return `data:image/${imageType(bytes) === 'png' ? 'png' : 'jpeg'};base64,${bytes.toString('base64')}`
}
