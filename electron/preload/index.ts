// Exposes `window.desk`: one method per operation of the contract, nothing else, and
// `window.deskEvents` for what the window hears without asking (its long calls' progress, a
// restarted core, files opened by the system). The renderer never sees ipcRenderer. Built as one
// CommonJS file (a sandboxed preload cannot import).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelOf, EVENTS_CHANNEL, operationNames, type DeskEventsBridge, type WindowEvent } from '../core/ops/contract'

const desk = Object.fromEntries(
  operationNames.map((name) => [name, (args: unknown, callId?: string) => ipcRenderer.invoke(channelOf(name), args ?? {}, callId ?? null)]),
)

const deskEvents: DeskEventsBridge = {
  subscribe(listener) {
    const relay = (_event: IpcRendererEvent, event: WindowEvent) => listener(event)
    ipcRenderer.on(EVENTS_CHANNEL, relay)
    return () => void ipcRenderer.off(EVENTS_CHANNEL, relay)
  },
}

contextBridge.exposeInMainWorld('desk', desk)
contextBridge.exposeInMainWorld('deskEvents', deskEvents)
