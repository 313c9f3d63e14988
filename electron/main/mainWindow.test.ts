import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electron, FakeBrowserWindow, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { createMainWindow, secureWebPreferences } = await import('./mainWindow')

describe('the app window', () => {
  beforeEach(resetElectron)

  it('is isolated, sandboxed and without Node, with the preload, and loads the app over app://', () => {
    createMainWindow('/opt/desk/out', () => 'ru')
    const window = FakeBrowserWindow.created[0]!
    expect(window.options.webPreferences).toEqual(secureWebPreferences('/opt/desk/out/preload/index.cjs'))
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false })
    expect(window.loaded).toEqual(['app://desk/index.html'])
    // A session in memory: nothing of the page reaches the disk.
    expect((window.options.webPreferences as { partition: string }).partition).not.toMatch(/^persist:/)
  })

  it('has the print view’s windows without a preload: they get nothing from the core', () => {
    expect(secureWebPreferences()).not.toHaveProperty('preload')
    expect(secureWebPreferences()).toMatchObject({ sandbox: true, contextIsolation: true })
  })

  it('asks before closing over unsaved changes, in the interface language, and stays unless told to close', () => {
    createMainWindow('/opt/desk/out', () => 'en')
    const contents = FakeBrowserWindow.created[0]!.webContents
    const stay = { preventDefault: vi.fn() }
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1)
    contents.emit('will-prevent-unload', stay)
    expect(stay.preventDefault).not.toHaveBeenCalled()
    expect(electron.dialog.showMessageBoxSync).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ title: 'Unsaved changes', buttons: ['Close without saving', 'Stay'] }))
    const close = { preventDefault: vi.fn() }
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0)
    contents.emit('will-prevent-unload', close)
    expect(close.preventDefault).toHaveBeenCalled()
  })
})
