// What the core asks of the desktop: a file dialog and the system viewer.
import { BrowserWindow, dialog, shell } from 'electron'
import type { ShellServices } from '../core/ops/handlers/context'

export const electronShell: ShellServices = {
  async chooseFiles() {
    const parent = BrowserWindow.getFocusedWindow()
    const options = { properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] }
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  },
  async openPath(path) {
    // openPath resolves to an error message, or '' when the file opened.
    const problem = await shell.openPath(path)
    if (problem) throw new Error(problem)
  },
}
