// Puts a package's source files where the data folder keeps them, before the records that name
// them are merged: a record never points to a file that is not there yet.
import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeExport } from '../files/exportFile'
import { FILES_DIR } from '../files/sourceFiles'
import { parseStoredFilePath, type ExchangeContent } from './format'

const exists = (path: string) => stat(path).then(
  () => true,
  (e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return false
    throw e
  },
)

/**
 * Copies the package's files into `dataDir/files/<sha256>/<name>`; returns how many were new.
 * A file already there is the same file (its folder is its checksum) and is left alone. Each is
 * written whole or not at all (writeExport), so an interrupted import leaves no half file that
 * the next one would take for complete.
 */
export async function installExchangeFiles(content: ExchangeContent, dataDir: string): Promise<number> {
  let installed = 0
  for (const [storedPath, bytes] of content.files) {
    // readExchange checked the paths; checked again because this one writes to disk.
    const stored = parseStoredFilePath(storedPath)
    if (!stored) throw new Error(`Not a stored file path: ${storedPath}`)
    const folder = join(dataDir, FILES_DIR, stored.sha256)
    const target = join(folder, stored.name)
    if (await exists(target)) continue
    await mkdir(folder, { recursive: true })
    await writeExport(target, bytes)
    installed++
  }
  return installed
}
