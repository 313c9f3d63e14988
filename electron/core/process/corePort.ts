// The core's end of its process: opens the Desk the host names, answers calls, and asks the host
// for shell services over the same messages. The transport is Electron's parentPort in a
// utilityProcess, or Node's IPC channel in a child process: both carry structured clones.
import { clockFrom, systemClock } from '../clock'
import { Desk } from '../desk'
import { DeskError } from '../ops/errors'
import type { ShellServices } from '../ops/handlers/context'
import { SHELL_METHODS, type CoreMessage, type HostMessage, type ShellMethod } from './protocol'

export interface Transport {
  send(message: CoreMessage): void
  onMessage(listener: (message: HostMessage) => void): void
}

/** ShellServices answered by the host: each call a request that waits for its reply. */
function remoteShell(transport: Transport, pending: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>): ShellServices {
  let next = 0
  const ask = (method: ShellMethod, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++next
      pending.set(id, { resolve, reject })
      transport.send({ type: 'shell', id, method, args })
    })
  return Object.fromEntries(SHELL_METHODS.map((method) => [method, (...args: unknown[]) => ask(method, args)])) as unknown as ShellServices
}

/** Serves one core on `transport`; `idle` resolves once every accepted change is on disk. */
export function serveCore(transport: Transport): { idle(): Promise<void> } {
  const shellReplies = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>()
  const shell = remoteShell(transport, shellReplies)
  let desk: Promise<Desk> | null = null

  transport.onMessage((message) => {
    switch (message.type) {
      case 'open': {
        if (desk) return
        const { dataDir, today, log, loadDemo } = message.options
        desk = Desk.open({
          dataDir,
          clock: today ? clockFrom(today) : systemClock,
          shell,
          log,
          onEvent: (event) => transport.send({ type: 'event', event }),
        }).then(async (opened) => {
          if (loadDemo && opened.status().state === 'first_run') await opened.dispatch('loadDemo', {})
          transport.send({ type: 'ready', status: opened.status() })
          return opened
        })
        return
      }
      case 'call': {
        const { id, name, args, callId } = message
        void (desk ?? Promise.reject(new DeskError('blocked', 'The core has not been opened'))).then(
          (d) => d.dispatch(name, args, { callId, onProgress: (progress) => callId && transport.send({ type: 'progress', id, callId, progress }) }),
          (e: unknown) => ({ ok: false as const, error: (e instanceof DeskError ? e : new DeskError('internal', String(e))).toShape() }),
        ).then((envelope) => transport.send({ type: 'result', id, envelope }))
        return
      }
      case 'shell-reply': {
        const waiting = shellReplies.get(message.id)
        shellReplies.delete(message.id)
        if (!waiting) return
        if (message.ok) waiting.resolve(message.value)
        else waiting.reject(DeskError.fromShape(message.error))
        return
      }
      case 'idle':
        void idle().then(() => transport.send({ type: 'idle-done', id: message.id }))
        return
    }
  })
  const idle = async () => {
    await (await desk?.catch(() => null))?.idle()
  }
  return { idle }
}
