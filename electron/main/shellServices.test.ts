import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PRINT_WINDOW_WIDTH, type PrintableBrief } from '../core/briefs/printable'
import { electron, FakeBrowserWindow, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { electronShell } = await import('./shellServices')
const { OpenedFiles } = await import('./openedFiles')

const doc: PrintableBrief = {
  language: 'ru',
  marking: 'ДСП',
  title: '</script><script>alert(1)</script>',
  cover: [],
  footer: '',
  sections: [],
  edition: 'principal',
  layout: { margins: { top: 20, right: 10, bottom: 20, left: 20 }, pageNumbers: 'top' },
  letterhead: { organisation: '', emblem: null, place: '' },
  emblemImage: null,
  copy: null,
}
const shell = (language: 'ru' | 'en' = 'ru', opened = new OpenedFiles([], () => undefined)) => electronShell(() => language, opened)

describe('the shell’s services to the core', () => {
  beforeEach(resetElectron)

  it('asks where to save with the file’s kind as a filter, in the interface language; a cancel is null', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/user/documents/brief.pdf' })
    expect(await shell('ru').chooseSavePath('brief.pdf', 'pdf')).toBe('/home/user/documents/brief.pdf')
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: '/home/user/documents/brief.pdf', filters: [{ name: 'Документы PDF', extensions: ['pdf'] }] }))
    expect(await shell('en').chooseSavePath('x.ddx', 'ddx')).toBeNull()
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ filters: [{ name: 'Delegation Desk exchange files', extensions: ['ddx'] }] }))
  })

  it('chooses files in a dialog; a cancel is none', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.xlsx', '/b.docx'] })
    expect(await shell().chooseFiles()).toEqual(['/a.xlsx', '/b.docx'])
    expect(await shell().chooseFiles()).toEqual([])
  })

  it('says when the system viewer could not open a file', async () => {
    electron.shell.openPath.mockResolvedValueOnce('No application knows this file')
    await expect(shell().openPath('/data/files/x/a.zzz')).rejects.toThrow('No application knows this file')
    await expect(shell().openPath('/data/files/x/a.pdf')).resolves.toBeUndefined()
  })

  it('lays a brief out in a hidden window without a preload, passes it as data and prints A4; restamps it for the next copy; lets it go after a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const services = shell()
      const pdf = await services.briefPdf(doc)
      expect(new TextDecoder().decode(pdf)).toContain('%PDF')
      const window = FakeBrowserWindow.created[0]!
      expect(window.options).toMatchObject({ show: false })
      // The print view hides what it lays out at this width from print media (printerPages.ts): no sheet is as wide.
      expect(window.options).toMatchObject({ width: PRINT_WINDOW_WIDTH, useContentSize: true })
      expect((window.options.webPreferences as object)).not.toHaveProperty('preload')
      expect(window.loaded).toEqual(['app://desk/print.html'])
      // The document crosses as a JSON literal: its text can close no script.
      expect(window.webContents.executed).toEqual([`window.renderBrief(${JSON.stringify(doc)})`])
      expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }))

      // The next copy of the same document: the same pages, restamped.
      const copy = { number: 2, recipient: '</script>Послу', watermark: true }
      await services.briefPdf({ ...doc, copy })
      expect(FakeBrowserWindow.created).toHaveLength(1)
      expect(window.webContents.executed.at(-1)).toBe(`window.stampCopy(${JSON.stringify(copy)})`)
      // Another document: pages of its own; the old window goes.
      await services.printBrief({ ...doc, title: 'Другие материалы' })
      expect(window.destroyed).toBe(true)
      const other = FakeBrowserWindow.created[1]!
      expect(other.destroyed).toBe(false)
      // Unused for a while, the window goes too.
      await vi.advanceTimersByTimeAsync(30_000)
      expect(other.destroyed).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('lets pages go that failed to print', async () => {
    const services = shell()
    await services.briefPdf(doc)
    const window = FakeBrowserWindow.created[0]!
    window.webContents.print.mockImplementationOnce((_options, callback) => callback(false, 'printer on fire'))
    await expect(services.printBrief(doc)).rejects.toThrow('printer on fire')
    expect(window.destroyed).toBe(true)
  })

  it('hands over every file the system opened, once', async () => {
    const opened = new OpenedFiles(['/a.ddx'], () => undefined)
    opened.add(['/b.ddx'])
    const services = shell('ru', opened)
    expect(await services.takeOpenedFiles()).toEqual(['/a.ddx', '/b.ddx'])
    expect(await services.takeOpenedFiles()).toEqual([])
  })

  it('keeps the data key in the OS keychain when there is a real one, and says when it cannot open a blob', async () => {
    const services = shell()
    expect(await services.keychainAvailable()).toBe(true)
    const key = new Uint8Array([1, 2, 3, 250])
    const blob = await services.protectSecret(key)
    expect(blob).not.toBeNull()
    expect(await services.unprotectSecret(blob!)).toEqual(key)
    expect(await services.unprotectSecret(new Uint8Array([0, 1, 2]))).toBeNull()
    if (process.platform === 'linux') {
      // Electron's fallback without a keyring is a fixed key: no protection, so none is offered.
      electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text')
      expect(await services.keychainAvailable()).toBe(false)
      expect(await services.protectSecret(key)).toBeNull()
      electron.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret')
    }
  })
})
