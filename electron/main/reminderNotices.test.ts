import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Reminder } from '../core/domain/reminders'
import { FakeBrowserWindow, FakeNotification, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { reminderNotice, showReminderNotice } = await import('./reminderNotices')

const reminder = (n: number, daysBefore: number, kind: Reminder['kind'] = 'deadline'): Reminder => ({
  kind,
  id: `id-${n}`,
  date: '2026-12-10',
  on: '2026-12-03',
  daysBefore,
  label: { ru: `${n}. Поручение`, en: `${n}. Commitment` },
})

describe('the day’s reminders as a system notification', () => {
  beforeEach(resetElectron)

  it('names the nearest three in the interface language and counts the rest', () => {
    const reminders = [reminder(1, 0), reminder(2, 7, 'reply'), reminder(3, 2, 'meeting'), reminder(4, 7), reminder(5, 7)]
    expect(reminderNotice(reminders, 'ru')).toEqual({
      title: '5 напоминаний Delegation Desk',
      body: 'Срок: 1. Поручение — сегодня\nОтвет до: 2. Поручение — через 7 дней\nВстреча: 3. Поручение — через 2 дня\nи ещё 2',
    })
    expect(reminderNotice([reminder(1, 1)], 'en')).toEqual({ title: 'Delegation Desk reminder', body: 'Deadline: 1. Commitment — in 1 day' })
    // Records keep Russian and English texts: Kazakh and Uzbek notices name them in Russian.
    expect(reminderNotice([reminder(1, 3)], 'kk').body).toBe('Мерзім: 1. Поручение — 3 күннен кейін')
    expect(reminderNotice([reminder(1, 0)], 'uz').body).toBe('Muddat: 1. Поручение — bugun')
  })

  it('is shown once, brings the window forward when clicked, and is left out where the desktop has no notifications', () => {
    const window = new FakeBrowserWindow()
    const focus = vi.spyOn(window, 'focus')
    showReminderNotice([reminder(1, 0)], 'ru')
    expect(FakeNotification.shown).toHaveLength(1)
    FakeNotification.shown[0]!.emit('click')
    expect(focus).toHaveBeenCalled()
    FakeNotification.supported = false
    showReminderNotice([reminder(1, 0)], 'ru')
    expect(FakeNotification.shown).toHaveLength(1)
  })
})
