// A request's workbook: the owner's commitments on one protected sheet, the columns to fill
// unlocked (status from a drop-down, progress 0–100, what was done, reason, evidence), each row
// keyed by its commitment's id in a hidden column, and which request it answers in a very hidden
// sheet. Whole columns are styled and validated once (not cell by cell): 500 rows or 5 cost the same.
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { zipEntry, zipOf } from '../files/zipWrite'
import { CommitmentStatus, type UpdateRequest } from '../schema'
import { requestLabels, type RequestLabels } from './labels'
import { replyByWords, type RequestRow } from './requests'

/** What marks a workbook as one of ours, in the hidden sheet's first cell. */
export const REQUEST_MARK = 'delegation-desk/update-request/1'
export const META_SHEET = 'desk'
/** The table starts under the note. */
export const HEADER_ROW = 3

type ColumnKey = keyof RequestLabels['columns']
/** The columns after the hidden key (A), in order; `fill` ones are the owner's to write. */
export const REQUEST_COLUMNS: { key: ColumnKey; width: number; fill: boolean }[] = [
  { key: 'number', width: 6, fill: false },
  { key: 'clause', width: 10, fill: false },
  { key: 'text', width: 60, fill: false },
  { key: 'deadline', width: 18, fill: false },
  { key: 'dueDate', width: 12, fill: false },
  { key: 'lastStatus', width: 16, fill: false },
  { key: 'status', width: 18, fill: true },
  { key: 'progress', width: 12, fill: true },
  { key: 'done', width: 50, fill: true },
  { key: 'delayReason', width: 36, fill: true },
  { key: 'evidence', width: 36, fill: true },
]
/** A column's number in the sheet (the key is column 1). */
export const columnOf = (key: ColumnKey) => REQUEST_COLUMNS.findIndex((c) => c.key === key) + 2
const letterOf = (column: number) => String.fromCharCode(64 + column)

/** Excel refuses an inline list longer than 255 characters; the six statuses fit in either language. */
/** exceljs keeps a range's validation as one rule (written as one sqref), though its types name only a cell's. */
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations

const statusList = (labels: RequestLabels) => `"${CommitmentStatus.options.map((s) => labels.statuses[s]).join(',')}"`

export async function requestWorkbook(request: UpdateRequest, rows: readonly RequestRow[]): Promise<Uint8Array> {
  const L = requestLabels[request.language]
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Delegation Desk'
  workbook.title = `${L.letter.title}: ${request.subject}`

  const sheet = workbook.addWorksheet(L.sheet, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  })
  sheet.columns = [
    { key: 'key', width: 38, hidden: true },
    ...REQUEST_COLUMNS.map((c) => ({
      key: c.key,
      width: c.width,
      style: {
        alignment: { vertical: 'top' as const, wrapText: c.width > 20 },
        ...(c.key === 'dueDate' ? { numFmt: 'dd.mm.yyyy' } : {}),
        // Unlocked by the column's style: every cell of it, the rows below the table too.
        ...(c.fill ? { protection: { locked: false }, fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF8DC' } } } : {}),
      },
    })),
  ]
  sheet.getCell('B1').value = `${L.letter.title}: ${request.subject} — ${request.organisationName}`
  sheet.getCell('B1').font = { bold: true }
  sheet.getCell('B2').value = L.instructions(replyByWords(request))
  for (const cell of ['B1', 'B2']) sheet.getCell(cell).protection = { locked: true }

  const header = sheet.getRow(HEADER_ROW)
  header.values = [null, ...REQUEST_COLUMNS.map((c) => L.columns[c.key])]
  header.font = { bold: true }
  header.alignment = { vertical: 'top', wrapText: true }
  header.eachCell((cell) => (cell.protection = { locked: true }))

  // A cell takes its column's style object itself, not exceljs's copy of it: exceljs lays a style
  // out as XML once for each object it meets, for a copy per cell a third of the workbook's time.
  const styles = sheet.columns.map((c) => c.style)
  rows.forEach((row, i) => {
    const values: ExcelJS.CellValue[] = [row.commitmentId, i + 1, row.clause, row.text, row.deadline, row.dueDate, L.statuses[row.lastStatus]]
    const line = sheet.getRow(HEADER_ROW + 1 + i)
    line.values = values
    values.forEach((_, c) => (line.getCell(c + 1).style = styles[c]!))
  })

  const first = HEADER_ROW + 1
  const last = HEADER_ROW + Math.max(rows.length, 1)
  const range = (key: ColumnKey) => `${letterOf(columnOf(key))}${first}:${letterOf(columnOf(key))}${last}`
  validations(sheet).add(range('status'), {
    type: 'list',
    allowBlank: true,
    formulae: [statusList(L)],
    showErrorMessage: true,
    errorStyle: 'warning',
    promptTitle: L.columns.status,
    prompt: L.statusPrompt,
    showInputMessage: true,
  })
  validations(sheet).add(range('progress'), {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorStyle: 'stop',
    prompt: L.progressPrompt,
    showInputMessage: true,
  })
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 2 }, to: { row: last, column: REQUEST_COLUMNS.length + 1 } }
  // No password: the protection keeps the given columns from being overwritten by mistake, it is not a secret.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, sort: true, autoFilter: true, formatColumns: true, formatRows: true, deleteRows: true })

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' })
  meta.getCell('A1').value = REQUEST_MARK
  meta.getCell('A2').value = request.id
  meta.getCell('A3').value = request.organisationId

  // exceljs deflates through JSZip at about a third of the workbook's time; zlib does it many times faster.
  const stored = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions))
  return zipOf(Object.entries(unzipSync(stored)).map(([name, bytes]) => zipEntry(name, bytes)))
}
