// Schema version 9: version 8 plus
// - reminders: which dates remind (a commitment's deadline, a request's reply-by date, a
//   meeting's start), how many days before as well as on the day, and the last day the reminders
//   were seen, so a start after days closed can show what fell in between;
// - files attached to a status update as its evidence (a signed act, a protocol), kept in the
//   data folder as documents' source files are. Optional in the record: updates written before,
//   and those in exchange files of earlier versions, stay valid;
// - implementation reports issued: frozen as they were sent (re-exported unchanged), with what
//   they showed of each commitment, so the next report on the same selection says what changed.
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { Id, IsoDate, IssuedCommitment, recordBase, ShortText, SourceFile } from './v1'
import { BriefDocument } from './v4'
import { DeskDataV8, SettingsV8, StatusUpdate as StatusUpdateV8, StatusUpdateInput as StatusUpdateInputV8 } from './v8'

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

/** At most this many files on one status update. */
export const MAX_UPDATE_FILES = 20
const updateFiles = { files: z.array(SourceFile).max(MAX_UPDATE_FILES).optional() }
export const StatusUpdateInput = StatusUpdateInputV8.extend(updateFiles)
export const StatusUpdate = StatusUpdateV8.extend(updateFiles)

export const IssuedReport = z.strictObject({
  ...recordBase,
  /** The selection it covered (the commitments query, as canonical JSON): the next report on the same one compares with it. */
  selection: z.string().max(4000),
  subject: ShortText,
  issuedOn: IsoDate,
  /** The report issued before it on the same selection, whose changes it shows; null for the first. */
  previousId: Id.nullable(),
  content: BriefDocument,
  included: z.array(IssuedCommitment),
})

export const DeskDataV9 = DeskDataV8.extend({ settings: SettingsV9, statusUpdates: z.array(StatusUpdate), reports: z.array(IssuedReport) })

export type ReminderSettings = z.infer<typeof ReminderSettings>
export type IssuedReport = z.infer<typeof IssuedReport>
export type StatusUpdateInput = z.infer<typeof StatusUpdateInput>
export type StatusUpdate = z.infer<typeof StatusUpdate>

export const defaultReminders = (): ReminderSettings => ({ daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null })

/** Version 8's data as version 9's: every reminder on, a week before; no report issued yet. Frozen: a later version changes its own step. */
export function upgradeV8ToV9(data: unknown): unknown {
  const v8 = data as Record<string, unknown> & { settings?: unknown }
  // A damaged file is left as it is: validation after the upgrade says what is wrong with it.
  if (v8.settings === null || typeof v8.settings !== 'object') return data
  return { ...v8, reports: [], settings: { ...v8.settings, reminders: { daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null } } }
}
