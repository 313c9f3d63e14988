// Where the data folder keeps a source file — `files/<sha256>/<name>` — as records, exchange
// packages and backups name it. Pure: the schema's rule for stored files is this, and the
// renderer imports the schema.
import { isCleanFileName } from './fileNames'

export const FILES_DIR = 'files'

const storedFilePattern = /^files\/([0-9a-f]{64})\/([^/\\]+)$/

/** The path a file with this checksum and name is kept at. */
export const storedPathOf = (sha256: string, fileName: string) => `${FILES_DIR}/${sha256}/${fileName}`

/**
 * The checksum and name of a stored file path, or null when the path could lead anywhere else
 * (`..`, separators, an empty name) or names a file no system could keep: paths from a package
 * or a backup become paths on disk.
 */
export function parseStoredFilePath(path: string): { sha256: string; name: string } | null {
  const match = storedFilePattern.exec(path)
  if (!match || !isCleanFileName(match[2]!)) return null
  return { sha256: match[1]!, name: match[2]! }
}
