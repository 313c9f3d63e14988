// The key file on disk, and converting a data folder between plain and sealed: the data file, its
// backups, damaged files set aside, and every attached file. A conversion can be cut short by a
// crash at any point: the key file says a switch is pending, every step is a whole-file write
// (the old file stands until the new one is complete), and the next unlock finishes it. So the
// folder is always in the old state or the new one, and nothing is ever readable and lost both.
import { mkdir, readdir, readFile, rm, rmdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { writeWhole } from '../files/wholeFile'
import { parseStoredFilePath, sha256Of, storedPathsIn } from '../files/sourceFiles'
import type { DeskData } from '../schema'
import { listBackups } from '../store/backups'
import { DAMAGED_PREFIX, type StorePaths } from '../store/paths'
import { KeyFileSchema, type KeyFile } from './keyFile'
import { isSealed, type FileCodec } from './seal'

export const KEY_FILE_NAME = 'keys.json'
const keyPath = (dataDir: string) => join(dataDir, KEY_FILE_NAME)

export type KeyState = { kind: 'none' } | { kind: 'present'; file: KeyFile } | { kind: 'damaged'; problem: string }

export async function readKeyFile(dataDir: string): Promise<KeyState> {
  let text: string
  try {
    text = await readFile(keyPath(dataDir), 'utf-8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' }
    return { kind: 'damaged', problem: `the key file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }
  }
  try {
    const parsed = KeyFileSchema.safeParse(JSON.parse(text))
    return parsed.success ? { kind: 'present', file: parsed.data } : { kind: 'damaged', problem: 'the key file is not a Delegation Desk key file' }
  } catch {
    return { kind: 'damaged', problem: 'the key file is not valid JSON' }
  }
}

/** Whole or not at all, with a fixed temporary name (one writer: at most one left by a crash). */
export const writeKeyFile = (dataDir: string, file: KeyFile) =>
  writeWhole(keyPath(dataDir), [Buffer.from(JSON.stringify(file, null, 2))], { temp: `${join(dataDir, `.${KEY_FILE_NAME}`)}.tmp` })

export const removeKeyFile = (dataDir: string) => rm(keyPath(dataDir), { force: true })

export interface Conversion {
  /** Reads what is there, plain or sealed (a switch cut short leaves both). */
  reading: FileCodec
  /** Writes what the folder is becoming. */
  writing: FileCodec
  onProgress?: (done: number, total: number) => Promise<void>
}

/**
 * Rewrites every file beside the data file as `writing` keeps it: backups, damaged files set
 * aside, and the files the data names (moved to where `writing` keeps them). A file already in
 * its new form is left alone, so running it again after a crash finishes what was left.
 */
export async function convertFolder(paths: StorePaths, data: DeskData, { reading, writing, onProgress }: Conversion): Promise<void> {
  const sideFiles = [
    ...(await listBackups(paths)).map((b) => b.path),
    ...(await readdir(paths.dataDir).catch(() => [] as string[])).filter((n) => n.startsWith(DAMAGED_PREFIX)).map((n) => join(paths.dataDir, n)),
  ]
  const attached = [...storedPathsIn(data)].filter((p) => parseStoredFilePath(p) !== null)
  const total = sideFiles.length + attached.length
  let done = 0
  const step = async () => onProgress?.(++done, total)

  for (const path of sideFiles) {
    const raw = await readFile(path).catch(() => null)
    // A damaged file stays as it was: it is kept for the user, never rewritten.
    if (raw && isSealed(raw) !== writing.sealed) {
      const plain = (() => {
        try {
          return reading.open(raw)
        } catch {
          return null
        }
      })()
      if (plain) await writeWhole(path, await writing.seal([plain]))
    }
    await step()
  }

  for (const storedPath of attached) {
    const from = join(paths.dataDir, ...reading.locate(storedPath).split('/'))
    const plainAt = join(paths.dataDir, ...storedPath.split('/'))
    const to = join(paths.dataDir, ...writing.locate(storedPath).split('/'))
    // Where the file is now: where it is going (done), or either of its two places.
    for (const source of [...new Set([to, from, plainAt])]) {
      const raw = await readFile(source).catch(() => null)
      if (!raw) continue
      let plain: Buffer
      try {
        plain = reading.open(raw)
      } catch {
        continue
      }
      if (sha256Of(plain) !== parseStoredFilePath(storedPath)!.sha256) continue
      if (source === to && isSealed(raw) === writing.sealed) break
      await mkdir(dirname(to), { recursive: true, mode: 0o700 })
      await writeWhole(to, await writing.seal([plain]))
      if (source !== to) await removeAndPrune(source, paths.dataDir)
      break
    }
    await step()
  }
}

/** Removes a file, and its folder under files/ when it is left empty. */
async function removeAndPrune(path: string, dataDir: string): Promise<void> {
  await rm(path, { force: true })
  const folder = dirname(path)
  if (folder !== join(dataDir, 'files')) await rmdir(folder).catch(() => undefined)
}
