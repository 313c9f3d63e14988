// The organisation's emblem for the covers: a PNG or JPEG the user chooses in Settings, copied
// into the data folder like a document's source file, and read back as an image for the outputs.
import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { FILES_DIR, sha256Of, storeFile } from '../files/sourceFiles'
import { fileRefused } from '../ops/errors'
import type { StoredFile } from '../schema'

/** Big enough for any emblem at print resolution; small enough to travel with every page laid out. */
export const MAX_EMBLEM_BYTES = 2 * 1024 * 1024

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]

/** The image's kind from its first bytes (whatever its name says), or null for anything else. */
export function imageType(bytes: Uint8Array): 'png' | 'jpg' | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b)
  return starts(PNG) ? 'png' : starts(JPEG) ? 'jpg' : null
}

export async function importEmblem(dataDir: string, path: string): Promise<StoredFile> {
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw fileRefused('emblem', 'unreadable', `Not a file: ${path}`)
  if (info.size > MAX_EMBLEM_BYTES) throw fileRefused('emblem', 'too_large', `${basename(path)} is larger than ${MAX_EMBLEM_BYTES} bytes`)
  const bytes = await readFile(path)
  if (!imageType(bytes)) throw fileRefused('emblem', 'not_image', `${basename(path)} is neither a PNG nor a JPEG image`)
  const sha256 = sha256Of(bytes)
  const storedPath = `${FILES_DIR}/${sha256}/${basename(path)}`
  await storeFile(dataDir, storedPath, bytes)
  return { fileName: basename(path), storedPath, sha256, size: bytes.length }
}

/** The stored emblem as a `data:` URL; null when its file is missing or no longer what was stored. */
export async function emblemImage(dataDir: string, file: StoredFile | null): Promise<string | null> {
  if (!file) return null
  const bytes = await readFile(join(dataDir, ...file.storedPath.split('/'))).catch(() => null)
  if (!bytes || sha256Of(bytes) !== file.sha256) return null
  return `data:image/${imageType(bytes) === 'png' ? 'png' : 'jpeg'};base64,${bytes.toString('base64')}`
}
