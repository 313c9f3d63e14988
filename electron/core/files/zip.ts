// The one zip reader for files that come from elsewhere (exchange packages, full backups, Word and
// Excel imports), with the limits checked before anything is inflated: the file's size, the
// number of entries and the sum of their declared unpacked sizes, all read from the archive's
// directory first. fflate inflates each entry into a buffer of its declared size, so an entry
// whose declared size lies is cut short there (and then fails its checksum or its parsing), and
// never grows past the limit.
import { unzipSync, type Unzipped } from 'fflate'

export interface ZipLimits {
  /** The archive itself. */
  maxBytes: number
  /** The sum of the entries' unpacked sizes. */
  maxUnpacked: number
  maxEntries: number
}

export type ZipProblem = 'too_large' | 'unreadable' | 'truncated'

export class ZipError extends Error {
  readonly code: ZipProblem
  constructor(code: ZipProblem, message: string) {
    super(message)
    this.name = 'ZipError'
    this.code = code
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** The record closing every zip: 22 bytes plus a comment of up to 65,535, so it is looked for only there. */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const last = bytes.byteLength - 22
  for (let i = last; i >= Math.max(0, last - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true
  }
  return false
}

export interface ZipEntry {
  name: string
  originalSize: number
}

/** The entries as the archive's directory lists them, after every limit is checked; nothing is inflated. */
export function zipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  if (bytes.byteLength > limits.maxBytes) throw new ZipError('too_large', `The file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(limits.maxBytes)}`)
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new ZipError('unreadable', 'Not a zip archive')
  if (!hasEndOfCentralDirectory(bytes)) throw new ZipError('truncated', 'The zip archive has no end-of-central-directory record: the file was cut short')
  const entries: ZipEntry[] = []
  let unpacked = 0
  try {
    // Returning false skips every entry: only the central directory is read.
    unzipSync(bytes, {
      filter: ({ name, originalSize }) => {
        entries.push({ name, originalSize })
        unpacked += originalSize
        return false
      },
    })
  } catch (e) {
    throw new ZipError('unreadable', `The zip archive's directory is damaged (${(e as Error).message})`)
  }
  if (entries.length > limits.maxEntries) throw new ZipError('too_large', `The archive has ${entries.length} entries; the limit is ${limits.maxEntries}`)
  if (unpacked > limits.maxUnpacked) throw new ZipError('too_large', `The archive unpacks to ${megabytes(unpacked)}; the limit is ${megabytes(limits.maxUnpacked)}`)
  return entries
}

/** Every entry, inflated, once the directory has passed the limits. */
export function readZip(bytes: Uint8Array, limits: ZipLimits): Unzipped {
  zipDirectory(bytes, limits)
  try {
    return unzipSync(bytes)
  } catch (e) {
    throw new ZipError('unreadable', `Not a readable zip archive (${(e as Error).message})`)
  }
}

/**
 * What an exchange package or a full backup may hold: a registry's records and the files its
 * documents name. Both are read with these limits (a file limit of their own aside).
 */
export const ARCHIVE_LIMITS = { maxUnpacked: 2 * 1024 * 1024 * 1024, maxEntries: 100_000 } as const
