import { describe, expect, it, vi } from 'vitest'
import { channelOf, EVENTS_CHANNEL, operationNames, type DeskEventsBridge } from '../core/ops/contract'
import { electron } from '../main/test-support/electronStandIn'

vi.mock('electron', async () => (await import('../main/test-support/electronStandIn')).electron)
await import('./index')

describe('the preload', () => {
  it('exposes window.desk with one method per operation and window.deskEvents, nothing else, never ipcRenderer', () => {
    expect([...electron.contextBridge.exposed.keys()].sort()).toEqual(['desk', 'deskEvents'])
    const desk = electron.contextBridge.exposed.get('desk') as Record<string, unknown>
    expect(Object.keys(desk).sort()).toEqual([...operationNames].sort())
    expect(Object.values(desk).every((m) => typeof m === 'function')).toBe(true)
    expect(Object.keys(electron.contextBridge.exposed.get('deskEvents') as object)).toEqual(['subscribe'])
  })

  it('invokes each operation on its own channel, with the call id when there is one', async () => {
    const desk = electron.contextBridge.exposed.get('desk') as Record<string, (args?: unknown, callId?: string) => Promise<unknown>>
    await desk.saveBriefPdf!({ id: 'x', version: null }, 'call-7')
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelOf('saveBriefPdf'), { id: 'x', version: null }, 'call-7')
    await desk.getStatus!()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelOf('getStatus'), {}, null)
  })

  it('relays the window’s events to a listener until it unsubscribes', () => {
    const events = electron.contextBridge.exposed.get('deskEvents') as DeskEventsBridge
    const listener = vi.fn()
    const stop = events.subscribe(listener)
    electron.ipcRenderer.emit(EVENTS_CHANNEL, {}, { type: 'files_opened' })
    stop()
    electron.ipcRenderer.emit(EVENTS_CHANNEL, {}, { type: 'core_restarted' })
    expect(listener.mock.calls).toEqual([[{ type: 'files_opened' }]])
  })
})
