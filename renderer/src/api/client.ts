// The renderer's typed client. `window.desk` (the preload in Electron, the test bridge in the
// browser host) has one method per operation; this unwraps its envelopes into values or
// DeskErrors. A long call can follow its progress (by the id it is given) and be cancelled.
import type { ArgsOf, DeskBridge, DeskEventsBridge, OperationName, ResultOf } from '../../../electron/core/ops/contract'
import { unwrap, type Envelope } from '../../../electron/core/ops/errors'
import type { Progress } from '../../../electron/core/ops/progress'

declare global {
  interface Window {
    desk: DeskBridge
    deskEvents: DeskEventsBridge
  }
}

export interface CallOptions {
  /** The id `cancelCall` stops this call by. */
  callId?: string
  onProgress?: (progress: Progress) => void
}

export async function call<K extends OperationName>(name: K, args: ArgsOf<K>, options: CallOptions = {}): Promise<ResultOf<K>> {
  const method = window.desk[name] as (a: ArgsOf<K>, callId?: string) => Promise<Envelope<ResultOf<K>>>
  const { callId, onProgress } = options
  const stop = callId && onProgress ? window.deskEvents.subscribe((event) => event.type === 'progress' && event.callId === callId && onProgress(event.progress)) : null
  try {
    return unwrap(await method(args, callId))
  } finally {
    stop?.()
  }
}
