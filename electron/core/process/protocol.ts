// The messages between the core's own process and its host (Electron's main process, or the
// test host and the tools in plain Node). The host relays the window's calls and answers the
// core's requests for what only a desktop can do (ShellServices); the core answers calls,
// reports their progress, and tells the host what it should know (the settings changed).
import type { DeskErrorShape, Envelope } from '../ops/errors'
import type { ShellServices } from '../ops/handlers/context'
import type { Progress } from '../ops/progress'
import type { AppStatus } from '../ops/views'
import type { Settings } from '../schema'

/** What the host asks the core to open, once, as its first message. */
export interface CoreOpenOptions {
  dataDir: string
  /** YYYY-MM-DD the core's clock starts at (tests, demonstrations); null: the system's. */
  today: string | null
  /** Keep the installation's log in the data folder. */
  log: boolean
  /** On a first run, load the embedded demo (what `npm start` asks for). */
  loadDemo: boolean
}

/** Every method of ShellServices, by name: what the core may ask of the host. */
export const SHELL_METHODS = ['chooseFiles', 'openPath', 'chooseSavePath', 'briefPdf', 'printBrief', 'takeOpenedFiles', 'keychainAvailable', 'protectSecret', 'unprotectSecret', 'notifyReminders'] as const satisfies readonly (keyof ShellServices)[]
export type ShellMethod = (typeof SHELL_METHODS)[number]
// A ShellServices method missing from the list above fails here.
type Unlisted = Exclude<keyof ShellServices, ShellMethod>
export const everyShellMethodListed: Unlisted extends never ? true : Unlisted = true

export const isShellMethod = (name: unknown): name is ShellMethod => typeof name === 'string' && (SHELL_METHODS as readonly string[]).includes(name)

/** What the core tells the host of its own accord. */
export type CoreEvent = { type: 'settings'; settings: Settings }

export type HostMessage =
  | { type: 'open'; options: CoreOpenOptions }
  | { type: 'call'; id: number; name: string; args: unknown; callId: string | null }
  | { type: 'shell-reply'; id: number; ok: true; value: unknown }
  | { type: 'shell-reply'; id: number; ok: false; error: DeskErrorShape }
  /** Answered once every accepted change is on disk. */
  | { type: 'idle'; id: number }

export type CoreMessage =
  | { type: 'ready'; status: AppStatus }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'progress'; id: number; callId: string; progress: Progress }
  | { type: 'shell'; id: number; method: ShellMethod; args: unknown[] }
  | { type: 'idle-done'; id: number }
  | { type: 'event'; event: CoreEvent }
