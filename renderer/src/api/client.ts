// The renderer's typed client. `window.desk` (the preload in Electron, the test bridge in the
// browser host) has one method per operation; this unwraps its envelopes into values or DeskErrors.
import type { ArgsOf, DeskBridge, OperationName, ResultOf } from '../../../electron/core/ops/contract'
import { DeskError, type Envelope } from '../../../electron/core/ops/errors'

declare global {
  interface Window {
    desk: DeskBridge
  }
}

export async function call<K extends OperationName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
  const method = window.desk[name] as (a: ArgsOf<K>) => Promise<Envelope<ResultOf<K>>>
  const envelope = await method(args)
  if (!envelope.ok) throw DeskError.fromShape(envelope.error)
  return envelope.value
}
