// The one app window: isolated, sandboxed, no Node, loading the renderer over app://.
import { BrowserWindow, dialog } from 'electron'
import type { InterfaceLanguage } from '../core/schema'
import { shellText } from './strings'
import { join } from 'node:path'
import { APP_PARTITION } from './appSession'
import { APP_ENTRY } from './trustedUrl'

/** Without `preload`, the page gets nothing from the core (the print view). */
export const secureWebPreferences = (preload?: string) => ({
  ...(preload ? { preload } : {}),
  // In memory only: see appSession.ts.
  partition: APP_PARTITION,
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
export function createMainWindow(outDir: string, language: () => InterfaceLanguage): BrowserWindow {
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
  // A form with unsaved changes holds the page (beforeunload); Electron then asks nothing by
  // itself and the window would just stay open, so the question is asked here.
  window.webContents.on('will-prevent-unload', (event) => {
    const t = shellText(language())
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: t('unsavedTitle'),
      message: t('unsavedMessage'),
      buttons: [t('closeWithoutSaving'), t('stay')],
      defaultId: 1,
      cancelId: 1,
    })
    if (choice === 0) event.preventDefault()
  })
  void window.loadURL(APP_ENTRY)
  return window
}
