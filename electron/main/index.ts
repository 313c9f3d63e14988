// The Electron shell: folders, single instance, security, app:// protocol, the window, the menu,
// and the core, which runs in its own process (electron/core, which never imports electron):
// the main process relays the window's calls to it and answers its requests for dialogs,
// printing and the system viewer.
import { app, BrowserWindow, dialog, powerMonitor } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { effectiveLanguage } from '../core/domain/language'
import { EVENTS_CHANNEL, type WindowEvent } from '../core/ops/contract'
import { CoreHost } from '../core/process/host'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { utilityCoreLauncher } from './coreProcess'
import { dataDirIn, dataDirOverride } from './dataFolder'
import { registerOperations } from './ipc'
import { lockOnSystemEvents, menuFollowing, quitAfterFlush } from './lifecycle'
import { createMainWindow } from './mainWindow'
import { applyMenu } from './menu'
import { exchangeFilesIn, OpenedFiles } from './openedFiles'
import { applySecurityPolicy } from './security'
import { electronShell } from './shellServices'
import { shellText } from './strings'

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..')

// Before the lock: the lock is per user-data folder, so each folder is its own instance.
const override = dataDirOverride(process.argv, process.env)
if (override) app.setPath('userData', override)

/** Tells every window (there is one) something it hears without asking. */
const broadcast = (event: WindowEvent) => {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(EVENTS_CHANNEL, event)
}

if (!app.requestSingleInstanceLock()) {
  app.exit(0)
} else {
  registerAppScheme()
  let mainWindow: BrowserWindow | null = null
  // Exchange files the system asked us to open, every one of them; the window is told at once.
  const openedFiles = new OpenedFiles(exchangeFilesIn(process.argv), () => broadcast({ type: 'files_opened' }))
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openedFiles.add([path])
    mainWindow?.focus()
  })
  app.on('second-instance', (_event, argv) => {
    openedFiles.add(exchangeFilesIn(argv))
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.whenReady().then(async () => {
    applySecurityPolicy()
    serveRenderer(join(outDir, 'renderer'))

    const dataDir = dataDirIn(app.getPath('userData'))
    let core: CoreHost | null = null
    // The shell's menu and dialogs speak the interface language, which the opened data decides.
    const language = () => effectiveLanguage(core?.status?.settings.language ?? null, app.getLocale())
    // Locks when asked (the menu, Ctrl+L, the screen locked, sleep); the window is told.
    const lockNow = async () => {
      const answer = await core?.call('lock', {})
      if (answer?.ok) broadcast({ type: 'locked' })
    }
    const refreshMenu = menuFollowing(language, (l) => applyMenu(l, dataDir, () => void lockNow()))
    // The window loads while the core opens the data; its first calls wait for the core.
    core = CoreHost.launch(
      utilityCoreLauncher(join(outDir, 'main', 'core.js')),
      // DESK_TODAY fixes "today" for tests and demonstrations.
      { dataDir, today: process.env.DESK_TODAY ?? null, log: true, loadDemo: process.argv.includes('--load-demo') },
      electronShell(language, openedFiles),
      (event) => {
        if (event.type === 'settings') refreshMenu()
        else if (event.type === 'core_restarted') broadcast({ type: 'core_restarted' })
        else dialog.showErrorBox('Delegation Desk', shellText(language())('coreFailed'))
      },
    )
    registerOperations(core)
    lockOnSystemEvents(powerMonitor, lockNow)

    // Every accepted change is on disk before the process ends.
    const started = core
    quitAfterFlush(app, () => started.close())
    app.on('window-all-closed', () => app.quit())

    refreshMenu()
    mainWindow = createMainWindow(outDir, language)
    await started.opened()
    // In the language the opened data chose.
    refreshMenu()
  }).catch((e: unknown) => {
    dialog.showErrorBox('Delegation Desk', e instanceof Error ? e.stack ?? e.message : String(e))
    app.exit(1)
  })
}
