// The context of one call: progress reported to whoever made it (throttled, so a loop over
// 10,000 records can report every one), and the signal a cancel aborts.
import { setImmediate as nextTurn } from 'node:timers/promises'
import { DeskError } from './errors'
import type { CallContext, Progress } from './progress'

/** At most this often per call, except when the step or cancellability changes or a count ends. */
const PROGRESS_INTERVAL_MS = 100

export interface CallOptions {
  onProgress?: (progress: Progress) => void
  signal?: AbortSignal
}

export function callContext({ onProgress, signal = new AbortController().signal }: CallOptions = {}): CallContext {
  let last: Progress | null = null
  let lastAt = 0
  return {
    signal,
    async progress(step, counts, cancellable = false) {
      if (!onProgress) return
      const next: Progress = { step, done: counts?.done ?? null, total: counts?.total ?? null, cancellable }
      const now = Date.now()
      const turning = !last || last.step !== next.step || last.cancellable !== next.cancellable || (next.done !== null && next.done === next.total)
      if (!turning && now - lastAt < PROGRESS_INTERVAL_MS) return
      last = next
      lastAt = now
      onProgress(next)
      await nextTurn()
    },
    checkCancelled() {
      if (signal.aborted) throw new DeskError('cancelled', 'Cancelled by the user; nothing was changed')
    },
  }
}
