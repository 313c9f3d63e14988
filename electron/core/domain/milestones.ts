// A commitment's steps: its progress rolls up from them when it has any, and the next step due
// is what the list and the reports show beside the deadline. Pure: the renderer uses it too.
import type { Milestone } from '../schema'

/** The share of steps done, in whole percent; without steps, the latest update's progress (or null). */
export function rolledUpProgress(milestones: readonly Milestone[], reported: number | null): number | null {
  if (milestones.length === 0) return reported
  return Math.round((milestones.filter((m) => m.done).length * 100) / milestones.length)
}

/** The earliest step not done, by due date; undated steps come after dated ones, each in the order entered. */
export function nextStepOf(milestones: readonly Milestone[]): Milestone | null {
  let next: Milestone | null = null
  for (const m of milestones) {
    if (m.done) continue
    if (next === null || (m.dueDate !== null && (next.dueDate === null || m.dueDate < next.dueDate))) next = m
  }
  return next
}
