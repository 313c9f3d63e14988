// Schema version 3: version 2 plus the occurrences of recurring deadlines.
// - A recurring rule may name the due date of its first occurrence ("ежегодно, до 25 января" in a
//   document of August 2024: 25 January 2025); the next ones fall a year, a quarter or a month
//   after it. Without one, each occurrence is due on the last day of its year, quarter or month.
// - A status update about a recurring commitment names the occurrence it reports on (that
//   occurrence's due date): completing one schedules the next instead of closing the commitment.
// Both are optional in the records, so an exchange package from an older version is still valid;
// the upgrade of a data file writes them out as null.
import { z } from 'zod'
import { Commitment as CommitmentV1, CommitmentInput as CommitmentInputV1, DeadlineRule as DeadlineRuleV1, IsoDate, ShortText, StatusUpdate as StatusUpdateV1 } from './v1'
import { DeskDataV2 } from './v2'

const [dateRule, monthRule, quarterRule, halfRule, yearRule, periodRule, recurringV1, nextMeetingRule, ongoingRule, noneRule] = DeadlineRuleV1.options

export const RecurringRule = recurringV1.extend({
  /** The first occurrence's due date; null: the last day of each year, quarter or month. */
  first: IsoDate.nullable().optional(),
})

export const DeadlineRule = z.discriminatedUnion('kind', [dateRule, monthRule, quarterRule, halfRule, yearRule, periodRule, RecurringRule, nextMeetingRule, ongoingRule, noneRule])

export const DeadlineInput = z.object({
  /** The document's own words: "IV квартал 2025", "2025–2027", "ежегодно". */
  words: ShortText,
  rule: DeadlineRule,
})
export const Deadline = DeadlineInput.extend({
  /**
   * The normalised due date used for sorting and overdue; null when there is none. For a
   * recurring deadline, the due date of the current occurrence (the first one not completed).
   */
  dueDate: IsoDate.nullable(),
})

export const CommitmentInput = CommitmentInputV1.extend({ deadline: DeadlineInput })
export const Commitment = CommitmentV1.extend({ deadline: Deadline })

export const StatusUpdate = StatusUpdateV1.extend({
  /** For a recurring commitment, the due date of the occurrence the update reports on. */
  occurrence: IsoDate.nullable().optional(),
})

export const DeskDataV3 = DeskDataV2.extend({ commitments: z.array(Commitment), statusUpdates: z.array(StatusUpdate) })

export type DeadlineRule = z.infer<typeof DeadlineRule>
export type RecurringRule = z.infer<typeof RecurringRule>
export type DeadlineInput = z.infer<typeof DeadlineInput>
export type Deadline = z.infer<typeof Deadline>
export type CommitmentInput = z.infer<typeof CommitmentInput>
export type Commitment = z.infer<typeof Commitment>
export type StatusUpdate = z.infer<typeof StatusUpdate>

type Json = Record<string, unknown>
const FREQUENCY_MONTHS: Record<string, number> = { annually: 12, quarterly: 3, monthly: 1 }

/**
 * The upgrade from version 2: recurring rules and status updates get their new members as null,
 * and a recurring deadline's due date, which version 2 kept as the end of the series, becomes
 * its first occurrence's: the last day of the year, quarter or month its document is dated in
 * (or, without a date, the commitment was entered in). Updates written before carry no
 * occurrence, so none of them completes one. Frozen here: later rules of the app do not change
 * what this upgrade did.
 */
export function upgradeV2ToV3(data: unknown): unknown {
  const v2 = data as Json
  // A damaged file is left as it is: validation after the upgrade says what is wrong with it.
  if (!Array.isArray(v2.documents) || !Array.isArray(v2.commitments) || !Array.isArray(v2.statusUpdates)) return data
  const documentDates = new Map((v2.documents as Json[]).map((d) => [d.id, d.date]))
  const commitments = (v2.commitments as Json[]).map((c) => {
    const deadline = c?.deadline as { rule?: Json & { kind: string; frequency?: string; until?: string | null }; dueDate: string | null } | undefined
    if (deadline?.rule?.kind !== 'recurring' || typeof c.createdAt !== 'string') return c
    const documentDate = documentDates.get(c.documentId)
    const setOn = typeof documentDate === 'string' ? documentDate : c.createdAt.slice(0, 10)
    const due = endOfPeriod(setOn, FREQUENCY_MONTHS[deadline.rule.frequency ?? ''] ?? 12)
    const until = deadline.rule.until ?? null
    return { ...c, deadline: { ...deadline, rule: { ...deadline.rule, first: null }, dueDate: until !== null && due > until ? null : due } }
  })
  const statusUpdates = (v2.statusUpdates as Json[]).map((u) => (u !== null && typeof u === 'object' ? { ...u, occurrence: null } : u))
  return { ...v2, commitments, statusUpdates }
}

/** The last day of the year, quarter or month (12, 3 or 1 months) that holds the day. */
function endOfPeriod(day: string, months: number): string {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const lastMonth = Math.ceil(month / months) * months
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`
}
