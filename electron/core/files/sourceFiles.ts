// Files the records name — documents' source files, the emblem — kept in the data folder under
// `files/<sha256>/<name>` (what the records say), so a record keeps working when the original is
// moved or deleted and the same file is stored once. With encryption at rest on, each is sealed
// under a name that says nothing (the codec decides where and how); the records do not change.
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import type { FileCodec } from '../crypto/seal'
import type { SourceFile } from '../schema'
import { DeskError, fileError, fileRefused, type FileArea } from '../ops/errors'
import { readChosenFile } from './chosenFile'
import { cleanFileName } from './fileNames'
import { FILES_DIR, parseStoredFilePath, storedPathOf } from './storedPath'
import { writeWhole } from './wholeFile'

export { FILES_DIR, parseStoredFilePath }

export const MAX_SOURCE_FILE_BYTES = 200 * 1024 * 1024

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Extensions that run rather than open: never handed to the system's viewer, whatever a file
 * from another laptop is called.
 */
const RUNS = new Set(
  'exe com bat cmd ps1 psm1 vbs vbe js jse mjs wsf wsh hta msi msp scr pif cpl lnk url reg inf jar app command sh bash zsh csh py pl rb desktop appimage deb rpm dmg pkg run bin elf iso apk'.split(' '),
)
export const runsWhenOpened = (fileName: string) => RUNS.has(extname(fileName).slice(1).toLowerCase())

/** Where the viewer's decrypted copies go: a folder of this user's, emptied at every start and close. */
const VIEW_PREFIX = 'delegation-desk-view-'

/** Every `storedPath` a value holds, however deep (source files, the emblem, whatever names one). */
export function storedPathsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) storedPathsIn(v, found)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'storedPath' && typeof v === 'string') found.add(v)
      else storedPathsIn(v, found)
    }
  }
  return found
}

export class FileStore {
  readonly dataDir: string
  codec: FileCodec

  constructor(dataDir: string, codec: FileCodec) {
    this.dataDir = dataDir
    this.codec = codec
  }

  /** Where `storedPath` is kept on disk: always inside the data folder's files/, whatever the path says. */
  onDisk(storedPath: string): string {
    if (!parseStoredFilePath(storedPath)) throw new DeskError('invalid_arguments', `Not a stored file path: ${storedPath}`)
    const root = resolve(this.dataDir, FILES_DIR)
    const path = resolve(this.dataDir, ...this.codec.locate(storedPath).split('/'))
    if (!path.startsWith(root + sep)) throw new DeskError('invalid_arguments', `Not a stored file path: ${storedPath}`)
    return path
  }

  /** The file's bytes when it is there and still what its checksum says; null otherwise. */
  async get(storedPath: string): Promise<Buffer | null> {
    const raw = await readFile(this.onDisk(storedPath)).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null
      throw fileError(e, basename(storedPath), 'read')
    })
    if (!raw) return null
    let bytes: Buffer
    try {
      bytes = this.codec.open(raw)
    } catch {
      return null
    }
    return sha256Of(bytes) === parseStoredFilePath(storedPath)!.sha256 ? bytes : null
  }

  /**
   * Puts `bytes` at `storedPath` unless the file there is already intact; a missing or damaged one
   * is written whole (then renamed into place), so an interrupted copy never leaves a half file
   * the next one would take for complete. Returns whether it wrote. The caller has checked `bytes`
   * against the checksum in the path.
   */
  async put(storedPath: string, bytes: Uint8Array): Promise<boolean> {
    if (await this.get(storedPath)) return false
    const target = this.onDisk(storedPath)
    try {
      await mkdir(dirname(target), { recursive: true, mode: 0o700 })
      await writeWhole(target, await this.codec.seal([bytes]))
    } catch (e) {
      throw fileError(e, basename(storedPath), 'write')
    }
    return true
  }

  /** Copies a file the user chose in; its name is kept, cleaned of what no system could keep. */
  async importFile(sourcePath: string, now: Date, area: FileArea = 'attachment', maxBytes = MAX_SOURCE_FILE_BYTES): Promise<{ file: SourceFile; bytes: Uint8Array }> {
    const bytes = await readChosenFile(sourcePath, area, maxBytes)
    const sha256 = sha256Of(bytes)
    const fileName = cleanFileName(basename(sourcePath), 'file')
    // Stored relative to the data folder with forward slashes, the same on every system.
    const storedPath = storedPathOf(sha256, fileName)
    await this.put(storedPath, bytes)
    return { file: { id: randomUUID(), fileName, storedPath, sha256, size: bytes.length, addedAt: now.toISOString() }, bytes }
  }

  /**
   * A path the system's viewer can open: the file itself, or with encryption on a decrypted copy
   * in a private temporary folder the app empties when it closes (and at the next start after a
   * crash). A file whose extension would run is never handed over.
   */
  async forViewer(file: SourceFile): Promise<string> {
    if (runsWhenOpened(file.fileName)) throw fileRefused('attachment', 'runs', `${file.fileName} would run a program, not open a document`, file.fileName)
    if (!this.codec.sealed) return this.onDisk(file.storedPath)
    const bytes = await this.get(file.storedPath)
    if (!bytes) throw fileRefused('attachment', 'missing', `${file.fileName} is missing or damaged in the data folder`, file.fileName)
    const folder = await mkdtemp(join(tmpdir(), VIEW_PREFIX))
    const path = join(folder, file.fileName)
    await writeFile(path, bytes, { mode: 0o600 })
    return path
  }
}

/** Removes the viewer's decrypted copies: at every start (after a crash too) and when the app closes. */
export async function removeViewerCopies(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[])
  await Promise.all(names.filter((n) => n.startsWith(VIEW_PREFIX)).map((n) => rm(join(tmpdir(), n), { recursive: true, force: true }).catch(() => undefined)))
}
