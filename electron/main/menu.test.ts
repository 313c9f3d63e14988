import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electron, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { applyMenu } = await import('./menu')

type Item = { label?: string; submenu?: Item[] }
const labels = (items: Item[]): string[] => items.flatMap((i) => [...(i.label ? [i.label] : []), ...labels(i.submenu ?? [])])

describe('the application menu', () => {
  beforeEach(resetElectron)

  it('speaks the interface language, every item of it', () => {
    applyMenu('ru', '/data', () => undefined)
    const russian = labels(electron.Menu.template as Item[])
    expect(russian).toContain('&Файл')
    expect(russian).toContain('Открыть папку с данными')
    applyMenu('en', '/data', () => undefined)
    const english = labels(electron.Menu.template as Item[])
    expect(english).toContain('Open Data Folder')
    expect(english.some((l) => /[А-Яа-я]/.test(l))).toBe(false)
    expect(english).toHaveLength(russian.length)
  })

  it('locks from the File menu and with Ctrl+L', () => {
    const lock = vi.fn()
    applyMenu('en', '/data', lock)
    const file = (electron.Menu.template as (Item & { accelerator?: string; click?: () => void })[])[0]!.submenu as (Item & { accelerator?: string; click?: () => void })[]
    const item = file.find((i) => i.label === 'Lock')!
    expect(item.accelerator).toBe('CmdOrCtrl+L')
    item.click!()
    expect(lock).toHaveBeenCalled()
  })
})
