// Checks that only mean something in Electron: the window's isolation, the page's lack of Node,
// the app:// origin and the single-instance lock. On the Chromium host they are skipped.
import { spawn } from 'node:child_process'
import { findElectronBinary } from '../electron/tools/electronBinary.mjs'
import { expect, test } from './fixtures/app'
import { repoRoot } from './fixtures/build'

test.beforeEach(({ app }) => {
  test.skip(app.host !== 'electron', 'Electron-only check')
})

test('every window is isolated, sandboxed and without Node', async ({ app }) => {
  // getLastWebPreferences is Electron's internal record of the preferences a page really got;
  // it is missing from electron.d.ts, hence the cast.
  type Inspectable = { getLastWebPreferences?: () => Record<string, unknown> | null }
  const preferences = await app.electronApp!.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => {
      const p = (w.webContents as unknown as Inspectable).getLastWebPreferences?.() ?? {}
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webviewTag: p.webviewTag }
    }),
  )
  expect(preferences.length).toBeGreaterThan(0)
  for (const p of preferences) expect(p).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
})

test('the page has no require, process or ipcRenderer, and is served from app://', async ({ app }) => {
  const globals = await app.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return [typeof w.require, typeof w.process, typeof w.module, typeof w.ipcRenderer, typeof w.electron]
  })
  expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined'])
  expect(app.page.url()).toMatch(/^app:\/\/desk\//)
})

test('a second instance on the same data folder exits and leaves the first running', async ({ app }) => {
  const binary = findElectronBinary()
  if (!binary.path) throw new Error('unreachable: the Electron host runs only with a binary')
  const second = spawn(binary.path, [repoRoot, `--data-dir=${app.userDataDir}`], { stdio: 'ignore' })
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve))
  expect(code).toBe(0)
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()
})
