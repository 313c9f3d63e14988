import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { lockOnSystemEvents, menuFollowing, quitAfterFlush } from './lifecycle'

describe('quitting', () => {
  it('waits until the core has every accepted change on disk, then quits', async () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() })
    let flushed!: () => void
    const flush = vi.fn(() => new Promise<void>((resolve) => (flushed = resolve)))
    quitAfterFlush(app, flush)
    const first = { preventDefault: vi.fn() }
    app.emit('before-quit', first)
    expect(first.preventDefault).toHaveBeenCalled()
    expect(app.quit).not.toHaveBeenCalled()
    flushed()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1))
    // The quit that follows goes through.
    const second = { preventDefault: vi.fn() }
    app.emit('before-quit', second)
    expect(second.preventDefault).not.toHaveBeenCalled()
    expect(flush).toHaveBeenCalledTimes(1)
  })

  it('still quits when the last write fails', async () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() })
    quitAfterFlush(app, () => Promise.reject(new Error('disk gone')))
    app.emit('before-quit', { preventDefault: vi.fn() })
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
  })
})

describe('the menu', () => {
  it('is rebuilt when the language changes, and only then', () => {
    let language: 'ru' | 'en' = 'ru'
    const apply = vi.fn()
    const refresh = menuFollowing(() => language, apply)
    refresh()
    refresh()
    language = 'en'
    refresh()
    expect(apply.mock.calls).toEqual([['ru'], ['en']])
  })
})

describe('locking on the system’s signals', () => {
  it('locks when the screen is locked or the laptop goes to sleep', () => {
    const monitor = new EventEmitter()
    const lock = vi.fn(async () => undefined)
    lockOnSystemEvents(monitor, lock)
    monitor.emit('lock-screen')
    monitor.emit('suspend')
    monitor.emit('resume')
    expect(lock).toHaveBeenCalledTimes(2)
  })
})
