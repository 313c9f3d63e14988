// Upgrading to version 8: the look follows the system, the language and every record stay as
// they were; the new members are refused by version 7 (so an older app says "newer version").
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { migrate, migrationChain } from '../store/migrations'
import { DeskData } from './index'
import { DeskDataV7 } from './v7'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const v2 = async () => JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: Record<string, unknown> }

describe('a version 7 file, upgraded to version 8', () => {
  it('follows the system’s look, keeps its language and its records, and is valid', async () => {
    const v7 = migrate(2, (await v2()).data, { ...migrationChain, target: 7 }) as Record<string, unknown> & { settings: Record<string, unknown> }
    const data = DeskData.parse(migrate(7, structuredClone(v7), migrationChain))
    expect(data.settings.theme).toBe('system')
    expect(data.settings.language).toBe(v7.settings.language)
    expect(data.statusUpdates).toEqual((v7 as unknown as { statusUpdates: unknown[] }).statusUpdates)
    expect(data.statusUpdates.every((u) => u.delayReason === undefined)).toBe(true)
  })

  it('takes Kazakh and Uzbek as the interface language and a reason for a delay, which version 7 refused', async () => {
    const data = DeskData.parse(migrate(2, (await v2()).data, migrationChain))
    const withNew = { ...data, settings: { ...data.settings, language: 'kk' as const }, statusUpdates: data.statusUpdates.map((u) => ({ ...u, delayReason: 'Ждём согласования сторон' })) }
    expect(DeskData.safeParse(withNew).success).toBe(true)
    expect(DeskData.safeParse({ ...withNew, settings: { ...withNew.settings, language: 'de' } }).success).toBe(false)
    const { theme: _theme, ...v7Settings } = withNew.settings
    expect(DeskDataV7.safeParse({ ...withNew, settings: { ...v7Settings, language: 'en' } }).success).toBe(false)
    expect(DeskDataV7.safeParse({ ...withNew, settings: { ...v7Settings, language: 'uz' }, statusUpdates: data.statusUpdates }).success).toBe(false)
  })
})
