// A full backup in one file — the data file and every attached source file — and reading one
// back for a restore. The data inside is loaded exactly as the app loads its own file (parsed,
// upgraded, validated, references checked), so a restore never installs what would not open.
import { strFromU8, strToU8, zipSync, type Zippable, type Unzipped } from 'fflate'
import { z } from 'zod'
import { FILES_DIR, parseStoredFilePath, sha256Of, storedPathsIn, type FileStore } from '../files/sourceFiles'
import { ARCHIVE_LIMITS, readZip, ZipError } from '../files/zip'
import { fileRefused } from '../ops/errors'
import { CURRENT_SCHEMA_VERSION, type DeskData } from '../schema'
import { migrationChain } from './migrations'
import { load } from './store'

export const FULL_BACKUP_EXTENSION = 'deskbackup'
const FORMAT = 'delegation-desk-backup'
const DATA_ENTRY = 'delegation-desk.json'
/** Larger than any data folder the app is meant for; refused before unpacking. */
export const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024

const Manifest = z.object({ format: z.literal(FORMAT), formatVersion: z.literal(1), schemaVersion: z.number().int().positive(), createdAt: z.string() })

/** Every file the data names, as `files/<sha256>/<name>` → bytes (a missing or damaged one is left out). */
async function attachedFiles(data: DeskData, files: FileStore): Promise<Zippable> {
  const entries: Zippable = {}
  for (const storedPath of storedPathsIn(data)) {
    const bytes = await files.get(storedPath)
    // Already compressed (PDF, Word): stored, not deflated again.
    if (bytes) entries[storedPath] = [new Uint8Array(bytes), { level: 0 }]
  }
  return entries
}

export async function packFullBackup(data: DeskData, files: FileStore, now: Date): Promise<Uint8Array> {
  const manifest = { format: FORMAT, formatVersion: 1, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: now.toISOString() }
  return zipSync({
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
    [DATA_ENTRY]: strToU8(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data })),
    ...(await attachedFiles(data, files)),
  })
}

export interface FullBackup {
  createdAt: string
  data: DeskData
  /** `files/<sha256>/<name>` → bytes, each checked against its checksum. */
  files: Map<string, Uint8Array>
}

const refuse = (message: string, code = 'unreadable'): never => {
  throw fileRefused('backup', code, message)
}

function unzip(bytes: Uint8Array): Unzipped {
  try {
    return readZip(bytes, { maxBytes: MAX_BACKUP_BYTES, ...ARCHIVE_LIMITS })
  } catch (e) {
    if (e instanceof ZipError) return refuse(`Not a readable backup (${e.message})`, e.code === 'too_large' ? 'too_large' : 'unreadable')
    throw e
  }
}

function parseManifest(entries: Unzipped): z.infer<typeof Manifest> {
  const bytes = entries['manifest.json']
  if (!bytes) return refuse('Not a Delegation Desk backup (no manifest)', 'not_backup')
  let json: unknown
  try {
    json = JSON.parse(strFromU8(bytes))
  } catch {
    return refuse('The backup\'s manifest is not valid JSON', 'not_backup')
  }
  const manifest = Manifest.safeParse(json)
  return manifest.success ? manifest.data : refuse('Not a Delegation Desk backup', 'not_backup')
}

export function readFullBackup(bytes: Uint8Array): FullBackup {
  const entries = unzip(bytes)
  const manifest = parseManifest(entries)
  const data = entries[DATA_ENTRY]
  if (!data) return refuse('The backup has no data file', 'damaged')
  const loaded = load(strFromU8(data), migrationChain)
  if (!loaded.ok) {
    if (loaded.newerVersion !== undefined) refuse(`The backup is from a newer version of the app (data version ${loaded.newerVersion})`, 'newer_version')
    return refuse(`The backup's data cannot be used: ${'problem' in loaded ? loaded.problem : ''}`, 'damaged')
  }
  const files = new Map<string, Uint8Array>()
  for (const [name, content] of Object.entries(entries)) {
    if (!name.startsWith(`${FILES_DIR}/`) || name.endsWith('/')) continue
    // Exactly files/<sha256>/<name>: nothing in a backup may be written anywhere else.
    const stored = parseStoredFilePath(name)
    if (!stored) return refuse(`Unexpected entry ${name}`, 'damaged')
    if (sha256Of(content) !== stored.sha256) refuse(`The attached file ${name} does not match its checksum`, 'damaged')
    files.set(name, content)
  }
  return { createdAt: manifest.createdAt, data: loaded.data, files }
}

/** Puts the backup's attached files into the data folder, mending missing or damaged ones; files the backup does not have are never deleted. */
export async function installBackupFiles(backup: FullBackup, files: FileStore): Promise<void> {
  for (const [name, content] of backup.files) await files.put(name, content)
}
