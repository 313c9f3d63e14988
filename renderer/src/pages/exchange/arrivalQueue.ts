// Exchange files the system handed over several at a time (a selection double-clicked): the
// first opens its review, the rest wait here, and each review offers the next.
import { useSyncExternalStore } from 'react'

let waiting: readonly string[] = []
const listeners = new Set<() => void>()
const set = (next: readonly string[]) => {
  waiting = next
  listeners.forEach((l) => l())
}

export const arrivalQueue = {
  add: (paths: readonly string[]) => set([...waiting, ...paths.filter((p) => !waiting.includes(p))]),
  /** The next waiting file, taken off the queue. */
  next: (): string | undefined => {
    const [first, ...rest] = waiting
    set(rest)
    return first
  },
}

export function useArrivalQueue(): readonly string[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => waiting,
  )
}
