// Excel workbooks: every worksheet's cells as the user sees them. Formulas give their saved result
// (nothing is ever calculated), and a merged block's text is repeated in each of its cells, so a
// roadmap's merged "responsible" column still lines up with each of its rows.
import ExcelJS from 'exceljs'
import {
  NoteList,
  requireText,
  ReaderError,
  SheetBuilder,
  zipEntryNames,
  type ImportSheet,
  type ImportTable,
} from './table'

/**
 * Parts of a sheet that carry no cell text. exceljs expands a data validation or a conditional
 * format to every cell of its range, so a dropdown on a whole column alone can cost a million objects.
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture', 'headerFooter', 'pageSetup', 'printOptions', 'pageMargins', 'rowBreaks']

export async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  zipEntryNames(bytes)
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its argument as its own Buffer look-alike; it hands it to JSZip, which takes a Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES })
  } catch (error) {
    throw new ReaderError('unreadable', `exceljs could not read the workbook: ${String(error)}`, { cause: error })
  }
  const notes = new NoteList()
  const sheets = workbook.worksheets.map((worksheet, index) => readWorksheet(worksheet, index, notes))
  return requireText({ sheets, notes: notes.list() }, 'The workbook')
}

interface Block {
  top: number
  left: number
  bottom: number
  right: number
  text: string
}

function readWorksheet(worksheet: ExcelJS.Worksheet, sheet: number, notes: NoteList): ImportSheet {
  const builder = new SheetBuilder()
  // exceljs gives each merged cell the type Merge and the master's value; the blocks are found
  // from the cells themselves rather than from the worksheet's private merge list.
  const blocks = new Map<string, Block>()
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Empty rows are skipped, so rows keep the spreadsheet's numbering: row N is rows[N - 1].
    builder.skipTo(rowNumber - 1)
    const cells: string[] = []
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const ref = { sheet, row: rowNumber - 1, column: columnNumber - 1 }
      const source = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell
      const text = displayText(source.value, source.numFmt)
      cells[ref.column] = text
      if (cell.isMerged) extendBlock(blocks, source.address, ref.row, ref.column, text)
      if (cell.type === ExcelJS.ValueType.Formula) {
        notes.add({ ...ref, code: hasResult(cell.value) ? 'formula_value_used' : 'formula_without_value' })
      }
    })
    builder.add(Array.from(cells, (text) => text ?? ''))
  })
  for (const block of blocks.values()) {
    if (block.text.trim() === '') continue
    const [rows, columns] = [block.bottom - block.top + 1, block.right - block.left + 1]
    if (rows * columns > 1) notes.add({ code: 'merged_cells_filled', sheet, row: block.top, column: block.left, rows, columns })
  }
  return builder.finish(worksheet.name, sheet, notes)
}

function extendBlock(blocks: Map<string, Block>, master: string, row: number, column: number, text: string): void {
  const block = blocks.get(master)
  if (!block) {
    blocks.set(master, { top: row, left: column, bottom: row, right: column, text })
    return
  }
  block.top = Math.min(block.top, row)
  block.left = Math.min(block.left, column)
  block.bottom = Math.max(block.bottom, row)
  block.right = Math.max(block.right, column)
}

function hasResult(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && 'result' in value && value.result !== undefined
}

/** The text the user sees in the cell, as far as it does not depend on their locale. */
function displayText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return formatNumber(value, numFmt)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return formatDate(value, numFmt)
  if ('error' in value) return value.error
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  // A hyperlink's text is rich text when the link is styled, despite exceljs's typing.
  if ('hyperlink' in value) return displayText(value.text as ExcelJS.CellValue, numFmt)
  if ('result' in value) return displayText(value.result ?? null, numFmt)
  return ''
}

/** The first section of a number format (the one for positive numbers) without literal text or [colour] codes. */
function formatPattern(numFmt: string | undefined): string {
  const withoutLiterals = (numFmt ?? '').replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '')
  return withoutLiterals.split(';')[0]?.trim() ?? ''
}

/**
 * Decimals, percent and exponent as the format shows them. Thousands separators and the decimal
 * comma are left out: they depend on the user's locale, and a plain number maps more reliably.
 */
function formatNumber(value: number, numFmt: string | undefined): string {
  const pattern = formatPattern(numFmt)
  if (!/[0#?]/.test(pattern) || pattern.includes('/')) return generalNumber(value)
  const decimals = /\.([0#?]+)/.exec(pattern)?.[1]?.length ?? 0
  if (/E[+-]/i.test(pattern)) return value.toExponential(decimals).toUpperCase()
  if (pattern.includes('%')) return `${(value * 100).toFixed(decimals)}%`
  return value.toFixed(decimals)
}

/** Like Excel's General format: 15 significant digits, so 0.1 + 0.2 reads 0.3. */
function generalNumber(value: number): string {
  return String(Number(value.toPrecision(15)))
}

const MONTHS = {
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}
/** Excel's locale codes of English ([$-409], [$-en-GB]…); other cells show months as a Russian Excel does. */
const ENGLISH_LOCALE = /\[\$-(?:[0-9a-f]*09|en[-_a-z]*)\]/i

/**
 * dd.mm.yyyy, with hh:mm when the format shows a time; exceljs gives the cell's wall time as UTC.
 * A date formatted as a month ("mmmm yyyy", "mm.yyyy") is shown as one, "декабрь 2026" or
 * "12.2026": the roadmap means the month, not its first day.
 */
function formatDate(date: Date, numFmt: string | undefined): string {
  if (Number.isNaN(date.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  const pattern = formatPattern(numFmt).toLowerCase()
  if (/m/.test(pattern) && /y/.test(pattern) && !/[dhs]/.test(pattern)) {
    const year = date.getUTCFullYear()
    if (!/mmm/.test(pattern)) return `${pad(date.getUTCMonth() + 1)}.${year}`
    return `${MONTHS[ENGLISH_LOCALE.test(numFmt ?? '') ? 'en' : 'ru'][date.getUTCMonth()]} ${year}`
  }
  const day = `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`
  const seconds = pattern.includes('s') ? `:${pad(date.getUTCSeconds())}` : ''
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds}`
  if (!pattern.includes('h')) return day
  return /[dy]/.test(pattern) ? `${day} ${time}` : time
}
