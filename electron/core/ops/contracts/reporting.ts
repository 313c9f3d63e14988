// The reporting loop (issue 14): requests for updates sent to the owners of a selection of
// commitments, their returned workbooks reviewed and applied as the owners' reports, and the
// implementation report, drafted or issued.
import { z } from 'zod'
import { CommitmentStatus, Id, IsoDate, OutputLanguage, type IssuedReport, type UpdateRequest } from '../../schema'
import { byId, noArgs, op } from '../spec'
import type { SavedFile } from '../views'
import { CommitmentQuery } from './commitments'

/** Where a request is: sent, answered, or past its reply-by date without a reply. */
export type RequestState = 'sent' | 'answered' | 'overdue'

export interface UpdateRequestView extends UpdateRequest {
  state: RequestState
}

/** What is wrong with a row; the review words each. */
export type ReplyProblem =
  /** A row with no key, or one this request did not ask about (typed in by hand, pasted from elsewhere). */
  | 'not_requested'
  /** The commitment has been deleted since the request. */
  | 'deleted'
  | 'status_unknown'
  | 'progress_invalid'
  /** Delayed, or still open past its due date, without the reason for the delay. */
  | 'reason_missing'
  /** The same commitment's row twice. */
  | 'duplicate'

export interface ReplyRowView {
  row: number
  clause: string
  statusText: string
  progressText: string
  problems: ReplyProblem[]
  changedSince: boolean
  /** What the row adds, when it adds anything. */
  update: { status: CommitmentStatus; progress: number | null; narrative: string; delayReason: string; evidence: string } | null
}

export interface ReplyReviewView {
  /** The reviewed file as the core keeps it until it is applied. */
  token: string
  request: UpdateRequestView
  fileName: string
  /** Opened from another request's row: the organisation that one asked; null when it matches or none was chosen. */
  openedFor: string | null
  rows: ReplyRowView[]
  /** How many updates a confirm adds. */
  adds: number
}

export const ReportFormat = z.enum(['pdf', 'docx', 'xlsx'])

/** An issued report as the list shows it. */
export interface IssuedReportView {
  id: string
  subject: string
  issuedOn: string
  language: IssuedReport['content']['language']
  /** How many commitments it covered. */
  commitments: number
  /** The day of the earlier report whose changes it shows; null for the first on its selection. */
  comparesWith: string | null
}

export const reportingContract = {
  listUpdateRequests: op<UpdateRequestView[]>()(noArgs),
  /**
   * One request per owner organisation of the commitments the query selects, due back by
   * `replyBy`: the workbooks and covering letters saved as one .zip where the user chooses,
   * then the requests recorded; null when the user cancelled (nothing recorded).
   */
  createUpdateRequests: op<{ saved: SavedFile; requests: number } | null>()(z.object({ query: CommitmentQuery, replyBy: IsoDate, language: OutputLanguage }).strict()),
  /** Asks for a returned workbook and reviews it (for `requestId`'s row, when given); null when cancelled. Saves nothing. */
  openReply: op<ReplyReviewView | null>()(z.object({ requestId: Id.optional() }).strict()),
  /** The same for a workbook dropped on the window (its bytes, base64; too large a one is refused by name): the request it answers is the one it names. */
  readReplyFile: op<ReplyReviewView>()(z.object({ name: z.string().max(1000), base64: z.string().max(700_000_000) }).strict()),
  /**
   * Attaches the letters an owner replied with (asked for in a dialog, copied into the data
   * folder); a request not yet answered is answered by the first of them. null when cancelled.
   */
  attachRequestLetters: op<UpdateRequestView | null>()(z.object({ requestId: Id }).strict()),
  /** Opens a request's letter with the system's viewer. */
  openRequestLetter: op<void>()(z.object({ requestId: Id, fileId: Id }).strict()),
  /** Adds every update of a reviewed reply in one change and marks its request answered. */
  applyReply: op<{ added: number }>()(z.object({ token: Id }).strict()),
  /**
   * The implementation report of the commitments the query selects (summary, table by clause,
   * organisations' matrix) as PDF, Word or Excel; `since` counts what was completed from that day.
   * null when the user cancelled.
   */
  exportImplementationReport: op<SavedFile | null>()(
    z
      .object({
        query: CommitmentQuery,
        format: ReportFormat,
        language: OutputLanguage,
        since: IsoDate.nullable(),
        /** Issued: kept frozen once saved, and the next report on the same selection shows what changed since. */
        issue: z.boolean().optional(),
      })
      .strict(),
  ),
  /** The reports issued, newest first. */
  listIssuedReports: op<IssuedReportView[]>()(noArgs),
  /** An issued report saved again exactly as it was issued, whatever changed since; null when cancelled. */
  exportIssuedReport: op<SavedFile | null>()(z.object({ id: Id, format: ReportFormat }).strict()),
  /** Forgets an issued report (a mistaken one); the next report compares with the one before it. */
  deleteIssuedReport: op<void>()(byId),
  /** Takes an applied reply back: its updates removed, the request sent again. */
  undoReply: op<{ removed: number }>()(z.object({ requestId: Id }).strict()),
}
