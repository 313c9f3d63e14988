// Registers one ipcMain handler per operation of the contract. Each checks that the call
// comes from the app's own top frame before it reaches the core; a long call's progress goes
// back to the window that made it.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channelOf, operationNames, PROGRESS_CHANNEL, type OperationName } from '../core/ops/contract'
import type { Desk } from '../core/desk'
import { DeskError } from '../core/ops/errors'
import { isAppUrl } from './trustedUrl'

const isTrustedSender = (event: IpcMainInvokeEvent) => {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url)
}

export function registerOperations(desk: Desk, afterCall: (name: OperationName) => void): void {
  for (const name of operationNames) {
    ipcMain.handle(channelOf(name), async (event, args: unknown, callId: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: new DeskError('blocked', 'Calls are accepted only from the app window').toShape() }
      }
      const id = typeof callId === 'string' ? callId : null
      const result = await desk.dispatch(name, args, {
        callId: id,
        onProgress: (progress) => {
          if (id !== null && !event.sender.isDestroyed()) event.sender.send(PROGRESS_CHANNEL, id, progress)
        },
      })
      if (result.ok) afterCall(name)
      return result
    })
  }
}
