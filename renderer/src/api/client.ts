// The renderer's typed client. `window.desk` (the preload in Electron, the test bridge in the
// browser host) has one method per operation; this unwraps its envelopes into values or DeskErrors.
import type { ArgsOf, DeskBridge, OperationName, ResultOf } from '../../../electron/core/ops/contract'
import { unwrap, type Envelope } from '../../../electron/core/ops/errors'

declare global {
  interface Window {
    desk: DeskBridge
  }
}

export async function call<K extends OperationName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
  const method = window.desk[name] as (a: ArgsOf<K>) => Promise<Envelope<ResultOf<K>>>
  return unwrap(await method(args))
}
