// Registers one ipcMain handler per operation of the contract. Each checks that the call
// comes from the app's own top frame before it is relayed to the core's process; a long call's
// progress goes back to the window that made it.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channelOf, EVENTS_CHANNEL, operationNames } from '../core/ops/contract'
import { DeskError } from '../core/ops/errors'
import type { CoreHost } from '../core/process/host'
import { isAppUrl } from './trustedUrl'

export const isTrustedSender = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url)
}

/** A call id as the window gives it: a short string, or none. */
const callIdOf = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : null)

export function registerOperations(core: Pick<CoreHost, 'call'>): void {
  for (const name of operationNames) {
    ipcMain.handle(channelOf(name), async (event, args: unknown, callId: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: new DeskError('blocked', 'Calls are accepted only from the app window').toShape() }
      }
      const id = callIdOf(callId)
      return core.call(name, args, {
        callId: id,
        onProgress: (progress) => {
          if (id !== null && !event.sender.isDestroyed()) event.sender.send(EVENTS_CHANNEL, { type: 'progress', callId: id, progress })
        },
      })
    })
  }
}
