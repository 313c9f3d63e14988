// How the app's files are kept on disk: as they are, or sealed with the data key. A sealed file is
//   "DDSEAL1\n" | key id (16 bytes) | salt (16) | nonce (12) | AES-256-GCM ciphertext | tag (16)
// with the header as associated data and a key of its own for each file (HKDF of the data key and
// the file's salt), so no nonce is ever reused under one key. The tag makes any change detected:
// a tampered or damaged file opens as damaged, never as different data. One codec serves the data
// file, its backups and the attached files; the file layer beneath (wholeFile) does not change,
// so every guarantee of a whole write holds the same with encryption or without.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import { eachSlice } from '../files/slices'

const MAGIC = Buffer.from('DDSEAL1\n')
const HEADER = MAGIC.length + 16 + 16 + 12
const TAG = 16

export type SealProblem =
  /** A sealed file and no key to open it (the app is locked, or keys.json is missing). */
  | 'locked'
  /** Sealed with another installation's key. */
  | 'foreign'
  /** The tag does not match: damaged or tampered with. */
  | 'damaged'
  /** A plain file where a sealed one belongs. */
  | 'plain'

export class SealError extends Error {
  readonly problem: SealProblem
  constructor(problem: SealProblem, message: string) {
    super(message)
    this.name = 'SealError'
    this.problem = problem
  }
}

export const isSealed = (bytes: Uint8Array) => bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC)

/** The key id a sealed file names (to recover keys.json from a recovery key). */
export const sealedKeyId = (bytes: Uint8Array): string | null => (isSealed(bytes) && bytes.length >= HEADER ? uuidOf(Buffer.from(bytes.subarray(MAGIC.length, MAGIC.length + 16))) : null)

/**
 * The tag of a sealed file given in pieces as it is written (the header first, the tag last), in
 * hex; null for anything else. It is a MAC of every byte under a key only this app holds, so it
 * tells one sealed file from any other as a hash of its content would, for nothing.
 */
export function sealTag(parts: readonly Uint8Array[]): string | null {
  const first = parts[0]
  const last = parts.at(-1)
  if (!first || !last || !isSealed(first) || last.byteLength < TAG) return null
  const size = parts.reduce((n, p) => n + p.byteLength, 0)
  return size >= HEADER + TAG ? Buffer.from(last.subarray(last.byteLength - TAG)).toString('hex') : null
}

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex')
const uuidOf = (bytes: Buffer) => {
  const h = bytes.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

export interface FileCodec {
  /** True when files are sealed (encryption at rest is on and unlocked). */
  readonly sealed: boolean
  /** The bytes to write, in pieces (the data file is written as it is encoded); a slice at a time, so a big file stalls nothing. */
  seal(parts: readonly Uint8Array[]): Promise<Uint8Array[]>
  /** The file's own bytes; throws a SealError when they cannot be had. */
  open(bytes: Uint8Array): Buffer
  /** Where a file stored as `files/<sha256>/<name>` is kept on disk, relative to the data folder: sealed, under a name that says nothing. */
  locate(storedPath: string): string
}

/** Encryption off: files as they are; a sealed one means the keys are missing. */
export const plainCodec: FileCodec = {
  sealed: false,
  seal: async (parts) => [...parts],
  open: (bytes) => {
    if (isSealed(bytes)) throw new SealError('locked', 'The file is encrypted and no key is open')
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  },
  locate: (storedPath) => storedPath,
}

export interface SealingOptions {
  /** While encryption is being switched on or off, plain files are taken too (and sealed when written). */
  acceptPlain?: boolean
}

export function sealingCodec(dataKey: Buffer, keyId: string, options: SealingOptions = {}): FileCodec {
  const id = uuidBytes(keyId)
  const fileKey = (salt: Buffer) => Buffer.from(hkdfSync('sha256', dataKey, salt, 'delegation-desk file', 32))
  const namesKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'delegation-desk file names', 32))
  return {
    sealed: true,
    async seal(parts) {
      const salt = randomBytes(16)
      const nonce = randomBytes(12)
      const header = Buffer.concat([MAGIC, id, salt, nonce])
      const cipher = createCipheriv('aes-256-gcm', fileKey(salt), nonce).setAAD(header)
      const out: Uint8Array[] = [header]
      await eachSlice(parts, (slice) => out.push(cipher.update(slice)))
      out.push(cipher.final(), cipher.getAuthTag())
      return out
    },
    open(bytes) {
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      if (!isSealed(buffer)) {
        if (options.acceptPlain) return buffer
        throw new SealError('plain', 'A file that should be encrypted is not')
      }
      if (buffer.length < HEADER + TAG) throw new SealError('damaged', 'The encrypted file is cut short')
      if (!buffer.subarray(MAGIC.length, MAGIC.length + 16).equals(id)) throw new SealError('foreign', 'The file is encrypted with another installation’s key')
      const header = buffer.subarray(0, HEADER)
      const salt = buffer.subarray(MAGIC.length + 16, MAGIC.length + 32)
      const nonce = buffer.subarray(MAGIC.length + 32, HEADER)
      try {
        const decipher = createDecipheriv('aes-256-gcm', fileKey(salt), nonce).setAAD(header)
        decipher.setAuthTag(buffer.subarray(buffer.length - TAG))
        const plain = decipher.update(buffer.subarray(HEADER, buffer.length - TAG))
        // GCM holds nothing back: final() only checks the tag (and throws when it fails), so the
        // plain bytes are not copied once more.
        decipher.final()
        return plain
      } catch {
        throw new SealError('damaged', 'The encrypted file does not pass its check: damaged or changed')
      }
    },
    locate: (storedPath) => `files/${createHmac('sha256', namesKey).update(storedPath).digest('hex')}`,
  }
}
