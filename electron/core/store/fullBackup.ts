// A full backup in one file — the data file and every attached source file — and reading one
// back for a restore. The data inside is loaded exactly as the app loads its own file (parsed,
// upgraded, validated, references checked), so a restore never installs what would not open.
import { strFromU8, strToU8, zipSync, type Zippable, type Unzipped } from 'fflate'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { FILES_DIR, parseStoredFilePath, sha256Of, storeFile } from '../files/sourceFiles'
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

/** Every file under data/files, as `files/<sha256>/<name>` → bytes. */
async function attachedFiles(dataDir: string): Promise<Zippable> {
  const root = join(dataDir, FILES_DIR)
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return []
    throw e
  })
  const files: Zippable = {}
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name)
    const relative = path.slice(root.length + 1).split(/[\\/]/).join('/')
    // Already compressed (PDF, Word): stored, not deflated again.
    files[`${FILES_DIR}/${relative}`] = [new Uint8Array(await readFile(path)), { level: 0 }]
  }
  return files
}

export async function packFullBackup(data: DeskData, dataDir: string, now: Date): Promise<Uint8Array> {
  const manifest = { format: FORMAT, formatVersion: 1, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: now.toISOString() }
  return zipSync({
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
    [DATA_ENTRY]: strToU8(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data })),
    ...(await attachedFiles(dataDir)),
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
export async function installBackupFiles(backup: FullBackup, dataDir: string): Promise<void> {
  for (const [name, content] of backup.files) await storeFile(dataDir, name, content)
}
