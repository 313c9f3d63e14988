import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tempDir } from '../core/test-support/tempDir'
import { electron, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { CONTENT_SECURITY_POLICY, registerAppScheme, serveRenderer } = await import('./appProtocol')

async function served() {
  const root = await tempDir()
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>')
  await mkdir(join(root, 'assets'))
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)')
  serveRenderer(root)
  const handler = electron.protocol.handlers.get('app')!
  return (url: string) => handler(new Request(url))
}

describe('the app:// protocol', () => {
  beforeEach(resetElectron)

  it('is registered as a standard, secure scheme whose compiled code is cached between starts', () => {
    registerAppScheme()
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }])
  })

  it('serves the renderer’s files with the Content-Security-Policy and nosniff on every answer', async () => {
    const get = await served()
    for (const url of ['app://desk/', 'app://desk/index.html', 'app://desk/assets/index.js?v=1']) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    }
    expect(await (await get('app://desk/')).text()).toContain('<title>app</title>')
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/)
  })

  it('answers 404 for another host, a missing file, and never serves a file outside the renderer folder', async () => {
    const get = await served()
    expect((await get('app://other/index.html')).status).toBe(404)
    expect((await get('app://desk/missing.js')).status).toBe(404)
    for (const url of ['app://desk/../../etc/passwd', 'app://desk/%2e%2e/%2e%2e/etc/passwd', 'app://desk/assets/..%2f..%2f..%2fetc/hostname']) {
      expect((await get(url)).status, url).toBe(404)
      const asked = electron.net.fetch.mock.calls.at(-1)?.[0] as string
      expect(decodeURIComponent(asked)).not.toMatch(/^file:\/\/\/etc\//)
    }
  })
})
