import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electron, FakeWebContents, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { applySecurityPolicy } = await import('./security')

function contentsUnderPolicy() {
  applySecurityPolicy()
  const contents = new FakeWebContents()
  electron.app.emit('web-contents-created', {}, contents)
  return contents
}

const prevented = (contents: FakeWebContents, event: string, ...args: unknown[]) => {
  const preventDefault = vi.fn()
  contents.emit(event, { preventDefault }, ...args)
  return preventDefault.mock.calls.length > 0
}

describe('the security policy', () => {
  beforeEach(resetElectron)

  it('denies new windows whatever they would open', () => {
    const contents = contentsUnderPolicy()
    for (const url of ['https://example.com/', 'app://desk/index.html', 'javascript:alert(1)']) expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
  })

  it('stops navigation and redirects away from the app, and lets the app’s own pages be', () => {
    const contents = contentsUnderPolicy()
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(prevented(contents, event, 'https://example.com/'), event).toBe(true)
      expect(prevented(contents, event, 'file:///etc/passwd'), event).toBe(true)
      expect(prevented(contents, event, 'app://desk/index.html#/settings'), event).toBe(false)
    }
  })

  it('refuses every webview', () => {
    expect(prevented(contentsUnderPolicy(), 'will-attach-webview', {}, {})).toBe(true)
  })

  it('grants no permission, asked or checked', () => {
    applySecurityPolicy()
    const { defaultSession } = electron.session
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn()
      defaultSession.permissionRequestHandler!({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(defaultSession.permissionCheckHandler!()).toBe(false)
  })

  it.each([
    ['https://example.com/font.woff2', true],
    ['http://127.0.0.1:8080/', true],
    ['ws://localhost/', true],
    ['file:///etc/passwd', true],
    ['app://desk/assets/index.js', false],
    ['data:image/png;base64,AAAA', false],
    ['devtools://devtools/bundled/inspector.html', false],
  ])('request to %s cancelled: %s', (url, cancelled) => {
    applySecurityPolicy()
    const callback = vi.fn()
    electron.session.defaultSession.beforeRequest!({ url }, callback)
    expect(callback).toHaveBeenCalledWith({ cancel: cancelled })
  })
})
