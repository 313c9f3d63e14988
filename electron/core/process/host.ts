// The host's end of the core's process (Electron's main process; the test host, the fault tests
// and the bench in plain Node). It starts the core, relays calls and their progress, answers
// the core's shell requests, and when the core process dies it answers the calls that were under
// way as interrupted — every change acknowledged before is on disk — and starts it again.
import { DeskError, type Envelope } from '../ops/errors'
import type { ShellServices } from '../ops/handlers/context'
import type { Progress } from '../ops/progress'
import type { AppStatus } from '../ops/views'
import { isShellMethod, type CoreEvent, type CoreMessage, type CoreOpenOptions, type HostMessage } from './protocol'

/** One started core process, however it was started. */
export interface CoreChild {
  send(message: HostMessage): void
  onMessage(listener: (message: CoreMessage) => void): void
  onExit(listener: (code: number | null) => void): void
  kill(): void
}
export type LaunchCore = () => CoreChild

/** What the host tells its own side (the menu, the windows): the core's events, and its restarts. */
export type HostEvent = CoreEvent | { type: 'core_restarted' } | { type: 'core_failed' }

export interface CallOptions {
  callId?: string | null
  onProgress?: (progress: Progress) => void
}

/** A core that dies before it is ready this many times in a row is not started again. */
const MAX_FAILED_STARTS = 3

const interrupted = (): Envelope<unknown> => ({
  ok: false,
  error: new DeskError('unavailable', 'The data service stopped while this was under way; it has been restarted, and everything saved before is on disk').toShape(),
})

interface Pending {
  resolve: (envelope: Envelope<unknown>) => void
  onProgress?: ((progress: Progress) => void) | undefined
}

export class CoreHost {
  readonly #launch: LaunchCore
  readonly #options: CoreOpenOptions
  readonly #shell: ShellServices
  readonly #onEvent: (event: HostEvent) => void
  readonly #calls = new Map<number, Pending>()
  readonly #idles = new Map<number, () => void>()
  #child: CoreChild | null = null
  #ready: Promise<AppStatus | null> = Promise.resolve(null)
  #status: AppStatus | null = null
  #nextId = 0
  #closing = false
  #failedStarts = 0

  private constructor(launch: LaunchCore, options: CoreOpenOptions, shell: ShellServices, onEvent: (event: HostEvent) => void) {
    this.#launch = launch
    this.#options = options
    this.#shell = shell
    this.#onEvent = onEvent
  }

  /**
   * Starts the core on `options.dataDir` and returns at once: calls wait until it has opened the
   * data, so the window can load while the core reads the file.
   */
  static launch(launch: LaunchCore, options: CoreOpenOptions, shell: ShellServices, onEvent: (event: HostEvent) => void = () => undefined): CoreHost {
    const host = new CoreHost(launch, options, shell, onEvent)
    host.#spawn(options)
    return host
  }

  /** Starts the core on `options.dataDir` and resolves once it has opened the data. */
  static async start(launch: LaunchCore, options: CoreOpenOptions, shell: ShellServices, onEvent: (event: HostEvent) => void = () => undefined): Promise<CoreHost> {
    const host = CoreHost.launch(launch, options, shell, onEvent)
    await host.opened()
    return host
  }

  /** Resolves once the core has opened the data; rejects when it could not be started. */
  async opened(): Promise<void> {
    if (!(await this.#ready)) throw new Error('The core process did not start')
  }

  /** The core's status as it opened, with the settings it has reported since. */
  get status(): AppStatus | null {
    return this.#status
  }

  /** Relays one call. Never throws: a core that dies under it answers `unavailable`. */
  async call(name: unknown, args: unknown, options: CallOptions = {}): Promise<Envelope<unknown>> {
    if (this.#closing) return interrupted()
    const ready = await this.#ready
    const child = this.#child
    if (!ready || !child) return interrupted()
    const id = ++this.#nextId
    return new Promise((resolve) => {
      this.#calls.set(id, { resolve, onProgress: options.onProgress })
      child.send({ type: 'call', id, name: typeof name === 'string' ? name : String(name), args, callId: options.callId ?? null })
    })
  }

  /** Resolves once every change the core has accepted is on disk. */
  async idle(): Promise<void> {
    await this.#ready
    const child = this.#child
    if (!child) return
    const id = ++this.#nextId
    await new Promise<void>((resolve) => {
      this.#idles.set(id, resolve)
      child.send({ type: 'idle', id })
    })
  }

  /** Waits for the last change to reach the disk, then ends the core; it is not started again. */
  async close(): Promise<void> {
    this.#closing = true
    await this.idle()
    this.#child?.kill()
    this.#child = null
  }

  /** Ends the core process at once, as a crash would (fault tests). */
  kill(): void {
    this.#child?.kill()
  }

  #spawn(options: CoreOpenOptions): void {
    const child = this.#launch()
    this.#child = child
    let resolveReady!: (status: AppStatus | null) => void
    this.#ready = new Promise((resolve) => (resolveReady = resolve))
    let ready = false
    child.onMessage((message) => {
      if (message.type === 'ready') {
        ready = true
        this.#failedStarts = 0
        this.#status = message.status
        resolveReady(message.status)
      } else this.#receive(child, message)
    })
    child.onExit(() => {
      if (this.#child !== child) return
      this.#child = null
      for (const [, pending] of this.#calls) pending.resolve(interrupted())
      this.#calls.clear()
      for (const [, done] of this.#idles) done()
      this.#idles.clear()
      if (!ready) this.#failedStarts++
      if (this.#closing || this.#failedStarts >= MAX_FAILED_STARTS) {
        resolveReady(null)
        if (!this.#closing) this.#onEvent({ type: 'core_failed' })
        return
      }
      // Started again on the same folder; a demo is never loaded twice.
      this.#spawn({ ...this.#options, loadDemo: false })
      void this.#ready.then((status) => {
        resolveReady(status)
        if (status) this.#onEvent({ type: 'core_restarted' })
      })
    })
    child.send({ type: 'open', options })
  }

  #receive(child: CoreChild, message: CoreMessage): void {
    switch (message.type) {
      case 'result': {
        const pending = this.#calls.get(message.id)
        this.#calls.delete(message.id)
        pending?.resolve(message.envelope)
        return
      }
      case 'progress':
        this.#calls.get(message.id)?.onProgress?.(message.progress)
        return
      case 'idle-done':
        this.#idles.get(message.id)?.()
        this.#idles.delete(message.id)
        return
      case 'event':
        if (message.event.type === 'settings' && this.#status) this.#status = { ...this.#status, settings: message.event.settings }
        this.#onEvent(message.event)
        return
      case 'shell':
        void this.#answerShell(child, message.id, message.method, message.args)
        return
    }
  }

  async #answerShell(child: CoreChild, id: number, method: unknown, args: unknown[]): Promise<void> {
    try {
      if (!isShellMethod(method)) throw new DeskError('unknown_operation', `No shell service ${String(method)}`)
      const run = this.#shell[method] as (...a: unknown[]) => Promise<unknown>
      const value = await run.apply(this.#shell, args)
      if (this.#child === child) child.send({ type: 'shell-reply', id, ok: true, value })
    } catch (e) {
      const error = e instanceof DeskError ? e : new DeskError('internal', e instanceof Error ? e.message : String(e))
      if (this.#child === child) child.send({ type: 'shell-reply', id, ok: false, error: error.toShape() })
    }
  }
}
