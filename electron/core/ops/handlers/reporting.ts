// The reporting loop: requests made for a selection and saved as one archive (a workbook and a
// letter per owner), replies reviewed from their workbooks and applied in one change.
import { basename } from 'node:path'
import { current } from 'immer'
import { format } from 'date-fns'
import { pick } from '../../domain/dates'
import { queryCommitments } from '../../domain/commitmentQuery'
import { readChosenFile } from '../../files/chosenFile'
import { safeFileName } from '../../files/fileNames'
import { zipEntry, zipOf, type ZipEntry } from '../../files/zipWrite'
import { requestLabels } from '../../reporting/labels'
import { wordFileOf } from '../../briefs/wordFile'
import type { ReplyReview } from '../../reporting/reply'
import { planRequests } from '../../reporting/requests'
import { canonicalJson } from '../../domain/canonicalJson'
import type { BriefDocument, DeskData, OutputLanguage, UpdateRequest } from '../../schema'
import type { z } from 'zod'
import type { IssuedReportView, ReplyReviewView, ReportFormat, reportingContract, UpdateRequestView } from '../contracts/reporting'
import type { CallContext } from '../progress'
import type { SavedFile } from '../views'
import type { CommitmentQuery } from '../contracts/commitments'
import { DeskError, fileRefused } from '../errors'
import { moveOnOccurrence, occurrenceOf, queryContextOf } from './commitments'
import { chooseAttachments, openAttachment } from './attachments'
import type { HandlerContext, HandlersOf } from './context'
import { openFiles } from './openFiles'
import { findOrThrow, stamp } from './records'

// Loaded when first used: exceljs and docx would otherwise add half a second to every start of the core.
const loadWorkbooks = () => import('../../reporting/workbook')
const loadLetters = () => import('../../reporting/letter')
const loadReplies = () => import('../../reporting/reply')
const loadReports = () => import('../../reporting/report')
import { saveAs } from './saveAs'

/** A returned workbook is a table of one owner's items: a few megabytes at most. */
const MAX_REPLY_BYTES = 20 * 1024 * 1024

const ARCHIVE_NAME: Record<OutputLanguage, string> = { ru: 'Запросы информации', en: 'Information requests', kk: 'Ақпарат сұраулары', uz: 'Maʼlumot soʻrovlari' }

/** A report's document (of `day`) saved where the user chooses, as PDF, Word or Excel; null when cancelled. */
async function saveReport(ctx: HandlerContext, doc: BriefDocument, day: string, kind: z.infer<typeof ReportFormat>, call: CallContext): Promise<SavedFile | null> {
  const { reportToXlsx, reportPrintable } = await loadReports()
  const printable = reportPrintable(doc)
  const produce = () => (kind === 'xlsx' ? reportToXlsx(doc) : kind === 'docx' ? wordFileOf(printable) : ctx.shell.briefPdf(printable))
  return saveAs(ctx, call, safeFileName(`${doc.title} ${day}`, kind), kind, produce, kind === 'pdf' ? 'layout' : 'packing')
}

export const requestState = (request: UpdateRequest, today: string): UpdateRequestView['state'] =>
  request.reply !== null ? 'answered' : request.replyBy < today ? 'overdue' : 'sent'

/** What the letter calls the selection: the document or the meeting it is, else "a selection". */
function subjectOf(data: DeskData, query: CommitmentQuery, language: OutputLanguage): string {
  const document = query.documentId === undefined ? undefined : data.documents.find((d) => d.id === query.documentId)
  if (document) return pick(document.title, language)
  const meeting = query.meetingId === undefined ? undefined : data.meetings.find((m) => m.id === query.meetingId)
  if (meeting) return pick(meeting.title, language)
  return requestLabels[language].selection
}

