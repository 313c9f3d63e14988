// What a long operation tells the window while it runs: which step it is on, how far, and
// whether stopping now would leave nothing half done. Pure: the renderer words the steps.

export const progressSteps = [
  'reading',
  'checking',
  'planning',
  'applying',
  'packing',
  'layout',
  'copies',
  'writing',
  'saving',
  'installing_files',
  'preparing_keys',
  'sealing',
  'unsealing',
] as const
export type ProgressStep = (typeof progressSteps)[number]

export interface Progress {
  step: ProgressStep
  /** Items done and in all, when the step counts something; null for a step that does not. */
  done: number | null
  total: number | null
  /** True while a cancel would stop the operation with nothing changed or written. */
  cancellable: boolean
}

/** What a handler gets for the one call it is answering. */
export interface CallContext {
  /**
   * Tells the window where the work is; cheap to call often (it is throttled). Await it before a
   * long synchronous step: it resolves once the message has had a turn to leave.
   */
  progress(step: ProgressStep, counts?: { done: number; total: number }, cancellable?: boolean): Promise<void>
  /** Aborted when the user cancels. */
  readonly signal: AbortSignal
  /** Throws a `cancelled` DeskError when the user has cancelled: call it between steps. */
  checkCancelled(): void
}
