// Upgrading to version 9: every reminder on, a week before, never seen; records and the rest of
// the settings as they were; the new member is refused by version 8 (so an older app says
// "newer version").
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { migrate, migrationChain } from '../store/migrations'
import { DeskData } from './index'
import { DeskDataV8 } from './v8'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const v2 = async () => JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: Record<string, unknown> }

describe('a version 8 file, upgraded to version 9', () => {
  it('reminds of every kind of date a week before, has seen none yet, and keeps the rest', async () => {
    const v8 = migrate(2, (await v2()).data, { ...migrationChain, target: 8 }) as Record<string, unknown> & { settings: Record<string, unknown> }
    const data = DeskData.parse(migrate(8, structuredClone(v8), migrationChain))
    expect(data.settings.reminders).toEqual({ daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null })
    const { reminders: _reminders, ...settings } = data.settings
    expect(settings).toEqual(v8.settings)
    expect(data.commitments).toEqual(v8.commitments)
    expect(data.reports).toEqual([])
  })

  it('refuses a lead time outside 0–90 days, and version 8 refuses the reminders', async () => {
    const data = DeskData.parse(migrate(2, (await v2()).data, migrationChain))
    const withDays = (daysBefore: number) => ({ ...data, settings: { ...data.settings, reminders: { ...data.settings.reminders, daysBefore } } })
    expect(DeskData.safeParse(withDays(0)).success).toBe(true)
    expect(DeskData.safeParse(withDays(90)).success).toBe(true)
    expect(DeskData.safeParse(withDays(91)).success).toBe(false)
    expect(DeskData.safeParse(withDays(1.5)).success).toBe(false)
    expect(DeskDataV8.safeParse(data).success).toBe(false)
  })
})
