// What the core asks of the desktop: file dialogs, the system viewer, and the print view's pages
// as a PDF or on the printer.
import { app, BrowserWindow, dialog, safeStorage, shell, type WebContents } from 'electron'
import { join } from 'node:path'
import { PRINT_WINDOW_WIDTH, type PrintableBrief } from '../core/briefs/printable'
import { reusedLayout } from '../core/briefs/reusedLayout'
import type { ExportFormat, ShellServices } from '../core/ops/handlers/context'
import type { InterfaceLanguage } from '../core/schema'
import { secureWebPreferences } from './mainWindow'
import { showReminderNotice } from './reminderNotices'
import type { OpenedFiles } from './openedFiles'
import { shellText } from './strings'
import { PRINT_VIEW } from './trustedUrl'

const parentWindow = () => BrowserWindow.getFocusedWindow() ?? undefined

/**
 * The OS keychain (Keychain, DPAPI, the Secret Service or KWallet). On Linux without one, Electron
 * falls back to a fixed key ("basic_text"): that protects nothing, so it counts as none.
 */
const keychainUsable = () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text')

/**
 * Pages laid out in a hidden window (the renderer's print view, without a preload: it needs
 * nothing from the core), kept a while for the next copy of the same document. Its page is
 * exactly PRINT_WINDOW_WIDTH wide, frame or none: the print view relies on it (printable.ts).
 */
const hiddenPages = () =>
  reusedLayout<BrowserWindow>({
    async open(doc) {
      const window = new BrowserWindow({ show: false, width: PRINT_WINDOW_WIDTH, height: 1200, useContentSize: true, webPreferences: secureWebPreferences() })
      try {
        await window.loadURL(PRINT_VIEW)
        // JSON is a JavaScript expression: the document crosses as data, never as code.
        await window.webContents.executeJavaScript(`window.renderBrief(${JSON.stringify(doc)})`)
        return window
      } catch (error) {
        window.destroy()
        throw error
      }
    },
    stamp: (window, copy) => window.webContents.executeJavaScript(`window.stampCopy(${JSON.stringify(copy)})`),
    close: async (window) => window.destroy(),
  })

/** `openedFiles`: what the system asked the app to open (a double-clicked .ddx). */
export function electronShell(language: () => InterfaceLanguage, openedFiles: Pick<OpenedFiles, 'take'>): ShellServices {
  const pages = hiddenPages()
  const withPages = <T>(doc: PrintableBrief, use: (contents: WebContents) => Promise<T>) => pages.with(doc, (window) => use(window.webContents))
  return {
    async chooseFiles() {
      const options = { properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] }
      const parent = parentWindow()
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
    async openPath(path) {
      // openPath resolves to an error message, or '' when the file opened.
      const problem = await shell.openPath(path)
      if (problem) throw new Error(problem)
    },
    async chooseSavePath(fileName, format: ExportFormat) {
      const t = shellText(language())
      const options = {
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [{ name: t(`files.${format}`), extensions: [format] }],
      }
      const parent = parentWindow()
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    briefPdf: (doc) =>
      // The print view sets A4 and its margins itself (@page); Electron's default would be Letter.
      withPages(doc, (contents) => contents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } })),
    takeOpenedFiles: async () => openedFiles.take(),
    keychainAvailable: async () => keychainUsable(),
    protectSecret: async (secret) => (keychainUsable() ? new Uint8Array(safeStorage.encryptString(Buffer.from(secret).toString('base64'))) : null),
    async unprotectSecret(blob) {
      if (!keychainUsable()) return null
      try {
        return new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(blob)), 'base64'))
      } catch {
        return null
      }
    },
    notifyReminders: async (reminders) => showReminderNotice(reminders, language()),
    printBrief: (doc) =>
      withPages(
        doc,
        (contents) =>
          new Promise<void>((resolve, reject) => {
            contents.print({ printBackground: true }, (success, reason) => (success || reason === 'cancelled' ? resolve() : reject(new Error(reason))))
          }),
      ),
  }
}
