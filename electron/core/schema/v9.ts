// Schema version 9: version 8 plus
// - reminders: which dates remind (a commitment's deadline, a request's reply-by date, a
//   meeting's start), how many days before as well as on the day, and the last day the reminders
//   were seen, so a start after days closed can show what fell in between;
// - a commitment's milestones (steps: text, owner, due date, done), from which its progress
//   rolls up when it has any (see domain/milestones.ts).
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { Id, IsoDate, ShortText } from './v1'
import { CommitmentInput as CommitmentInputV3 } from './v3'
import { Commitment as CommitmentV7 } from './v7'
import { DeskDataV8, SettingsV8 } from './v8'

export const MAX_REMINDER_DAYS = 90
export const ReminderSettings = z.strictObject({
  /** The first reminder comes this many days before the date; the second on the day. 0: on the day only. */
  daysBefore: z.number().int().min(0).max(MAX_REMINDER_DAYS),
  deadlines: z.boolean(),
  replies: z.boolean(),
  meetings: z.boolean(),
  /** The last day the reminders were shown; null before the first. */
  seenOn: IsoDate.nullable(),
})

export const SettingsV9 = SettingsV8.extend({ reminders: ReminderSettings })

export const MAX_MILESTONES = 50
/** A step towards a commitment: its owner is one of the registry's organisations. */
export const Milestone = z.strictObject({
  id: Id,
  text: ShortText.refine((t) => t.trim() !== '', 'validation.required'),
  organisationId: Id.nullable(),
  dueDate: IsoDate.nullable(),
  done: z.boolean(),
})
// Unique ids: a step is ticked off by its id.
const milestones = {
  milestones: z
    .array(Milestone)
    .max(MAX_MILESTONES)
    .refine((steps) => new Set(steps.map((m) => m.id)).size === steps.length, 'validation.duplicateStep'),
}
export const CommitmentInput = CommitmentInputV3.extend(milestones)
export const Commitment = CommitmentV7.extend(milestones)

export const DeskDataV9 = DeskDataV8.extend({ settings: SettingsV9, commitments: z.array(Commitment) })

export type ReminderSettings = z.infer<typeof ReminderSettings>
export type Milestone = z.infer<typeof Milestone>
export type CommitmentInput = z.infer<typeof CommitmentInput>
export type Commitment = z.infer<typeof Commitment>

export const defaultReminders = (): ReminderSettings => ({ daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null })

/** Version 8's commitment as version 9's: no milestones yet. Also for records of older exchange packages. */
export const withoutMilestones = (commitment: unknown): unknown =>
  commitment !== null && typeof commitment === 'object' && !('milestones' in commitment) ? { ...commitment, milestones: [] } : commitment

/**
 * Version 8's data as version 9's: every reminder on, a week before; commitments without
 * milestones, and so the versions of them kept as merge bases (a base lacking the member would
 * make an unchanged [] look like a change). Frozen: a later version changes its own step.
 */
export function upgradeV8ToV9(data: unknown): unknown {
  const v8 = data as Record<string, unknown> & { settings?: unknown; commitments?: unknown; history?: { bases?: Record<string, unknown> } }
  // A damaged file is left as it is: validation after the upgrade says what is wrong with it.
  if (v8.settings === null || typeof v8.settings !== 'object' || !Array.isArray(v8.commitments)) return data
  const commitments = v8.commitments.map(withoutMilestones)
  const upgraded: Record<string, unknown> = { ...v8, commitments, settings: { ...v8.settings, reminders: { daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null } } }
  const bases = v8.history?.bases
  if (bases !== null && typeof bases === 'object') {
    const ids = new Set(commitments.map((c) => (c as { id?: unknown }).id))
    const upgradedBases = Object.fromEntries(Object.entries(bases).map(([id, list]) => [id, ids.has(id) && Array.isArray(list) ? list.map(withoutMilestones) : list]))
    upgraded.history = { ...v8.history, bases: upgradedBases }
  }
  return upgraded
}
