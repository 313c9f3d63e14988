// The day's reminders as one system notification, in the interface language: the nearest few by
// name, a count of the rest. Clicking it brings the window forward.
import { BrowserWindow, Notification } from 'electron'
import { pick } from '../core/domain/dates'
import type { Reminder } from '../core/domain/reminders'
import type { InterfaceLanguage } from '../core/schema'
import { shellText } from './strings'

/** How many reminders a notification names; the rest are counted. */
const NAMED = 3

export function reminderNotice(reminders: Reminder[], language: InterfaceLanguage): { title: string; body: string } {
  const t = shellText(language)
  const lines = reminders.slice(0, NAMED).map((r) => {
    const what = `${t(`reminders.kind_${r.kind}`)}: ${pick(r.label, language)}`
    return r.daysBefore === 0 ? t('reminders.today', { what }) : t('reminders.inDays', { what, count: r.daysBefore })
  })
  if (reminders.length > NAMED) lines.push(t('reminders.more', { count: reminders.length - NAMED }))
  return { title: t('reminders.title', { count: reminders.length }), body: lines.join('\n') }
}

export function showReminderNotice(reminders: Reminder[], language: InterfaceLanguage): void {
  // Some Linux desktops have no notification service: the dashboard still lists the reminders.
  if (!Notification.isSupported()) return
  const notice = new Notification(reminderNotice(reminders, language))
  notice.on('click', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      window.show()
      window.focus()
    }
  })
  notice.show()
}
