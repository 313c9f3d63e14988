// Who holds the data key, and when: the key file's state for one data folder, the data key while
// the data is unlocked (and no longer once it is locked), and the rules for getting it back — the
// passphrase with a growing wait after each wrong one (nothing is ever wiped for it), the
// recovery key, or the computer account's keychain.
import { DeskError } from '../ops/errors'
import type { ShellServices } from '../ops/handlers/context'
import type { SecurityStatus } from '../ops/views'
import { MIN_PASSPHRASE } from '../ops/contracts/security'
import { keyFileFor, retryDelayMs, unlockWithPassphrase, unlockWithRecoveryKey, recoveryKeyBytes, type KeyFile } from './keyFile'
import { readKeyFile, writeKeyFile, type KeyState } from './vault'

const wrong = (path: string, message: string, params?: Record<string, number>) => new DeskError('invalid_arguments', message, [{ path, message, ...(params ? { params } : {}) }])

export const DEFAULT_LOCK_MINUTES = 15

export class KeyKeeper {
  readonly #dataDir: string
  readonly #shell: ShellServices
  readonly #now: () => Date
  #state: KeyState = { kind: 'none' }
  #dataKey: Buffer | null = null
  #keychainAvailable = false

  constructor(dataDir: string, shell: ShellServices, now: () => Date) {
    this.#dataDir = dataDir
    this.#shell = shell
    this.#now = now
  }

  async load(): Promise<KeyState> {
    this.#state = await readKeyFile(this.#dataDir)
    this.#keychainAvailable = await this.#shell.keychainAvailable().catch(() => false)
    return this.#state
  }

  get file(): KeyFile | null {
    return this.#state.kind === 'present' ? this.#state.file : null
  }

  get dataKey(): Buffer | null {
    return this.#dataKey
  }

  /** The data key for this session (unlocked), with its key file. */
  hold(dataKey: Buffer, file: KeyFile | null): void {
    this.#dataKey = dataKey
    this.#state = file ? { kind: 'present', file } : { kind: 'none' }
  }

  /** Lets the key go: overwritten, then dropped (what the engine copied is beyond reach, not beyond GC). */
  forget(): void {
    this.#dataKey?.fill(0)
    this.#dataKey = null
  }

  /** Encryption switched off: no key, no key file. */
  clear(): void {
    this.forget()
    this.#state = { kind: 'none' }
  }

  /** A key file is there (usable or not): the data is encrypted. */
  get encrypted(): boolean {
    return this.#state.kind !== 'none'
  }

  async save(file: KeyFile): Promise<void> {
    await writeKeyFile(this.#dataDir, file)
    this.#state = { kind: 'present', file }
  }

  status(locked: boolean, recoveryOnly: boolean): SecurityStatus {
    const file = this.file
    const wait = file?.lastFailureAt ? Date.parse(file.lastFailureAt) + retryDelayMs(file.failedAttempts) : 0
    return {
      encrypted: this.#state.kind !== 'none' || recoveryOnly,
      locked,
      recoveryOnly: recoveryOnly || this.#state.kind === 'damaged',
      keychain: file?.os != null,
      keychainAvailable: this.#keychainAvailable,
      lockAfterMinutes: file?.lockAfterMinutes ?? null,
      retryInMs: wait > this.#now().getTime() ? wait - this.#now().getTime() : null,
    }
  }

  /** The data key from the keychain, or null (not chosen, or this account cannot open it). */
  async fromKeychain(): Promise<Buffer | null> {
    const blob = this.file?.os?.blob
    if (!blob) return null
    const key = await this.#shell.unprotectSecret(Buffer.from(blob, 'base64')).catch(() => null)
    return key ? Buffer.from(key) : null
  }

  /** The data key from the passphrase; a wrong one is counted and makes the next wait longer. */
  async fromPassphrase(passphrase: string): Promise<Buffer> {
    const file = this.#require()
    const status = this.status(true, false)
    if (status.retryInMs) throw wrong('passphrase', 'validation.security.wait', { retryInMs: status.retryInMs })
    const key = await unlockWithPassphrase(file, passphrase)
    if (!key) {
      const failedAttempts = file.failedAttempts + 1
      await this.save({ ...file, failedAttempts, lastFailureAt: this.#now().toISOString() })
      throw wrong('passphrase', 'validation.security.wrongPassphrase', { retryInMs: retryDelayMs(failedAttempts) })
    }
    if (file.failedAttempts > 0) await this.save({ ...file, failedAttempts: 0, lastFailureAt: null })
    return key
  }

  /**
   * The data key from the recovery key. With the key file there it is checked against it; with the
   * key file lost, `check` says whether the key opens the data, and a new key file is made with
   * the new passphrase.
   */
  async fromRecoveryKey(text: string, newPassphrase: string | undefined, check: (key: Buffer) => string | null): Promise<Buffer> {
    const file = this.file
    if (file) {
      const key = unlockWithRecoveryKey(file, text)
      if (!key) throw wrong('recoveryKey', 'validation.security.wrongRecoveryKey')
      return key
    }
    const key = recoveryKeyBytes(text)
    const keyId = key ? check(key) : null
    if (!key || !keyId) throw wrong('recoveryKey', 'validation.security.wrongRecoveryKey')
    if (!newPassphrase) throw wrong('newPassphrase', 'validation.security.newPassphraseNeeded')
    checkPassphrase(newPassphrase, 'newPassphrase')
    await this.save(await keyFileFor(key, keyId, newPassphrase, DEFAULT_LOCK_MINUTES))
    return key
  }

  #require(): KeyFile {
    if (!this.file) throw new DeskError('conflict', 'Encryption is not on')
    return this.file
  }
}

/** A passphrase long enough for scrypt's cost to matter; refused in words otherwise. */
export function checkPassphrase(passphrase: string, path = 'passphrase'): void {
  if ([...passphrase.trim()].length < MIN_PASSPHRASE) throw wrong(path, 'validation.security.shortPassphrase')
}
