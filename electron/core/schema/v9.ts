// Schema version 9: version 8 plus
// - outputs in the region's state languages: a brief (and each edition it issues) and a
//   request's workbook and letter may be written in Kazakh or Uzbek as well as Russian or
//   English. Their own words (headings, labels, markings, page numbers) are in that language; the
//   records' texts, kept in Russian and English, appear in Russian there (domain/language.ts);
// - the bilingual pack: a brief may name a second language, in which each edition is assembled
//   again and printed beside the first, section by section;
// - reminders: which dates remind (a commitment's deadline, a request's reply-by date, a
//   meeting's start), how many days before as well as on the day, and the last day the reminders
//   were seen, so a start after days closed can show what fell in between;
// - files attached to a status update as its evidence (a signed act, a protocol), kept in the
//   data folder as documents' source files are. Optional in the record: updates written before,
//   and those in exchange files of earlier versions, stay valid;
// - a request's replies that came as letters, attached to it as files;
// - implementation reports issued: frozen as they were sent (re-exported unchanged), with what
//   they showed of each commitment, so the next report on the same selection says what changed;
// - a commitment's milestones (steps: text, owner, due date, done), from which its progress
//   rolls up when it has any (see domain/milestones.ts).
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { Id, IsoDate, IssuedCommitment, recordBase, ShortText, SourceFile } from './v1'
import { BriefCopy, BriefDocument as BriefDocumentV4, BriefInput as BriefInputV4, copiesOfIssuedVersions, IssuedBriefVersion as IssuedBriefVersionV4 } from './v4'
import { CommitmentInput as CommitmentInputV3 } from './v3'
import { UpdateRequest as UpdateRequestV6 } from './v6'
import { Commitment as CommitmentV7 } from './v7'
import { DeskDataV8, InterfaceLanguage, SettingsV8, StatusUpdate as StatusUpdateV8, StatusUpdateInput as StatusUpdateInputV8 } from './v8'

/** The language a brief, a report, a workbook or a letter is written in: any of the interface's. */
export const OutputLanguage = InterfaceLanguage

/** A bilingual pack's second text: the same edition assembled in its second language, printed beside the first. */
export const ParallelText = BriefDocumentV4.pick({ title: true, cover: true, sections: true }).extend({ language: OutputLanguage })
/** `parallel`: only in a bilingual pack (reports and letters are in one language). */
export const BriefDocument = BriefDocumentV4.extend({ language: OutputLanguage, parallel: ParallelText.optional() })
export const IssuedBriefVersion = IssuedBriefVersionV4.extend({ content: BriefDocument })
export const BriefInput = BriefInputV4.extend({
  language: OutputLanguage,
  /** The second language of a bilingual pack, on the right; null for a pack in one language. */
  parallelLanguage: OutputLanguage.nullable(),
})
// Rebuilt rather than extended: zod refuses to widen a member of a refined object, so version 4's rule is applied again.
export const Brief = BriefInput.extend({ ...recordBase, issued: z.array(IssuedBriefVersion), copies: z.array(BriefCopy) }).superRefine(copiesOfIssuedVersions)
/** At most this many letters on one request. */
export const MAX_REQUEST_LETTERS = 20
export const UpdateRequest = UpdateRequestV6.extend({
  language: OutputLanguage,
  /** Replies that came as letters (a signed Word file, a scan), kept in the data folder; optional: requests made before have none. */
  letters: z.array(SourceFile).max(MAX_REQUEST_LETTERS).optional(),
})

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

export const DeskDataV9 = DeskDataV8.extend({
  settings: SettingsV9,
  commitments: z.array(Commitment),
  briefs: z.array(Brief),
  updateRequests: z.array(UpdateRequest),
  statusUpdates: z.array(StatusUpdate),
  reports: z.array(IssuedReport),
})

export type OutputLanguage = z.infer<typeof OutputLanguage>
export type ParallelText = z.infer<typeof ParallelText>
export type BriefDocument = z.infer<typeof BriefDocument>
export type IssuedBriefVersion = z.infer<typeof IssuedBriefVersion>
export type BriefInput = z.infer<typeof BriefInput>
export type Brief = z.infer<typeof Brief>
export type UpdateRequest = z.infer<typeof UpdateRequest>
export type ReminderSettings = z.infer<typeof ReminderSettings>
export type IssuedReport = z.infer<typeof IssuedReport>
export type StatusUpdateInput = z.infer<typeof StatusUpdateInput>
export type StatusUpdate = z.infer<typeof StatusUpdate>
export type Milestone = z.infer<typeof Milestone>
export type CommitmentInput = z.infer<typeof CommitmentInput>
export type Commitment = z.infer<typeof Commitment>

export const defaultReminders = (): ReminderSettings => ({ daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null })

/** Version 8's commitment as version 9's: no milestones yet. Also for records of older exchange packages. */
export const withoutMilestones = (commitment: unknown): unknown =>
  commitment !== null && typeof commitment === 'object' && !('milestones' in commitment) ? { ...commitment, milestones: [] } : commitment

/**
 * Version 8's data as version 9's: every reminder on, a week before; every brief in one
 * language; no report issued yet; commitments without milestones, and so the versions of them
 * kept as merge bases (a base lacking the member would make an unchanged [] look like a change).
 * Frozen: a later version changes its own step.
 */
export function upgradeV8ToV9(data: unknown): unknown {
  const v8 = data as Record<string, unknown> & { settings?: unknown; briefs?: unknown; commitments?: unknown; history?: { bases?: Record<string, unknown> } }
  // A damaged file is left as it is: validation after the upgrade says what is wrong with it.
  if (v8.settings === null || typeof v8.settings !== 'object' || !Array.isArray(v8.briefs) || !Array.isArray(v8.commitments)) return data
  const commitments = v8.commitments.map(withoutMilestones)
  const upgraded: Record<string, unknown> = {
    ...v8,
    commitments,
    settings: { ...v8.settings, reminders: { daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null } },
    briefs: v8.briefs.map((brief: Record<string, unknown>) => ({ ...brief, parallelLanguage: null })),
    reports: [],
  }
  const bases = v8.history?.bases
  if (bases !== null && typeof bases === 'object') {
    const ids = new Set(commitments.map((c) => (c as { id?: unknown }).id))
    const upgradedBases = Object.fromEntries(Object.entries(bases).map(([id, list]) => [id, ids.has(id) && Array.isArray(list) ? list.map(withoutMilestones) : list]))
    upgraded.history = { ...v8.history, bases: upgradedBases }
  }
  return upgraded
}
