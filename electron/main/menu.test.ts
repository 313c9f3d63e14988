import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electron, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { applyMenu } = await import('./menu')

type Item = { label?: string; submenu?: Item[] }
const labels = (items: Item[]): string[] => items.flatMap((i) => [...(i.label ? [i.label] : []), ...labels(i.submenu ?? [])])

describe('the application menu', () => {
  beforeEach(resetElectron)

  it('speaks the interface language, every item of it', () => {
    applyMenu('ru', '/data')
    const russian = labels(electron.Menu.template as Item[])
    expect(russian).toContain('&Файл')
    expect(russian).toContain('Открыть папку с данными')
    applyMenu('en', '/data')
    const english = labels(electron.Menu.template as Item[])
    expect(english).toContain('Open Data Folder')
    expect(english.some((l) => /[А-Яа-я]/.test(l))).toBe(false)
    expect(english).toHaveLength(russian.length)
  })
})
