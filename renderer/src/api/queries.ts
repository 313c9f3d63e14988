// Reading and changing data through the client with TanStack Query. Every successful change
// invalidates all queries, so a change made in one view shows everywhere without a reload.
import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { ArgsOf, OperationName } from '../../../electron/core/ops/contract'
import type { Progress } from '../../../electron/core/ops/progress'
import { call } from './client'

export const queryClient = new QueryClient({
  defaultOptions: {
    // The data is local and changes only through this window: no refetch on focus or retries.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    mutations: { retry: false },
  },
})

/** A read through an operation, as a query: its key is the operation and its arguments. */
const opQuery = <K extends OperationName>(name: K, args: ArgsOf<K>) => ({ queryKey: [name, args], queryFn: () => call(name, args) })

/**
 * Runs `then` once no read is under way (at once when none is), and returns how to stop waiting:
 * the screen shown has had everything it asked for.
 */
export function afterReads(client: QueryClient, then: () => void): () => void {
  if (client.isFetching() === 0) {
    then()
    return () => undefined
  }
  const stop = client.getQueryCache().subscribe(() => {
    if (client.isFetching() > 0) return
    stop()
    then()
  })
  return stop
}

/** Reads through an operation; `enabled: false` waits (e.g. until an id is known); `refetchInterval` reads again every so many ms. */
export function useOp<K extends OperationName>(name: K, args: ArgsOf<K>, options: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useQuery({ ...opQuery(name, args), enabled: options.enabled ?? true, refetchInterval: options.refetchInterval })
}

/** Starts a read before any view asks for it (the app's status, at boot): the view then finds it under way. */
export function prefetchOp<K extends OperationName>(name: K, args: ArgsOf<K>): void {
  void queryClient.prefetchQuery(opQuery(name, args))
}

export function useChange<K extends OperationName>(name: K) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (args: ArgsOf<K>) => call(name, args),
    onSuccess: () => client.invalidateQueries(),
  })
}

/** An operation that changes no data (save a file, print): nothing to refetch afterwards. */
export function useAction<K extends OperationName>(name: K) {
  return useMutation({ mutationFn: (args: ArgsOf<K>) => call(name, args) })
}

/**
 * An operation that may take a while (a PDF, an exchange, a backup): like useAction (or
 * useChange with `changes`), plus its progress while it runs and a cancel. Show it with
 * <WorkProgress work={…} />.
 */
export function useLongWork<K extends OperationName>(name: K, { changes = false }: { changes?: boolean } = {}) {
  const client = useQueryClient()
  const [progress, setProgress] = useState<Progress | null>(null)
  const running = useRef<string | null>(null)
  const mutation = useMutation({
    mutationFn: (args: ArgsOf<K>) => {
      const callId = crypto.randomUUID()
      running.current = callId
      setProgress(null)
      return call(name, args, { callId, onProgress: (p) => running.current === callId && setProgress(p) })
    },
    onSuccess: () => (changes ? client.invalidateQueries() : undefined),
    onSettled: () => {
      running.current = null
      setProgress(null)
    },
  })
  const cancel = () => {
    if (running.current) void call('cancelCall', { callId: running.current })
  }
  return { ...mutation, progress, cancel }
}

export type LongWork = ReturnType<typeof useLongWork>
