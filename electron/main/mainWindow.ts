// The one app window: isolated, sandboxed, no Node, loading the renderer over app://.
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY } from './trustedUrl'

export const secureWebPreferences = (preload: string) => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
})

/** `outDir` is the build output (out/); the icon sits in assets/ beside it. */
export function createMainWindow(outDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Delegation Desk',
    icon: join(outDir, '..', 'assets', 'icon.png'),
    backgroundColor: '#faf9f8',
    webPreferences: secureWebPreferences(join(outDir, 'preload', 'index.cjs')),
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(APP_ENTRY)
  return window
}
