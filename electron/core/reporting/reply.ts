// A returned request workbook read back: the request it answers (from its hidden sheet), and each
// row matched to its commitment by the hidden key, whatever the clerk sorted or deleted. A row is
// the owner's report to add, or named for what is wrong with it; nothing is saved here.
import ExcelJS from 'exceljs'
import { historiesOf } from '../domain/commitmentQuery'
import { needsDelayReason } from '../domain/status'
import { ReaderError, zipEntryNames } from '../imports/readers/table'
import type { ReplyProblem } from '../ops/contracts/reporting'
import { DeskError } from '../ops/errors'
import type { CommitmentStatus, DeskData, StatusUpdateInput, UpdateRequest } from '../schema'
import { statusOfWords } from './statusWords'
import { columnOf, HEADER_ROW, META_SHEET, REQUEST_MARK } from './workbook'

export interface ReplyRow {
  /** The row's number in the sheet, as Excel shows it. */
  row: number
  commitmentId: string | null
  clause: string
  /** What the cells say, as written. */
  statusText: string
  progressText: string
  problems: ReplyProblem[]
  /** A newer update than the one the workbook showed exists: the owner may not have seen it. */
  changedSince: boolean
  /** The update the row adds; null with a problem or when the owner left it empty. */
  update: StatusUpdateInput | null
}

export interface ReplyReview {
  requestId: string
  fileName: string
  rows: ReplyRow[]
}

const REPLY_IGNORED = ['conditionalFormatting', 'extLst', 'drawing', 'picture', 'headerFooter', 'pageSetup', 'printOptions', 'pageMargins', 'rowBreaks', 'dataValidations']

const refuse = (reason: string, message: string, name: string) => new DeskError('file_refused', message, [], [], { name, reason: `reporting:replyFile.${reason}` })

/** The workbook of a reply, or a refusal naming what it is instead. */
async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  try {
    zipEntryNames(bytes)
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: REPLY_IGNORED })
  } catch (error) {
    if (error instanceof ReaderError && error.code === 'too_large') throw refuse('too_large', error.message, fileName)
    throw refuse('unreadable', `Not an Excel workbook: ${String(error)}`, fileName)
  }
  return workbook
}

/** The request a workbook says it answers; refused when it is not one of ours. */
export async function readReplyWorkbook(bytes: Uint8Array, fileName: string) {
  const workbook = await loadWorkbook(bytes, fileName)
  const meta = workbook.getWorksheet(META_SHEET)
  const sheet = workbook.worksheets.find((w) => w.name !== META_SHEET)
  if (!meta || !sheet || text(meta.getCell('A1').value) !== REQUEST_MARK) throw refuse('not_ours', 'The workbook is not a request made by the app', fileName)
  return { requestId: text(meta.getCell('A2').value), sheet }
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim()
  if ('result' in value) return text((value.result ?? null) as ExcelJS.CellValue)
  if ('text' in value) return text(value.text as ExcelJS.CellValue)
  return ''
}

/** "75", "75%", 0.75 from a cell formatted as percent: a whole 0–100, or null for a bad cell. */
function progressOf(value: ExcelJS.CellValue, written: string, numFmt: string | undefined): number | null | 'bad' {
  if (written === '') return null
  let n: number
  if (typeof value === 'number') n = numFmt?.includes('%') ? value * 100 : value
  else {
    const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(written)
    if (!match) return 'bad'
    n = Number(match[1]!.replace(',', '.'))
  }
  const whole = Math.round(n)
  return Math.abs(whole - n) < 1e-9 && whole >= 0 && whole <= 100 ? whole : 'bad'
}

export interface ReplyContext {
  today: string
}

/** Each row of the sheet under the header, matched and checked against the request and the data as they are now. */
export function reviewReply(data: DeskData, request: UpdateRequest, sheet: ExcelJS.Worksheet, fileName: string, ctx: ReplyContext): ReplyReview {
  const asked = new Map(request.items.map((i) => [i.commitmentId, i]))
  const commitments = new Map(data.commitments.map((c) => [c.id, c]))
  const histories = historiesOf(data.statusUpdates)
  const seen = new Set<string>()
  const rows: ReplyRow[] = []
  const col = {
    clause: columnOf('clause'),
    status: columnOf('status'),
    progress: columnOf('progress'),
    done: columnOf('done'),
    delayReason: columnOf('delayReason'),
    evidence: columnOf('evidence'),
  }
  sheet.eachRow((row, number) => {
    if (number <= HEADER_ROW) return
    const key = text(row.getCell(1).value)
    const statusText = text(row.getCell(col.status).value)
    const progressCell = row.getCell(col.progress)
    const progressText = text(progressCell.value)
    const done = text(row.getCell(col.done).value)
    const delayReason = text(row.getCell(col.delayReason).value)
    const evidence = text(row.getCell(col.evidence).value)
    const clause = text(row.getCell(col.clause).value)
    const filled = statusText !== '' || progressText !== '' || done !== '' || delayReason !== '' || evidence !== ''
    // A row with nothing in it at all (a gap left by a deleted row) is no row.
    if (key === '' && !filled && clause === '') return

    const problems: ReplyProblem[] = []
    const item = asked.get(key)
    const commitment = commitments.get(key)
    if (!item) problems.push('not_requested')
    else if (!commitment) problems.push('deleted')
    else if (seen.has(key)) problems.push('duplicate')
    seen.add(key)
    const status: CommitmentStatus | null = statusText === '' ? null : statusOfWords(statusText)
    if (statusText !== '' && status === null) problems.push('status_unknown')
    const progress = progressOf(progressCell.value, progressText, progressCell.numFmt)
    if (progress === 'bad') problems.push('progress_invalid')

    const history = item ? histories.get(key) : undefined
    // A delay, or a report on a commitment past its date that does not close it, gives its reason (issue 14, point 4).
    const reported = status ?? history?.status ?? 'no_information'
    if (filled && commitment && delayReason === '' && needsDelayReason(commitment, reported, ctx.today)) problems.push('reason_missing')
    const changedSince = !!item && (history?.latest?.id ?? null) !== item.lastUpdateId
    let update: StatusUpdateInput | null = null
    if (problems.length === 0 && filled && commitment && progress !== 'bad') {
      update = {
        commitmentId: key,
        date: ctx.today,
        author: request.organisationName,
        source: 'self_report',
        // Left empty, the status stays what the owner was shown.
        status: reported,
        progress,
        confidence: null,
        narrative: done,
        ...(delayReason === '' ? {} : { delayReason }),
        evidence: evidence === '' ? [] : [{ fileId: null, reference: evidence.slice(0, 500), page: '' }],
        correctsId: null,
      }
    }
    rows.push({ row: number, commitmentId: key === '' ? null : key, clause, statusText, progressText, problems, changedSince, update })
  })
  return { requestId: request.id, fileName, rows }
}
