// Puts a package's source files where the data folder keeps them, before the records that name
// them are merged: a record never points to a file that is not there yet.
import type { FileStore } from '../files/sourceFiles'
import type { SourceFile } from '../schema'
import type { ExchangeContent, ExchangeRecords } from './format'

/** The files records carry: documents' source files and status updates' evidence. */
export const attachedFiles = (records: Pick<ExchangeRecords, 'documents' | 'statusUpdates'>): SourceFile[] => [
  ...records.documents.flatMap((d) => d.sourceFiles),
  ...records.statusUpdates.flatMap((u) => u.files ?? []),
]

/**
 * Copies the package's files into the data folder; returns how many were new or
 * mended. A file already there with its checksum is the same file and is left alone.
 * `progress` hears how many are done before each one.
 */
export async function installExchangeFiles(content: ExchangeContent, files: FileStore, progress?: (done: number, total: number) => Promise<void>): Promise<number> {
  let installed = 0
  let done = 0
  // readExchange checked the paths; the file store checks them again, as it writes to disk.
  for (const [storedPath, bytes] of content.files) {
    await progress?.(done++, content.files.size)
    if (await files.put(storedPath, bytes)) installed++
  }
  return installed
}
