// The core as one object: opens the store and answers operations by name. Runs unchanged in its
// own process (a utilityProcess in Electron, a child process on the test host), in unit tests
// and in the benchmark. With encryption at rest on, it starts locked: the store is opened only
// once the data key is had, and locking closes it again — no record and no key stays in memory.
import { chmod, readFile, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { systemClock, todayOf, type Clock } from './clock'
import { createKeys, withPassphrase } from './crypto/keyFile'
import { checkPassphrase, KeyKeeper } from './crypto/keyKeeper'
import { plainCodec, sealedKeyId, sealingCodec, type FileCodec } from './crypto/seal'
import { convertFolder, removeKeyFile } from './crypto/vault'
import { warmQueryCaches } from './domain/commitmentQuery'
import { inShortTurns } from './shortTurns'
import { withRevisions } from './exchange/revisions'
import { removeViewerCopies } from './files/sourceFiles'
import { callContext } from './ops/call'
import { contract, isOperationName, type OperationName } from './ops/contract'
import { LOCKED_OPERATIONS } from './ops/contracts/security'
import { DeskError, type Envelope } from './ops/errors'
import { createHandlers, DESK_OPERATIONS, type Handlers } from './ops/handlers'
import { noShell, type ShellServices } from './ops/handlers/context'
import type { CallContext, Progress } from './ops/progress'
import type { CoreEvent } from './process/protocol'
import type { AppStatus, BlockReason, Notice, SecurityStatus } from './ops/views'
import { currentLogFile, describeError, logger, startLog } from './log'
import { CURRENT_SCHEMA_VERSION, emptyData, type DeskData } from './schema'
import type { MigrationChain } from './store/migrations'
import { storePaths } from './store/paths'
import { openStore, type Store } from './store/store'

function countSampleRecords(data: DeskData): number {
  const lists = [data.countries, data.organisations, data.people, data.meetings, data.documents, data.commitments, data.statusUpdates, data.briefs]
  return lists.reduce((n, list) => n + list.filter((r) => r.sample).length, 0)
}

/** How a host makes one call: an id to cancel it by, and where its progress goes. */
export interface DispatchOptions {
  callId?: string | null
  onProgress?: (progress: Progress) => void
}

export interface DeskOptions {
  dataDir: string
  clock?: Clock
  chain?: MigrationChain
  /** Dialogs and the system viewer; without a shell, nothing can be chosen or opened. */
  shell?: ShellServices
  /** Keep the installation's log in the data folder (the app does; unit tests do not). */
  log?: boolean
  /** Told what the host should know: the settings changed (the menu follows the language). */
  onEvent?: (event: CoreEvent) => void
}

const log = logger('desk')

/** What the log says of a failed call: its operation and the kind of failure, never its arguments. */
function logFailure(name: string, error: DeskError, cause: unknown): void {
  if (error.code === 'internal') log.error(`${name} failed: ${describeError(cause)}`)
  else if (error.code === 'file_refused') log.warn(`${name} refused a file: ${error.file?.reason ?? ''}`)
  else if (error.code === 'storage_failed') log.warn(`${name} could not write: ${error.file?.reason ?? ''}`)
}

/**
 * A data folder another user can write to (or owns) is refused: whoever can replace its files can
 * make the app open data of theirs. Not checked on Windows, where access lists decide.
 */
async function insecureFolder(dataDir: string): Promise<string | null> {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return null
  for (const folder of [dataDir, dirname(dataDir)]) {
    const info = await stat(folder).catch(() => null)
    if (!info) continue
    if (info.uid !== process.getuid() && folder === dataDir) return `${folder} belongs to another user`
    if ((info.mode & 0o022) !== 0) {
      // Our own data folder, made by us: made private again, as it should be.
      if (folder === dataDir) {
        await chmod(folder, info.mode & ~0o077)
        continue
      }
      // Writable by all but sticky (as /tmp is): no one may replace another's files in it.
      if ((info.mode & 0o002) !== 0 && (info.mode & 0o1000) === 0) return `${folder} can be written to by every user`
    }
  }
  return null
}

type DeskOperation = (typeof DESK_OPERATIONS)[number]

/** The key id of a sealed data file when `key` opens it; null when it does not (or there is no such file). */
function opensSealed(key: Buffer, sealed: Buffer | null): string | null {
  const keyId = sealed ? sealedKeyId(sealed) : null
  if (!sealed || !keyId) return null
  try {
    sealingCodec(key, keyId).open(sealed)
    return keyId
  } catch {
    return null
  }
}

export class Desk {
  #store: Store | null = null
  #handlers: Handlers | null = null
  #notices: Notice[] = []
  #blockReason: BlockReason | null = null
  readonly #clock: Clock
  readonly #dataDir: string
  readonly #shell: ShellServices
  readonly #chain: MigrationChain | undefined
  readonly #keys: KeyKeeper
  /** Calls under way that were given an id: what a cancel aborts. */
  readonly #running = new Map<string, AbortController>()
  readonly #onEvent: (event: CoreEvent) => void

  private constructor(options: DeskOptions) {
    this.#dataDir = options.dataDir
    this.#clock = options.clock ?? systemClock
    this.#shell = options.shell ?? noShell
    this.#chain = options.chain
    this.#onEvent = options.onEvent ?? (() => undefined)
    this.#keys = new KeyKeeper(this.#dataDir, this.#shell, this.#clock)
  }

  static async open(options: DeskOptions): Promise<Desk> {
    const desk = new Desk(options)
    if (options.log) {
      startLog(options.dataDir)
      log.info(`Delegation Desk core started (schema version ${CURRENT_SCHEMA_VERSION}, node ${process.versions.node}, ${process.platform})`)
    }
    await removeViewerCopies()
    const insecure = await insecureFolder(options.dataDir).catch(() => null)
    if (insecure) {
      log.warn(`refused an insecure data folder: ${insecure}`)
      desk.#blockReason = { kind: 'insecure_folder', dataDir: options.dataDir, message: insecure }
      return desk
    }
    const keys = await desk.#keys.load()
    if (keys.kind === 'none') await desk.#openWith(plainCodec)
    else {
      log.info(keys.kind === 'present' ? 'the data is encrypted: locked until unlocked' : `the key file is not usable (${keys.problem})`)
      // Unlocked by the computer account's keychain when the user chose it.
      const key = await desk.#keys.fromKeychain()
      if (key) await desk.#unlockWith(key)
    }
    return desk
  }

  async #openWith(codec: FileCodec): Promise<void> {
    const outcome = await openStore({ dataDir: this.#dataDir, now: this.#clock, chain: this.#chain, codec })
    if (outcome.kind === 'blocked') {
      this.#blockReason = outcome.reason
      return
    }
    const { store } = outcome
    this.#store = store
    this.#notices = outcome.notices
    this.#blockReason = null
    this.#handlers = createHandlers({ store: withRevisions(store, this.#clock), clock: this.#clock, shell: this.#shell, today: () => todayOf(this.#clock), status: () => this.status() })
    // The first search, list and save would otherwise build these while the user waits; built in
    // short turns, so the window's first calls are answered first.
    const opened = store.data
    inShortTurns([warmQueryCaches(opened), store.prepareForWrites()], () => this.#store === store && store.data === opened).catch((e: unknown) =>
      log.warn(`warming the caches after open failed: ${describeError(e)}`),
    )
  }

  /** Opens the data with `dataKey`, and finishes a switch on or off that a crash cut short. */
  async #unlockWith(dataKey: Buffer): Promise<void> {
    const file = this.#keys.file!
    this.#keys.hold(dataKey, file)
    this.#blockReason = null
    const pending = file.pending
    await this.#openWith(sealingCodec(dataKey, file.keyId, { acceptPlain: pending !== null }))
    if (!this.#store) return
    log.info('unlocked')
    if (pending === 'enable') await this.#finishEnable(callContext())
    if (pending === 'disable') await this.#finishDisable(callContext())
  }

  /** Encrypted and no key held yet (or any more): only unlocking is answered. */
  get #locked(): boolean {
    if (this.#blockReason?.kind === 'keys_missing') return true
    return this.#keys.encrypted && this.#keys.dataKey === null && this.#blockReason?.kind !== 'insecure_folder'
  }

  status(): AppStatus {
    const store = this.#store
    const locked = this.#locked
    return {
      state: locked ? 'locked' : !store ? 'blocked' : store.onDisk ? 'ready' : 'first_run',
      notices: this.#notices,
      blockReason: locked ? null : this.#blockReason,
      dataDir: this.#dataDir,
      dataFile: storePaths(this.#dataDir).dataFile,
      logFile: currentLogFile(),
      today: todayOf(this.#clock),
      settings: store?.data.settings ?? emptyData().settings,
      sampleRecords: store ? countSampleRecords(store.data) : 0,
      security: this.#security(locked),
    }
  }

  #security(locked: boolean): SecurityStatus {
    return this.#keys.status(locked, this.#blockReason?.kind === 'keys_missing')
  }

  /** Validates and runs one operation. Never throws: failures come back as typed errors. */
  async dispatch(name: unknown, args: unknown, options: DispatchOptions = {}): Promise<Envelope<unknown>> {
    const callId = typeof options.callId === 'string' ? options.callId : null
    const abort = new AbortController()
    if (callId !== null) this.#running.set(callId, abort)
    try {
      if (!isOperationName(name)) throw new DeskError('unknown_operation', `Unknown operation: ${String(name)}`)
      const parsed = contract[name].args.safeParse(args ?? {})
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
        throw new DeskError('invalid_arguments', `Invalid arguments for ${name}: ${issues.map((i) => `${i.path || '(arguments)'}: ${i.message}`).join('; ')}`, issues)
      }
      const call = callContext({ onProgress: options.onProgress, signal: abort.signal })
      if (this.#locked && !(LOCKED_OPERATIONS as readonly string[]).includes(name)) throw new DeskError('locked', 'The data is locked: unlock it first')
      if ((DESK_OPERATIONS as readonly string[]).includes(name)) return { ok: true, value: await this.#deskOperation(name as DeskOperation, parsed.data, call) }
      if (!this.#handlers || !this.#store) throw new DeskError('blocked', 'The data file cannot be opened; see the message on screen.')
      const handler = this.#handlers[name as Exclude<OperationName, DeskOperation>] as (a: unknown, call: CallContext) => unknown
      const settings = this.#store.data.settings
      const value = await handler(parsed.data, call)
      // Settings are replaced, never changed in place (immer): a new object is a change.
      if (this.#store && this.#store.data.settings !== settings) this.#onEvent({ type: 'settings', settings: this.#store.data.settings })
      return { ok: true, value }
    } catch (e) {
      const error = e instanceof DeskError ? e : new DeskError('internal', e instanceof Error ? e.message : String(e))
      logFailure(String(name).slice(0, 100), error, e)
      return { ok: false, error: error.toShape() }
    } finally {
      if (callId !== null && this.#running.get(callId) === abort) this.#running.delete(callId)
    }
  }

  // The operations that work on the Desk itself: its status, cancels, and the lock.
  async #deskOperation(name: DeskOperation, args: unknown, call: CallContext): Promise<unknown> {
    switch (name) {
      case 'getStatus':
        return this.status()
      case 'cancelCall':
        return { cancelled: this.#cancel((args as { callId: string }).callId) }
      case 'unlock':
        return this.#unlock(args as { passphrase?: string; recoveryKey?: string; newPassphrase?: string; keychain?: true })
      case 'lock':
        return this.lock()
      case 'enableEncryption':
        return this.#enable(args as { passphrase: string; lockAfterMinutes: number; keychain: boolean }, call)
      case 'disableEncryption':
        return this.#disable((args as { passphrase: string }).passphrase, call)
      case 'changePassphrase':
        return this.#changePassphrase(args as { current: string; next: string })
      case 'updateLock':
        return this.#updateLock(args as { lockAfterMinutes?: number; keychain?: boolean })
    }
  }

  async #unlock(args: { passphrase?: string; recoveryKey?: string; newPassphrase?: string; keychain?: true }): Promise<AppStatus> {
    if (!this.#locked) return this.status()
    let key: Buffer | null
    if (args.passphrase !== undefined) key = await this.#keys.fromPassphrase(args.passphrase)
    else if (args.recoveryKey !== undefined) {
      // Without a key file, the data file itself tells whether the recovery key is its key.
      const sealed = this.#keys.file ? null : await readFile(storePaths(this.#dataDir).dataFile).catch(() => null)
      key = await this.#keys.fromRecoveryKey(args.recoveryKey, args.newPassphrase, (candidate) => opensSealed(candidate, sealed))
    } else key = await this.#keys.fromKeychain()
    if (!key) throw new DeskError('invalid_arguments', 'The computer account’s keychain did not open the key', [{ path: 'keychain', message: 'validation.security.keychainFailed' }])
    // A recovery key with a new passphrase: the forgotten one is replaced.
    if (args.recoveryKey !== undefined && args.newPassphrase !== undefined && this.#keys.file && this.#keys.file.keyId) {
      checkPassphrase(args.newPassphrase, 'newPassphrase')
      await this.#keys.save(await withPassphrase(this.#keys.file, key, args.newPassphrase))
    }
    await this.#unlockWith(key)
    return this.status()
  }

  /** Closes the data: waits for the last change to reach the disk, then lets the store and the key go. */
  async lock(): Promise<AppStatus> {
    if (!this.#keys.file) throw new DeskError('conflict', 'Without encryption at rest there is nothing to lock', [{ path: '', message: 'validation.security.notEncrypted' }])
    await this.#store?.idle()
    this.#store = null
    this.#handlers = null
    this.#notices = []
    this.#keys.forget()
    log.info('locked')
    return this.status()
  }

  async #enable({ passphrase, lockAfterMinutes, keychain }: { passphrase: string; lockAfterMinutes: number; keychain: boolean }, call: CallContext) {
    const store = this.#requireStore()
    if (this.#keys.file) throw new DeskError('conflict', 'Encryption is already on')
    if (!store.onDisk) throw new DeskError('conflict', 'Start with the demo or an empty registry first')
    checkPassphrase(passphrase)
    await call.progress('preparing_keys')
    const made = await createKeys(passphrase, lockAfterMinutes)
    let file = made.file
    if (keychain) {
      const blob = await this.#shell.protectSecret(made.dataKey)
      if (!blob) throw new DeskError('invalid_arguments', 'The keychain cannot keep the key', [{ path: 'keychain', message: 'validation.security.keychainUnavailable' }])
      file = { ...file, os: { blob: Buffer.from(blob).toString('base64') } }
    }
    await store.idle()
    // From here a crash leaves a pending switch, which the next unlock finishes.
    await this.#keys.save({ ...file, pending: 'enable' })
    this.#keys.hold(made.dataKey, { ...file, pending: 'enable' })
    await this.#finishEnable(call)
    log.info('encryption at rest switched on')
    return { recoveryKey: made.recoveryKey, status: this.status() }
  }

  async #finishEnable(call: CallContext): Promise<void> {
    const store = this.#requireStore()
    const file = this.#keys.file!
    const key = this.#keys.dataKey!
    const sealing = sealingCodec(key, file.keyId, { acceptPlain: true })
    store.useCodec(sealing)
    await call.progress('sealing')
    await store.persist()
    await convertFolder(store.paths, store.data, { reading: sealing, writing: sealing, onProgress: (done, total) => call.progress('sealing', { done, total }) })
    await this.#keys.save({ ...file, pending: null })
    store.useCodec(sealingCodec(key, file.keyId))
  }

  async #disable(passphrase: string, call: CallContext): Promise<AppStatus> {
    this.#requireStore()
    const file = this.#requireKeys()
    await this.#keys.fromPassphrase(passphrase)
    await this.#keys.save({ ...file, pending: 'disable' })
    await this.#finishDisable(call)
    log.info('encryption at rest switched off')
    return this.status()
  }

  async #finishDisable(call: CallContext): Promise<void> {
    const store = this.#requireStore()
    const file = this.#keys.file!
    const reading = sealingCodec(this.#keys.dataKey!, file.keyId, { acceptPlain: true })
    await store.idle()
    store.useCodec(plainCodec)
    await call.progress('unsealing')
    await store.persist()
    await convertFolder(store.paths, store.data, { reading, writing: plainCodec, onProgress: (done, total) => call.progress('unsealing', { done, total }) })
    await removeKeyFile(this.#dataDir)
    this.#keys.clear()
  }

  async #changePassphrase({ current, next }: { current: string; next: string }): Promise<AppStatus> {
    const file = this.#requireKeys()
    const key = await this.#keys.fromPassphrase(current)
    checkPassphrase(next, 'next')
    await this.#keys.save(await withPassphrase(file, key, next))
    log.info('the passphrase was changed')
    return this.status()
  }

  async #updateLock({ lockAfterMinutes, keychain }: { lockAfterMinutes?: number; keychain?: boolean }): Promise<AppStatus> {
    let file = this.#requireKeys()
    if (lockAfterMinutes !== undefined) file = { ...file, lockAfterMinutes }
    if (keychain === false) file = { ...file, os: null }
    if (keychain === true && !file.os) {
      const blob = await this.#shell.protectSecret(this.#keys.dataKey!)
      if (!blob) throw new DeskError('invalid_arguments', 'The keychain cannot keep the key', [{ path: 'keychain', message: 'validation.security.keychainUnavailable' }])
      file = { ...file, os: { blob: Buffer.from(blob).toString('base64') } }
    }
    await this.#keys.save(file)
    return this.status()
  }

  #requireStore(): Store {
    if (!this.#store) throw new DeskError('blocked', 'The data is not open')
    return this.#store
  }

  #requireKeys() {
    const file = this.#keys.file
    if (!file) throw new DeskError('conflict', 'Encryption at rest is not on', [{ path: '', message: 'validation.security.notEncrypted' }])
    return file
  }

  #cancel(callId: string): boolean {
    const running = this.#running.get(callId)
    if (!running || running.signal.aborted) return false
    running.abort()
    return true
  }

  /** Resolves once every accepted change is on disk. */
  async idle(): Promise<void> {
    await this.#store?.idle()
  }

  /** Before the process ends: the last change on disk, the viewer's decrypted copies gone. */
  async close(): Promise<void> {
    await this.idle()
    await removeViewerCopies()
  }
}
