// The application menu, in the interface language. Rebuilt when the language changes.
import { Menu, app, dialog, shell, type MenuItemConstructorOptions } from 'electron'
import type { TFunction } from 'i18next'
import type { InterfaceLanguage } from '../core/schema'
import { shellText } from './strings'

function template(t: TFunction, dataDir: string, lock: () => void): MenuItemConstructorOptions[] {
  return [
    {
      label: t('file'),
      submenu: [
        { label: t('openDataFolder'), click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        { label: t('lock'), accelerator: 'CmdOrCtrl+L', click: lock },
        { type: 'separator' },
        { label: t('quit'), role: 'quit' },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { label: t('undo'), role: 'undo' },
        { label: t('redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { label: t('reload'), role: 'reload' },
        { type: 'separator' },
        { label: t('resetZoom'), role: 'resetZoom' },
        { label: t('zoomIn'), role: 'zoomIn' },
        { label: t('zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { label: t('fullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('window'),
      submenu: [
        { label: t('minimize'), role: 'minimize' },
        { label: t('close'), role: 'close' },
      ],
    },
    {
      label: t('help'),
      submenu: [
        {
          label: t('about'),
          click: () => void dialog.showMessageBox({ message: `Delegation Desk ${app.getVersion()}`, detail: dataDir }),
        },
      ],
    },
  ]
}

/** `lock`: the menu's Lock (Ctrl+L); with encryption at rest off it does nothing. */
export function applyMenu(language: InterfaceLanguage, dataDir: string, lock: () => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template(shellText(language), dataDir, lock)))
}
