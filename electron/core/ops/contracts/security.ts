// Encryption at rest and the lock: switching it on and off, unlocking, locking, the passphrase.
// Answered by the Desk itself (they open and close the store), like getStatus.
import { z } from 'zod'
import { op } from '../spec'
import type { AppStatus } from '../views'

/** The shortest passphrase taken for data at rest or a file that travels: with scrypt's cost per guess, long enough. */
export const MIN_PASSPHRASE = 10

/** A passphrase as typed (its length is checked in words, MIN_PASSPHRASE). */
const Passphrase = z.string().min(1).max(1000)
const LockMinutes = z.number().int().min(1).max(480)

export interface EncryptionOn {
  /** The recovery key, to show once: printed and kept in a safe, it opens the data whatever happens to the passphrase. */
  recoveryKey: string
  status: AppStatus
}

export const securityContract = {
  /**
   * Opens the encrypted data: with the passphrase, the recovery key (with a new passphrase when
   * the key file is lost or the passphrase forgotten), or the computer account's keychain.
   */
  unlock: op<AppStatus>()(
    z.union([
      z.strictObject({ passphrase: Passphrase }),
      z.strictObject({ recoveryKey: z.string().min(1).max(200), newPassphrase: Passphrase.optional() }),
      z.strictObject({ keychain: z.literal(true) }),
    ]),
  ),
  /** Closes the data: the core keeps no record and no key until it is unlocked again. */
  lock: op<AppStatus>()(z.strictObject({})),
  enableEncryption: op<EncryptionOn>()(z.strictObject({ passphrase: Passphrase, lockAfterMinutes: LockMinutes, keychain: z.boolean() })),
  disableEncryption: op<AppStatus>()(z.strictObject({ passphrase: Passphrase })),
  changePassphrase: op<AppStatus>()(z.strictObject({ current: Passphrase, next: Passphrase })),
  updateLock: op<AppStatus>()(z.strictObject({ lockAfterMinutes: LockMinutes.optional(), keychain: z.boolean().optional() })),
}

/** Answered while the data is locked: everything else waits for the unlock. */
export const LOCKED_OPERATIONS = ['getStatus', 'cancelCall', 'unlock'] as const
