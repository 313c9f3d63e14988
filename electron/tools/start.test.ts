// `npm start` on a machine without the Electron binary: it tries Electron's own installer first
// (seen here as the request it makes to a mirror), and only then explains how to install Electron
// offline, exiting non-zero.
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../core/test-support/tempDir'
import { findElectronBinary } from './electronBinary.mjs'

const START = fileURLToPath(new URL('./start.mjs', import.meta.url))
const installed = findElectronBinary().path !== null

describe.skipIf(installed)('npm start without the Electron binary (skipped where Electron is installed: it would start)', () => {
  it('tries the download first, then says how to install offline and exits 1', { timeout: 60_000 }, async () => {
    const requested: string[] = []
    const mirror = createServer((request, response) => {
      requested.push(request.url ?? '')
      response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve))
    const { port } = mirror.address() as AddressInfo
    try {
      const env = { ...process.env, ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: await tempDir(), ELECTRON_OVERRIDE_DIST_PATH: '' }
      const child = spawn(process.execPath, [START], { env })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
      expect(code).toBe(1)
      const { version } = (await import('electron/package.json', { with: { type: 'json' } })).default as { version: string }
      expect(requested.some((url) => url.includes(`electron-v${version}-${process.platform}-${process.arch}.zip`))).toBe(true)
      expect(output).toContain('downloading it (the first start only)')
      expect(output).toContain('ELECTRON_MIRROR=https://mirror.example/electron/ npx install-electron')
      expect(output).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron npm start')
    } finally {
      mirror.close()
    }
  })
})
