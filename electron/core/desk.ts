// The core as one object: opens the store and answers operations by name. Runs unchanged in
// Electron's main process, in unit tests, in the benchmark and in the e2e browser host.
import { systemClock, todayOf, type Clock } from './clock'
import { warmQueryCaches } from './domain/commitmentQuery'
import { callContext } from './ops/call'
import { contract, isOperationName } from './ops/contract'
import { DeskError, type Envelope } from './ops/errors'
import { createHandlers, type Handlers } from './ops/handlers'
import { noShell, type ShellServices } from './ops/handlers/context'
import type { Progress } from './ops/progress'
import type { CoreEvent } from './process/protocol'
import type { AppStatus, BlockReason, Notice } from './ops/views'
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


export class Desk {
  readonly #store: Store | null
  readonly #handlers: Handlers | null
  readonly #notices: Notice[]
  readonly #blockReason: BlockReason | null
  readonly #clock: Clock
  readonly #dataDir: string
  /** Calls under way that were given an id: what a cancel aborts. */
  readonly #running = new Map<string, AbortController>()
  readonly #onEvent: (event: CoreEvent) => void

  private constructor(
    dataDir: string,
    clock: Clock,
    shell: ShellServices,
    store: Store | null,
    notices: Notice[],
    blockReason: BlockReason | null,
    onEvent: (event: CoreEvent) => void,
  ) {
    this.#onEvent = onEvent
    this.#dataDir = dataDir
    this.#clock = clock
    this.#store = store
    this.#notices = notices
    this.#blockReason = blockReason
    this.#handlers = store ? createHandlers({ store, clock, shell, today: () => todayOf(clock), status: () => this.status() }) : null
  }

  static async open(options: DeskOptions): Promise<Desk> {
    const clock = options.clock ?? systemClock
    const shell = options.shell ?? noShell
    if (options.log) {
      startLog(options.dataDir)
      log.info(`Delegation Desk core started (schema version ${CURRENT_SCHEMA_VERSION}, node ${process.versions.node}, ${process.platform})`)
    }
    const outcome = await openStore({ dataDir: options.dataDir, now: clock, chain: options.chain })
    // The first search, list and save would otherwise build these while the user waits.
    if (outcome.kind === 'ready') {
      setImmediate(() => {
        warmQueryCaches(outcome.store.data)
        outcome.store.prepareForWrites()
      })
    }
    const onEvent = options.onEvent ?? (() => undefined)
    return outcome.kind === 'ready'
      ? new Desk(options.dataDir, clock, shell, outcome.store, outcome.notices, null, onEvent)
      : new Desk(options.dataDir, clock, shell, null, [], outcome.reason, onEvent)
  }

  status(): AppStatus {
    const store = this.#store
    return {
      state: !store ? 'blocked' : store.onDisk ? 'ready' : 'first_run',
      notices: this.#notices,
      blockReason: this.#blockReason,
      dataDir: this.#dataDir,
      dataFile: storePaths(this.#dataDir).dataFile,
      logFile: currentLogFile(),
      today: todayOf(this.#clock),
      settings: store?.data.settings ?? emptyData().settings,
      sampleRecords: store ? countSampleRecords(store.data) : 0,
    }
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
      if (name === 'getStatus') return { ok: true, value: this.status() }
      if (name === 'cancelCall') return { ok: true, value: { cancelled: this.#cancel((parsed.data as { callId: string }).callId) } }
      if (!this.#handlers || !this.#store) throw new DeskError('blocked', 'The data file cannot be opened; see the message on screen.')
      const handler = this.#handlers[name] as (a: unknown, call: ReturnType<typeof callContext>) => unknown
      const settings = this.#store.data.settings
      const value = await handler(parsed.data, callContext({ onProgress: options.onProgress, signal: abort.signal }))
      // Settings are replaced, never changed in place (immer): a new object is a change.
      if (this.#store.data.settings !== settings) this.#onEvent({ type: 'settings', settings: this.#store.data.settings })
      return { ok: true, value }
    } catch (e) {
      const error = e instanceof DeskError ? e : new DeskError('internal', e instanceof Error ? e.message : String(e))
      logFailure(String(name).slice(0, 100), error, e)
      return { ok: false, error: error.toShape() }
    } finally {
      if (callId !== null && this.#running.get(callId) === abort) this.#running.delete(callId)
    }
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
}
