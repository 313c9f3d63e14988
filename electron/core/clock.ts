// The app's notion of "now". Injected everywhere so tests can fix the date.
import { format } from 'date-fns'

export type Clock = () => Date

export const systemClock: Clock = () => new Date()

/** A clock fixed at the start of `day` (YYYY-MM-DD, local time) that still ticks forward. */
export function clockFrom(day: string): Clock {
  const start = new Date(`${day}T00:00:00`)
  if (Number.isNaN(start.getTime())) throw new Error(`Not a date: ${day}`)
  const offset = start.getTime() - Date.now()
  return () => new Date(Date.now() + offset)
}

/** Today's local calendar date, YYYY-MM-DD. */
export const todayOf = (clock: Clock) => format(clock(), 'yyyy-MM-dd')
