// Reminders: read from the registry as it stands; the only thing they write is the day they were seen.
import { missedReminders, todaysReminders, upcomingReminders } from '../../domain/reminders'
import type { remindersContract } from '../contracts/reminders'
import type { HandlerContext, HandlersOf } from './context'

export function remindersHandlers(ctx: HandlerContext): HandlersOf<typeof remindersContract> {
  const { store } = ctx
  return {
    getReminders: () => {
      const data = store.data
      const settings = data.settings.reminders
      const today = ctx.today()
      return { today, settings, upcoming: upcomingReminders(data, settings, today), missed: missedReminders(data, settings, today) }
    },

    remindersSeen: async () => {
      const today = ctx.today()
      if (store.data.settings.reminders.seenOn === today) return { told: 0 }
      const due = todaysReminders(store.data, store.data.settings.reminders, today)
      await store.update((draft) => {
        draft.settings.reminders.seenOn = today
      })
      // Told once the day is on disk: a crash in between tells nobody twice, at worst not at all.
      if (due.length > 0) await ctx.shell.notifyReminders(due)
      return { told: due.length }
    },
  }
}
