// Exchange files and full backups leave the laptop (by USB stick, e-mail, a shared folder): sealed
// with a passphrase chosen for the transfer, which the receiving laptop asks for. A sealed file is
//   "DDXFER1\n" | log2 N (1 byte) | r (1) | p (1) | salt (16) | nonce (12) | AES-256-GCM ciphertext | tag (16)
// with the header as associated data; the key is scrypt of the passphrase with the file's salt, at
// the same cost as the data key's wrap. Inside is the package as it is when plain (a zip), so
// every check of its content stays as it was.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { SCRYPT, scrypt } from './keyFile'

const MAGIC = Buffer.from('DDXFER1\n')
const PARAMS = 3
const HEADER = MAGIC.length + PARAMS + 16 + 12
const TAG = 16

export const isTransferSealed = (bytes: Uint8Array) => bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC)

export async function sealForTransfer(bytes: Uint8Array, passphrase: string): Promise<Buffer> {
  const salt = randomBytes(16)
  const nonce = randomBytes(12)
  const header = Buffer.concat([MAGIC, Buffer.from([Math.log2(SCRYPT.N), SCRYPT.r, SCRYPT.p]), salt, nonce])
  const cipher = createCipheriv('aes-256-gcm', await scrypt(passphrase, salt, SCRYPT), nonce).setAAD(header)
  return Buffer.concat([header, cipher.update(bytes), cipher.final(), cipher.getAuthTag()])
}

export type TransferProblem =
  /** The passphrase does not open it — or the file was changed or damaged on the way (the tag cannot tell which). */
  | 'wrong_passphrase'
  /** Cut short, or sealed with a cost this version does not use (a hostile file could ask for gigabytes). */
  | 'damaged'

/** The package inside a sealed file, or why not. */
export async function openTransfer(bytes: Uint8Array, passphrase: string): Promise<Buffer | TransferProblem> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (!isTransferSealed(buffer) || buffer.length < HEADER + TAG) return 'damaged'
  const [logN, r, p] = buffer.subarray(MAGIC.length, MAGIC.length + PARAMS)
  if (2 ** logN! !== SCRYPT.N || r !== SCRYPT.r || p !== SCRYPT.p) return 'damaged'
  const header = buffer.subarray(0, HEADER)
  const salt = buffer.subarray(MAGIC.length + PARAMS, MAGIC.length + PARAMS + 16)
  const nonce = buffer.subarray(HEADER - 12, HEADER)
  try {
    const decipher = createDecipheriv('aes-256-gcm', await scrypt(passphrase, salt, SCRYPT), nonce).setAAD(header)
    decipher.setAuthTag(buffer.subarray(buffer.length - TAG))
    return Buffer.concat([decipher.update(buffer.subarray(HEADER, buffer.length - TAG)), decipher.final()])
  } catch {
    return 'wrong_passphrase'
  }
}
