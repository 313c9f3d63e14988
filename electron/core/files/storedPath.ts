// Where the data folder keeps a source file — `files/<sha256>/<name>` — as records, exchange
// packages and backups name it. Pure: the exchange format (which the renderer imports) uses it.

const storedFilePattern = /^files\/([0-9a-f]{64})\/([^/\\]+)$/

/**
 * The checksum and name of a stored file path, or null when the path could lead anywhere else
 * (`..`, separators, an empty name): paths from a package or a backup become paths on disk.
 */
export function parseStoredFilePath(path: string): { sha256: string; name: string } | null {
  const match = storedFilePattern.exec(path)
  if (!match || match[2] === '.' || match[2] === '..') return null
  return { sha256: match[1]!, name: match[2]! }
}
