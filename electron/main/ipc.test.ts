import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channelOf, EVENTS_CHANNEL, operationNames } from '../core/ops/contract'
import type { CallOptions } from '../core/process/host'
import { electron, FakeWebContents, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { registerOperations } = await import('./ipc')

const answer = { ok: true as const, value: 'answered' }
const frame = (url: string, parent: object | null = null) => ({ url, parent })
const invoke = (event: object, name = 'getStatus', args: unknown = {}, callId: unknown = null) => electron.ipcMain.handlers.get(channelOf(name as 'getStatus'))!(event, args, callId)

describe('the IPC relay', () => {
  beforeEach(resetElectron)

  it('registers exactly one handler per operation', () => {
    registerOperations({ call: vi.fn() })
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(operationNames.map(channelOf).sort())
  })

  it('relays a call from the app’s own top frame, with its id, and sends its progress back to that window', async () => {
    const sender = new FakeWebContents()
    const call = vi.fn(async (_name: unknown, _args: unknown, options: CallOptions = {}) => {
      options.onProgress?.({ step: 'layout', done: null, total: null, cancellable: true })
      return answer
    })
    registerOperations({ call })
    expect(await invoke({ senderFrame: frame('app://desk/index.html'), sender }, 'saveBriefPdf', { id: 'x' }, 'call-1')).toEqual(answer)
    expect(call).toHaveBeenCalledWith('saveBriefPdf', { id: 'x' }, expect.objectContaining({ callId: 'call-1' }))
    expect(sender.sent).toEqual([[EVENTS_CHANNEL, { type: 'progress', callId: 'call-1', progress: { step: 'layout', done: null, total: null, cancellable: true } }]])
  })

  it.each([
    ['another origin', { senderFrame: frame('https://evil.example/') }],
    ['a file:// page', { senderFrame: frame('file:///etc/passwd') }],
    ['a frame inside the app’s window', { senderFrame: frame('app://desk/print.html', frame('app://desk/index.html')) }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses a call from %s and never reaches the core', async (_what, event) => {
    const call = vi.fn()
    registerOperations({ call })
    expect(await invoke({ ...event, sender: new FakeWebContents() })).toMatchObject({ ok: false, error: { code: 'blocked' } })
    expect(call).not.toHaveBeenCalled()
  })

  it('takes only a short string as a call id, and sends nothing to a window that has gone', async () => {
    const sender = new FakeWebContents()
    sender.destroyed = true
    const call = vi.fn(async (_n: unknown, _a: unknown, options: CallOptions = {}) => {
      options.onProgress?.({ step: 'reading', done: 1, total: 2, cancellable: true })
      return answer
    })
    registerOperations({ call })
    for (const bad of [{ evil: true }, 'x'.repeat(101), '', 42]) {
      await invoke({ senderFrame: frame('app://desk/index.html'), sender }, 'getStatus', {}, bad)
      expect(call).toHaveBeenLastCalledWith('getStatus', {}, expect.objectContaining({ callId: null }))
    }
    await invoke({ senderFrame: frame('app://desk/index.html'), sender }, 'getStatus', {}, 'ok-id')
    expect(sender.sent).toEqual([])
  })
})
