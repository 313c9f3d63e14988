// Encryption at rest, the key hierarchy: one random data key (AES-256) encrypts every file the app
// keeps; on disk it is only ever wrapped — by a key derived from the user's passphrase (scrypt)
// and, where the user chooses, by the operating system's keychain (Electron's safeStorage,
// through the shell). The wrapped keys live in `keys.json` beside the data file: changing the
// passphrase rewraps the data key and rewrites only that file. Wrapping is AES-256-GCM with the
// key's id as associated data.
// The recovery key, shown once to print and keep in a safe, is the data key itself written out:
// it opens the data whatever happened to the passphrase or to keys.json itself.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/** scrypt's cost: 128 MiB and about 0.4 s on a laptop of 2024 — per guess, for anyone guessing. */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const
const SCRYPT_MAXMEM = 256 * 1024 * 1024
export const KEY_BYTES = 32

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(4096)
const Wrap = z.strictObject({ nonce: b64, sealed: b64 })

export const KeyFileSchema = z.strictObject({
  format: z.literal('delegation-desk-keys'),
  version: z.literal(1),
  /** Names the data key: every sealed file carries it, so a file of another installation is told apart. */
  keyId: z.uuid(),
  passphrase: z.strictObject({ kdf: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: b64, wrap: Wrap }),
  /** HMAC of the key id under the data key: tells a recovery key that is right from one mistyped. */
  check: b64,
  /** The data key as the OS keychain protects it (opaque to the core); null when not chosen. */
  os: z.strictObject({ blob: b64 }).nullable(),
  /** A switch on or off under way: finished on the next unlock if it was cut short. */
  pending: z.enum(['enable', 'disable']).nullable(),
  /** Lock after this many idle minutes. */
  lockAfterMinutes: z.number().int().min(1).max(480),
  /** Wrong passphrases in a row: each waits longer before the next is tried. Never wipes anything. */
  failedAttempts: z.number().int().min(0),
  lastFailureAt: z.string().max(40).nullable(),
})
export type KeyFile = z.infer<typeof KeyFileSchema>

/** A key from a passphrase (NFC-normalised, so the same words typed on another keyboard give the same key). */
export const scrypt = (secret: string, salt: Buffer, params: { N: number; r: number; p: number }) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(secret.normalize('NFC'), salt, KEY_BYTES, { ...params, maxmem: SCRYPT_MAXMEM }, (e, key) => (e ? reject(e) : resolve(key))),
  )

function wrap(kek: Buffer, dataKey: Buffer, keyId: string): z.infer<typeof Wrap> {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', kek, nonce).setAAD(Buffer.from(keyId))
  const sealed = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()])
  return { nonce: nonce.toString('base64'), sealed: sealed.toString('base64') }
}

/** The data key, or null when `kek` is not the key that wrapped it (a wrong passphrase). */
function unwrap(kek: Buffer, wrapped: z.infer<typeof Wrap>, keyId: string): Buffer | null {
  const sealed = Buffer.from(wrapped.sealed, 'base64')
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.nonce, 'base64')).setAAD(Buffer.from(keyId))
    decipher.setAuthTag(sealed.subarray(sealed.length - 16))
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()])
  } catch {
    return null
  }
}

// The recovery key: 256 random bits as 13 groups of Crockford base32, easy to type back.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export function recoveryKeyText(bytes: Buffer): string {
  let bits = ''
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0')
  const chars = bits.match(/.{1,5}/g)!.map((chunk) => ALPHABET[parseInt(chunk.padEnd(5, '0'), 2)]).join('')
  return chars.match(/.{1,4}/g)!.join('-')
}

/** The recovery key's bytes from what the user typed (case, dashes and spaces do not matter; O is 0, I and L are 1). */
export function recoveryKeyBytes(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (clean.length !== Math.ceil((KEY_BYTES * 8) / 5) || [...clean].some((c) => !ALPHABET.includes(c))) return null
  const all = [...clean].map((c) => ALPHABET.indexOf(c).toString(2).padStart(5, '0')).join('')
  // The last character's spare bits are zero in every key written out: a typo there shows.
  if (/1/.test(all.slice(KEY_BYTES * 8))) return null
  return Buffer.from(all.slice(0, KEY_BYTES * 8).match(/.{8}/g)!.map((byte) => parseInt(byte, 2)))
}

const checkOf = (dataKey: Buffer, keyId: string) => createHmac('sha256', dataKey).update(`delegation-desk key check ${keyId}`).digest('base64')

export interface NewKeys {
  file: KeyFile
  dataKey: Buffer
  /** To show once. */
  recoveryKey: string
}

/** A key file for `dataKey`: wrapped by the passphrase, nothing pending. */
export async function keyFileFor(dataKey: Buffer, keyId: string, passphrase: string, lockAfterMinutes: number): Promise<KeyFile> {
  const salt = randomBytes(16)
  return {
    format: 'delegation-desk-keys',
    version: 1,
    keyId,
    passphrase: { kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), wrap: wrap(await scrypt(passphrase, salt, SCRYPT), dataKey, keyId) },
    check: checkOf(dataKey, keyId),
    os: null,
    pending: null,
    lockAfterMinutes,
    failedAttempts: 0,
    lastFailureAt: null,
  }
}

/** A new data key, wrapped by the passphrase; its recovery key. */
export async function createKeys(passphrase: string, lockAfterMinutes: number): Promise<NewKeys> {
  const dataKey = randomBytes(KEY_BYTES)
  return { file: await keyFileFor(dataKey, randomUUID(), passphrase, lockAfterMinutes), dataKey, recoveryKey: recoveryKeyText(dataKey) }
}

/** The data key from the passphrase, or null when it is not the passphrase. */
export async function unlockWithPassphrase(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  const { salt, N, r, p } = file.passphrase
  return unwrap(await scrypt(passphrase, Buffer.from(salt, 'base64'), { N, r, p }), file.passphrase.wrap, file.keyId)
}

/** The data key the recovery key is, when it is this file's key (null: mistyped, or another installation's). */
export function unlockWithRecoveryKey(file: KeyFile, text: string): Buffer | null {
  const key = recoveryKeyBytes(text)
  return key && timingSafeEqual(Buffer.from(checkOf(key, file.keyId)), Buffer.from(file.check)) ? key : null
}

/** The same data key, wrapped by a new passphrase: nothing else changes. */
export async function withPassphrase(file: KeyFile, dataKey: Buffer, passphrase: string): Promise<KeyFile> {
  const fresh = await keyFileFor(dataKey, file.keyId, passphrase, file.lockAfterMinutes)
  return { ...file, passphrase: fresh.passphrase, failedAttempts: 0, lastFailureAt: null }
}

/** True when `a` and `b` are the same key, compared in constant time. */
export const sameKey = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b)

/** How long the next passphrase must wait after `failedAttempts` wrong ones: 0, 1, 2, 4 … 60 s. */
export const retryDelayMs = (failedAttempts: number) => (failedAttempts === 0 ? 0 : Math.min(60_000, 1000 * 2 ** (failedAttempts - 1)))
