// Reminders through the operations, on a real data folder: the day seen is kept on disk, the
// system is told once a day, a later start reports what came in between, the settings take what
// a user can set and refuse the rest, and no status changes.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import type { Reminder } from '../../domain/reminders'
import type { DeskData } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import { unwrap as value } from '../errors'
import type { RemindersView } from '../contracts/reminders'
import { noShell } from './context'

function recordingShell() {
  const told: Reminder[][] = []
  return { told, shell: { ...noShell, notifyReminders: async (r: Reminder[]) => void told.push(r) } }
}

const onDisk = async (dir: string) => JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData

async function openOn(dir: string, day: string, shell = recordingShell()) {
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom(day), shell: shell.shell })
  return { desk, told: shell.told }
}

describe('reminders through the operations', () => {
  it('tells the system once a day, keeps the day on disk, and reports after a gap what came in between', async () => {
    const dir = await tempDir()
    const first = await openOn(dir, '2026-12-24')
    value(await first.desk.dispatch('loadDemo', {}))
    const view = value<RemindersView>(await first.desk.dispatch('getReminders', {}))
    expect(view.missed).toEqual([])
    expect(view.upcoming.length).toBeGreaterThan(0)
    expect(view.upcoming.every((r) => r.date >= '2026-12-24' && r.date <= '2026-12-31')).toBe(true)
    // The demo's deadlines at the end of the year remind a week before.
    const { told } = value<{ told: number }>(await first.desk.dispatch('remindersSeen', {}))
    expect(told).toBeGreaterThan(0)
    expect(first.told.map((notice) => notice.map((r) => r.date))).toEqual([Array(told).fill('2026-12-31')])
    expect(value<{ told: number }>(await first.desk.dispatch('remindersSeen', {})).told).toBe(0)
    expect(first.told).toHaveLength(1)
    expect((await onDisk(dir)).settings.reminders.seenOn).toBe('2026-12-24')
    const statuses = JSON.stringify((await onDisk(dir)).statusUpdates)
    await first.desk.close()

    const later = await openOn(dir, '2027-01-20')
    const after = value<RemindersView>(await later.desk.dispatch('getReminders', {}))
    expect(after.missed.length).toBeGreaterThan(0)
    expect(after.missed.every((r) => r.on > '2026-12-24' && r.on < '2027-01-20')).toBe(true)
    value(await later.desk.dispatch('remindersSeen', {}))
    expect(value<RemindersView>(await later.desk.dispatch('getReminders', {})).missed).toEqual([])
    expect(JSON.stringify((await onDisk(dir)).statusUpdates)).toBe(statuses)
    await later.desk.close()
  })

  it('takes which kinds and how long before from the settings, never the day seen, and refuses what is out of range', async () => {
    const dir = await tempDir()
    const { desk } = await openOn(dir, '2027-01-20')
    value(await desk.dispatch('loadDemo', {}))
    expect(value<RemindersView>(await desk.dispatch('getReminders', {})).upcoming).toEqual([])
    value(await desk.dispatch('updateSettings', { reminders: { daysBefore: 30, meetings: false } }))
    const view = value<RemindersView>(await desk.dispatch('getReminders', {}))
    expect(view.settings).toEqual({ daysBefore: 30, deadlines: true, replies: true, meetings: false, seenOn: null })
    expect(view.upcoming.map((r) => r.kind)).toContain('deadline')
    expect(view.upcoming.some((r) => r.kind === 'meeting')).toBe(false)
    const before = await readFile(storePaths(dir).dataFile, 'utf-8')
    for (const reminders of [{ daysBefore: 91 }, { daysBefore: -1 }, { daysBefore: 2.5 }, { seenOn: '2026-12-01' }, { deadlines: 'yes' }, { hourly: true }]) {
      expect(await desk.dispatch('updateSettings', { reminders } as never)).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    }
    expect(await readFile(storePaths(dir).dataFile, 'utf-8')).toBe(before)
    // A member sent as undefined (a form's untouched field) leaves the setting as it was.
    value(await desk.dispatch('updateSettings', { reminders: { daysBefore: undefined, replies: false } }))
    expect((await onDisk(dir)).settings.reminders).toMatchObject({ daysBefore: 30, replies: false })
    await desk.close()
  })
})
