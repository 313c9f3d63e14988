// Schema version 5: version 4 plus what a new secretariat user met on a real meeting.
// - A planned meeting may be known only by its year or month ("VIII meeting, 2026"): its dates
//   then span that year or month, so sorting and "by the next meeting" deadlines keep working,
//   and it is shown as the year or month alone until the exact dates are set.
// - The summit day (when the heads meet and sign), which may differ from the first day.
// - Document types for an appeal, a list (перечень), a programme, a protocol and a declaration.
// The new fields are optional in the records, so an exchange package from an older version is
// still valid (read as exact dates, no summit day); the upgrade of a data file writes them out.
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { DocumentInput as DocumentInputV1, DocumentType as DocumentTypeV1, IsoDate, Meeting as MeetingV1, MeetingInput as MeetingInputV1, SourceFile, recordBase } from './v1'
import { DeskDataV4 } from './v4'

/** How much of a meeting's dates is known: exact days, or only the month or the year (planned meetings only). */
export const DatePrecision = z.enum(['day', 'month', 'year'])

export const DocumentType = z.enum([...DocumentTypeV1.options, 'appeal', 'list', 'programme', 'protocol', 'declaration'])

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
const pad = (n: number) => String(n).padStart(2, '0')

/** The dates a meeting known only by its month or year spans. */
export function spanOf(precision: 'month' | 'year', year: number, month = 1): { startDate: string; endDate: string } {
  return precision === 'year'
    ? { startDate: `${year}-01-01`, endDate: `${year}-12-31` }
    : { startDate: `${year}-${pad(month)}-01`, endDate: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}` }
}

interface MeetingDates {
  startDate: string
  endDate: string
  status: string
  datePrecision?: DatePrecision | undefined
  summitDate?: string | null | undefined
}

/** The rules on the new fields: an inexact meeting is planned and spans its month or year; the summit day falls within the meeting. */
function meetingRules(m: MeetingDates, ctx: z.core.$RefinementCtx) {
  const precision = m.datePrecision ?? 'day'
  if (precision !== 'day') {
    if (m.status !== 'planned') ctx.addIssue({ code: 'custom', message: 'validation.inexactHeld', path: ['datePrecision'] })
    const [year, month] = m.startDate.split('-').map(Number) as [number, number]
    const span = spanOf(precision, year, month)
    if (span.startDate !== m.startDate || span.endDate !== m.endDate) ctx.addIssue({ code: 'custom', message: 'validation.inexactSpan', path: ['startDate'] })
  }
  const summit = m.summitDate ?? null
  if (summit !== null && (precision !== 'day' || summit < m.startDate || summit > m.endDate)) {
    ctx.addIssue({ code: 'custom', message: 'validation.summitOutside', path: ['summitDate'] })
  }
}

const meetingV5 = { datePrecision: DatePrecision.optional(), summitDate: IsoDate.nullable().optional() }
export const MeetingInput = MeetingInputV1.safeExtend(meetingV5).superRefine(meetingRules)
export const Meeting = MeetingV1.safeExtend(meetingV5).superRefine(meetingRules)

export const DocumentInput = DocumentInputV1.extend({ type: DocumentType })
export const Document = DocumentInput.extend({ sourceFiles: z.array(SourceFile), ...recordBase })

export const DeskDataV5 = DeskDataV4.extend({ meetings: z.array(Meeting), documents: z.array(Document) })

export type DatePrecision = z.infer<typeof DatePrecision>
export type DocumentType = z.infer<typeof DocumentType>
export type MeetingInput = z.infer<typeof MeetingInput>
export type Meeting = z.infer<typeof Meeting>
export type DocumentInput = z.infer<typeof DocumentInput>
export type Document = z.infer<typeof Document>

/** Version 4's data as version 5's: every meeting has exact dates and no summit day of its own. Frozen. */
export function upgradeV4ToV5(data: unknown): unknown {
  const v4 = data as Record<string, unknown> & { meetings: Record<string, unknown>[] }
  return { ...v4, meetings: v4.meetings.map((m) => ({ ...m, datePrecision: 'day', summitDate: null })) }
}
