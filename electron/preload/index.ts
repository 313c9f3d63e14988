// Exposes `window.desk`: one method per operation of the contract, nothing else, and
// `window.deskProgress` for the progress of the window's own long calls. The renderer never
// sees ipcRenderer. Built as one CommonJS file (a sandboxed preload cannot import).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelOf, operationNames, PROGRESS_CHANNEL, type DeskProgressBridge } from '../core/ops/contract'
import type { Progress } from '../core/ops/progress'

const desk = Object.fromEntries(
  operationNames.map((name) => [name, (args: unknown, callId?: string) => ipcRenderer.invoke(channelOf(name), args ?? {}, callId ?? null)]),
)

const deskProgress: DeskProgressBridge = {
  subscribe(listener) {
    const relay = (_event: IpcRendererEvent, callId: string, progress: Progress) => listener(callId, progress)
    ipcRenderer.on(PROGRESS_CHANNEL, relay)
    return () => void ipcRenderer.off(PROGRESS_CHANNEL, relay)
  },
}

contextBridge.exposeInMainWorld('desk', desk)
contextBridge.exposeInMainWorld('deskProgress', deskProgress)