export function reportingHandlers(ctx: HandlerContext): HandlersOf<typeof reportingContract> {
  const data = () => ctx.store.data
  const replies = openFiles<ReplyReview>('reply', 'This reply is no longer open: open the workbook again')
  const view = (request: UpdateRequest): UpdateRequestView => ({ ...request, state: requestState(request, ctx.today()) })

  /** A returned workbook reviewed against the request it names; `expected`: the request it was opened for, if any. */
  const review = async (bytes: Uint8Array, fileName: string, expected: UpdateRequest | null): Promise<ReplyReviewView> => {
    const { readReplyWorkbook, reviewReply } = await loadReplies()
    const { requestId: answered, sheet } = await readReplyWorkbook(bytes, fileName)
    const request = data().updateRequests.find((r) => r.id === answered)
    if (!request) throw new DeskError('file_refused', 'The workbook answers a request this desk does not hold', [], [], { name: fileName, reason: 'reporting:replyFile.unknown_request' })
    const reviewed = reviewReply(data(), request, sheet, fileName, { today: ctx.today() })
    return reviewView(replies.keep(reviewed), view(request), reviewed, expected && expected.id !== request.id ? expected.organisationName : null)
  }
  return {
    listUpdateRequests: () => data().updateRequests.map(view).sort((a, b) => b.sentOn.localeCompare(a.sentOn) || a.organisationName.localeCompare(b.organisationName)),

    createUpdateRequests: async ({ query, replyBy, language }, call) => {
      const d = data()
      const today = ctx.today()
      if (replyBy < today) throw new DeskError('invalid_arguments', 'The reply-by date has passed', [{ path: 'replyBy', message: 'reporting:validation.replyByPast' }])
      const { items } = queryCommitments(d, query, queryContextOf(ctx))
      const planned = planRequests(d, items, { replyBy, language, subject: subjectOf(d, query, language), today, now: ctx.clock().toISOString() })
      if (planned.length === 0) throw new DeskError('invalid_arguments', 'No commitment of the selection has an owner to ask', [{ path: 'query', message: 'reporting:validation.noOwners' }])
      const ours = d.organisations.find((o) => o.id === d.settings.ourOrganisationId)
      const ourName = ours ? pick(ours.name, language) : ''
      const name = safeFileName(`${ARCHIVE_NAME[language]} ${format(ctx.clock(), 'yyyy-MM-dd')}`, 'zip')
      const saved = await saveAs(ctx, call, name, 'zip', async () => {
        const [{ requestWorkbook }, { letterWriter }] = await Promise.all([loadWorkbooks(), loadLetters()])
        // The requests of a run share their language and day: one letter laid out for all of them.
        const letter = await letterWriter(d, planned[0]!.request, ourName)
        const files: ZipEntry[] = []
        for (const [i, { request, rows }] of planned.entries()) {
          const base = safeFileName(`${String(i + 1).padStart(3, '0')} ${request.organisationName}`, '').replace(/\.$/, '')
          // Stored, not deflated again: .xlsx and .docx are zips already.
          files.push(zipEntry(`${base}.xlsx`, await requestWorkbook(request, rows), true), zipEntry(`${base}.docx`, letter(request, rows), true))
          await call.progress('packing', { done: i + 1, total: planned.length }, true)
        }
        return zipOf(files)
      })
      if (saved === null) return null
      await ctx.store.update((draft) => {
        draft.updateRequests.push(...planned.map((p) => p.request))
      })
      return { saved, requests: planned.length }
    },

    openReply: async ({ requestId }, call) => {
      const expected = requestId === undefined ? null : findOrThrow(data().updateRequests, requestId, 'request')
      const [path] = await ctx.shell.chooseFiles()
      if (!path) return null
      await call.progress('reading', undefined, true)
      return review(await readChosenFile(path, 'import', MAX_REPLY_BYTES), basename(path), expected)
    },

    readReplyFile: async ({ name, base64 }, call) => {
      await call.progress('reading', undefined, true)
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'))
      const fileName = basename(name)
      if (bytes.length > MAX_REPLY_BYTES) throw fileRefused('import', 'too_large', `${fileName} is ${bytes.length} bytes; the limit is ${MAX_REPLY_BYTES}`, fileName)
      return review(bytes, fileName, null)
    },

    attachRequestLetters: async ({ requestId }) => {
      findOrThrow(data().updateRequests, requestId, 'request')
      const letters = await chooseAttachments(ctx)
      if (letters.length === 0) return null
      return ctx.store.update((d) => {
        const request = findOrThrow(d.updateRequests, requestId, 'request')
        request.letters = [...(request.letters ?? []), ...letters]
        // Answered by letter: no update added, so taking the reply back removes none.
        request.reply ??= { receivedOn: ctx.today(), fileName: letters[0]!.fileName, updateIds: [] }
        request.updatedAt = ctx.clock().toISOString()
        return view(current(request))
      })
    },

    openRequestLetter: async ({ requestId, fileId }) => {
      await openAttachment(ctx, findOrThrow(data().updateRequests, requestId, 'request').letters ?? [], fileId)
    },

    applyReply: ({ token }) => {
      const review = replies.get(token)
      return ctx.store.update((d) => {
        const request = findOrThrow(d.updateRequests, review.requestId, 'request')
        // A reply that added updates is applied once; one that came as a letter alone gives way to the workbook.
        if (request.reply !== null && request.reply.updateIds.length > 0) throw new DeskError('conflict', 'This request is answered already', [{ path: 'token', message: 'reporting:validation.answered' }])
        const time = ctx.clock().toISOString()
        const ids: string[] = []
        for (const row of review.rows) {
          if (!row.update) continue
          // Deleted since the review: refused whole, so nothing is half-applied.
          findOrThrow(d.commitments, row.update.commitmentId, 'commitment')
          const update = { ...stamp(ctx.clock()), ...row.update, occurrence: occurrenceOf(d, row.update.commitmentId, null) }
          d.statusUpdates.push(update)
          moveOnOccurrence(d, row.update.commitmentId)
          ids.push(update.id)
        }
        request.reply = { receivedOn: ctx.today(), fileName: review.fileName.slice(0, 500), updateIds: ids }
        request.updatedAt = time
        replies.drop(token)
        return { added: ids.length }
      })
    },

    exportImplementationReport: async ({ query, format: kind, language, since, issue = false }, call) => {
      const { implementationReport, reportIncluded } = await loadReports()
      const d = data()
      const { items } = queryCommitments(d, query, queryContextOf(ctx))
      const selection = canonicalJson(query)
      const previous = d.reports.findLast((r) => r.selection === selection) ?? null
      const today = ctx.today()
      const subject = subjectOf(d, query, language)
      const doc = implementationReport(d, items, { subject, language, today, since, previous })
      const saved = await saveReport(ctx, doc, today, kind, call)
      // Issued once it is saved: a cancelled save issues nothing.
      if (saved && issue) {
        await ctx.store.update((draft) => {
          draft.reports.push({ ...stamp(ctx.clock()), selection, subject, issuedOn: today, previousId: previous?.id ?? null, content: doc, included: reportIncluded(items) })
        })
      }
      return saved
    },

    listIssuedReports: () =>
      data()
        .reports.map((r): IssuedReportView => {
          const previous = r.previousId === null ? undefined : data().reports.find((p) => p.id === r.previousId)
          return { id: r.id, subject: r.subject, issuedOn: r.issuedOn, language: r.content.language, commitments: r.included.length, comparesWith: previous?.issuedOn ?? null }
        })
        .reverse(),

    exportIssuedReport: ({ id, format: kind }, call) => {
      const report = findOrThrow(data().reports, id, 'report')
      return saveReport(ctx, report.content, report.issuedOn, kind, call)
    },

    deleteIssuedReport: ({ id }) =>
      ctx.store.update((d) => {
        d.reports.splice(d.reports.indexOf(findOrThrow(d.reports, id, 'report')), 1)
      }),

    undoReply: ({ requestId }) =>
      ctx.store.update((d) => {
        const request = findOrThrow(d.updateRequests, requestId, 'request')
        if (request.reply === null) throw new DeskError('conflict', 'This request has no reply to take back', [{ path: 'requestId', message: 'reporting:validation.notAnswered' }])
        const added = new Set(request.reply.updateIds)
        const before = d.statusUpdates.length
        d.statusUpdates = d.statusUpdates.filter((u) => !added.has(u.id))
        if (d.statusUpdates.length !== before) for (const item of request.items) moveOnOccurrence(d, item.commitmentId)
        request.reply = null
        request.updatedAt = ctx.clock().toISOString()
        return { removed: before - d.statusUpdates.length }
      }),
  }
}

function reviewView(token: string, request: UpdateRequestView, review: ReplyReview, openedFor: string | null): ReplyReviewView {
  const rows = review.rows.map((r) => ({
    row: r.row,
    clause: r.clause,
    statusText: r.statusText,
    progressText: r.progressText,
    problems: r.problems,
    changedSince: r.changedSince,
    update: r.update && { status: r.update.status, progress: r.update.progress, narrative: r.update.narrative, delayReason: r.update.delayReason ?? '', evidence: r.update.evidence[0]?.reference ?? '' },
  }))
  return { token, request, fileName: review.fileName, openedFor, rows, adds: rows.filter((r) => r.update).length }
}
