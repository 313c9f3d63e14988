// Exposes `window.desk`: one method per operation of the contract, nothing else. The renderer
// never sees ipcRenderer. Built as one CommonJS file (a sandboxed preload cannot import).
import { contextBridge, ipcRenderer } from 'electron'
import { channelOf, operationNames } from '../core/ops/contract'

const desk = Object.fromEntries(
  operationNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelOf(name), args ?? {})]),
)

contextBridge.exposeInMainWorld('desk', desk)
