// Reminders of deadlines, reply-by dates and meetings: what the dashboard lists, what came while
// the app was closed, and the day's notice to the system.
import type { Reminder } from '../../domain/reminders'
import type { ReminderSettings } from '../../schema'
import { noArgs, op } from '../spec'

export interface RemindersView {
  today: string
  settings: ReminderSettings
  /** Due from today to the lead time ahead, soonest first. */
  upcoming: Reminder[]
  /** Came after the day last seen and before today: the digest a start after days closed shows. */
  missed: Reminder[]
}

export const remindersContract = {
  getReminders: op<RemindersView>()(noArgs),
  /**
   * Today's reminders have been shown: the day is remembered, and the first time each day the
   * system is told what reminds today. `told`: how many it was told of (0 when already told).
   */
  remindersSeen: op<{ told: number }>()(noArgs),
}
