// The Electron shell: folders, single instance, security, app:// protocol, IPC and the menu.
// Everything else lives in ../core, which never imports electron.
import { app, BrowserWindow, dialog } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { clockFrom, systemClock } from '../core/clock'
import { Desk } from '../core/desk'
import { effectiveLanguage } from '../core/domain/language'
import { EXCHANGE_EXTENSION } from '../core/exchange/format'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { dataDirIn, dataDirOverride } from './dataFolder'
import { registerOperations } from './ipc'
import { createMainWindow } from './mainWindow'
import { electronShell } from './shellServices'
import { applyMenu } from './menu'
import { applySecurityPolicy } from './security'

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The exchange files named on a command line (a double-click on Windows and Linux passes the path). */
const exchangeFilesIn = (argv: string[]) => argv.slice(1).filter((arg) => arg.toLowerCase().endsWith(`.${EXCHANGE_EXTENSION}`))

// Before the lock: the lock is per user-data folder, so each folder is its own instance.
const override = dataDirOverride(process.argv, process.env)
if (override) app.setPath('userData', override)

if (!app.requestSingleInstanceLock()) {
  app.exit(0)
} else {
  registerAppScheme()
  let mainWindow: BrowserWindow | null = null
  // Exchange files the system asked us to open; the window takes them when it has focus.
  const openedFiles = exchangeFilesIn(process.argv)
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openedFiles.push(path)
    mainWindow?.focus()
  })

  app.on('second-instance', (_event, argv) => {
    openedFiles.push(...exchangeFilesIn(argv))
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.whenReady().then(async () => {
    applySecurityPolicy()
    serveRenderer(join(outDir, 'renderer'))

    const dataDir = dataDirIn(app.getPath('userData'))
    // DESK_TODAY fixes "today" for tests and demonstrations.
    const clock = process.env.DESK_TODAY ? clockFrom(process.env.DESK_TODAY) : systemClock
    // The shell's dialogs speak the interface language, which the opened data decides.
    const desk = await Desk.open({ dataDir, clock, shell: electronShell(() => language(), openedFiles), log: true })
    if (process.argv.includes('--load-demo') && desk.status().state === 'first_run') {
      await desk.dispatch('loadDemo', {})
    }

    const language = () => effectiveLanguage(desk.status().settings.language, app.getLocale())
    const refreshMenu = () => applyMenu(language(), dataDir)
    refreshMenu()
    registerOperations(desk, (name) => {
      if (name === 'updateSettings' || name === 'loadDemo') refreshMenu()
    })

    // Every accepted change is on disk before the process ends.
    let flushed = false
    app.on('before-quit', (event) => {
      if (flushed) return
      event.preventDefault()
      void desk.idle().finally(() => {
        flushed = true
        app.quit()
      })
    })
    app.on('window-all-closed', () => app.quit())

    mainWindow = createMainWindow(outDir, language)
  }).catch((e: unknown) => {
    dialog.showErrorBox('Delegation Desk', e instanceof Error ? e.stack ?? e.message : String(e))
    app.exit(1)
  })
}
