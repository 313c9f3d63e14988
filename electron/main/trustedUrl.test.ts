import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAppUrl, resolveAppUrl } from './trustedUrl'

describe('isAppUrl', () => {
  it.each([
    ['app://desk/index.html', true],
    ['app://desk/assets/index.js', true],
    ['app://evil/index.html', false],
    ['file:///etc/passwd', false],
    ['https://desk/index.html', false],
    ['http://127.0.0.1/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isAppUrl(url)).toBe(expected))
})

describe('resolveAppUrl', () => {
  const root = '/opt/desk/renderer'
  it('maps app files into the renderer folder', () => {
    expect(resolveAppUrl('app://desk/', root)).toBe(join(root, 'index.html'))
    expect(resolveAppUrl('app://desk/assets/a.js?x=1', root)).toBe(join(root, 'assets/a.js'))
  })
  it.each([
    'app://desk/../../etc/passwd',
    'app://desk/%2e%2e/%2e%2e/etc/passwd',
    'app://desk/assets/..%2f..%2f..%2fetc/passwd',
  ])('never leaves the renderer folder: %s', (url) => {
    expect(resolveAppUrl(url, root)).toBe(join(root, 'etc/passwd'))
  })
  it('serves only its own host', () => expect(resolveAppUrl('app://other/index.html', root)).toBeNull())
})
