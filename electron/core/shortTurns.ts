// Work the core does on its own (warming caches after open), in steps, giving the event loop a
// turn every few milliseconds so that calls from the window never wait behind it.
import { setImmediate as nextTurn } from 'node:timers/promises'

/** How long a turn may run before calls get theirs. */
const TURN_MS = 8

/** Runs every step of `work`, in order, while `wanted()` holds. */
export async function inShortTurns(work: Iterable<Iterable<void>>, wanted: () => boolean): Promise<void> {
  let since = performance.now()
  for (const steps of work) {
    for (const _ of steps) {
      if (performance.now() - since < TURN_MS) continue
      await nextTurn()
      if (!wanted()) return
      since = performance.now()
    }
  }
}
