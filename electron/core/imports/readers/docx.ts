// Word documents: every table, in document order. mammoth turns the document into plain, regular
// HTML (it writes only its own few tags and escapes all text), and the tables are read from that
// with a small tokenizer instead of a DOM: only the table structure is interpreted, and a cell's
// text, "<script>" included, comes back as the literal text the user typed.
import mammoth from 'mammoth'
import {
  NoteList,
  requireText,
  ReaderError,
  SheetBuilder,
  zipEntryNames,
  type ImportSheet,
  type ImportTable,
} from './table'

export async function readDocxTables(bytes: Uint8Array): Promise<ImportTable> {
  zipEntryNames(bytes)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Pictures are not table text: skipping them keeps megabytes of base64 out of the HTML.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // A document may link pictures from the user's disk; an import never reads them.
        externalFileAccess: false,
      },
    )
    html = result.value
  } catch (error) {
    throw new ReaderError('unreadable', `mammoth could not read the document: ${String(error)}`, { cause: error })
  }
  const notes = new NoteList()
  const sheets = parseTables(html).map((table, index) => layOut(table, index, notes))
  if (sheets.length === 0) throw new ReaderError('no_table', 'The document has no tables')
  return requireText({ sheets, notes: notes.list() }, 'The document')
}

interface RawCell {
  text: string
  colSpan: number
  rowSpan: number
}

/** A table as written: each row holds only the cells that start in it. */
type RawTable = RawCell[][]

/** A cell's text as it is read: paragraphs and list items become lines, <br> a line break. */
class CellText {
  private readonly parts: string[] = []
  private lineEnded = false

  text(text: string): void {
    if (this.lineEnded && this.parts.length > 0) this.parts.push('\n')
    this.lineEnded = false
    this.parts.push(text)
  }

  lineBreak(): void {
    this.parts.push('\n')
    this.lineEnded = false
  }

  /** The edge of a paragraph: a line break before whatever text follows, if any does. */
  endLine(): void {
    this.lineEnded = true
  }

  toString(): string {
    return this.parts.join('')
  }
}

interface OpenTable {
  rows: RawTable
  row: RawCell[] | null
  cell: (RawCell & { content: CellText }) | null
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g
/** mammoth's block elements: each is a line of its own inside a cell. */
const LINE_TAGS = new Set(['p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'div', 'pre', 'blockquote'])
/** HTML's own upper bound for colspan; it keeps a damaged span from allocating millions of cells. */
const MAX_SPAN = 1000

/** The top-level tables of mammoth's HTML; a table inside a cell becomes text of that cell. */
function parseTables(html: string): RawTable[] {
  const tables: RawTable[] = []
  const open: OpenTable[] = []
  for (const [, closing, tagName, attributes, text] of html.matchAll(TOKEN)) {
    const table = open.at(-1)
    if (text !== undefined) {
      table?.cell?.content.text(decodeEntities(text))
      continue
    }
    const tag = (tagName ?? '').toLowerCase()
    if (tag === 'table' && !closing) {
      open.push({ rows: [], row: null, cell: null })
    } else if (!table) {
      continue
    } else if (tag === 'table') {
      open.pop()
      endRow(table)
      const parent = open.at(-1)?.cell
      if (parent) appendFlattened(parent.content, table.rows)
      else tables.push(table.rows)
    } else if (tag === 'tr') {
      endRow(table)
      if (!closing) table.row = []
    } else if (tag === 'td' || tag === 'th') {
      endCell(table)
      if (!closing) {
        table.row ??= []
        table.cell = { text: '', colSpan: span(attributes, 'colspan'), rowSpan: span(attributes, 'rowspan'), content: new CellText() }
      }
    } else if (tag === 'br') {
      table.cell?.content.lineBreak()
    } else if (LINE_TAGS.has(tag)) {
      table.cell?.content.endLine()
    }
  }
  return tables
}

function endCell(table: OpenTable): void {
  if (!table.cell) return
  const { content, ...cell } = table.cell
  table.row ??= []
  table.row.push({ ...cell, text: content.toString() })
  table.cell = null
}

function endRow(table: OpenTable): void {
  endCell(table)
  if (table.row) table.rows.push(table.row)
  table.row = null
}

/** A nested table's text: a line per row, its cells separated by " | ". */
function appendFlattened(content: CellText, rows: RawTable): void {
  content.endLine()
  for (const row of rows) {
    const line = row.map((cell) => cell.text.trim()).filter((text) => text !== '').join(' | ')
    if (line === '') continue
    content.text(line)
    content.endLine()
  }
}

function span(attributes: string | undefined, name: 'colspan' | 'rowspan'): number {
  const value = Number(new RegExp(`\\b${name}="(\\d+)"`).exec(attributes ?? '')?.[1] ?? 1)
  return Math.min(Math.max(value, 1), MAX_SPAN)
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** One pass, so "&amp;lt;" becomes the text "&lt;" and never "<". */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity: string, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    return valid ? String.fromCodePoint(code) : entity
  })
}

/**
 * The table as a grid: a cell spanning columns or rows fills each position it covers with its
 * text, the way merged cells of a workbook are read, so every row keeps its column positions.
 */
function layOut(table: RawTable, sheet: number, notes: NoteList): ImportSheet {
  const builder = new SheetBuilder()
  // Column → the text of a cell from a row above that still spans down into this row.
  const spanning = new Map<number, { text: string; lastRow: number }>()
  table.forEach((rawRow, r) => {
    const row: string[] = []
    const coveredFromAbove = (column: number) => (spanning.get(column)?.lastRow ?? -1) >= r
    let column = 0
    for (const cell of rawRow) {
      while (coveredFromAbove(column)) column++
      const rows = Math.min(cell.rowSpan, table.length - r)
      for (let i = column; i < column + cell.colSpan; i++) {
        row[i] = cell.text
        if (rows > 1) spanning.set(i, { text: cell.text, lastRow: r + rows - 1 })
      }
      if (rows * cell.colSpan > 1 && cell.text.trim() !== '') {
        notes.add({ code: 'merged_cells_filled', sheet, row: r, column, rows, columns: cell.colSpan })
      }
      column += cell.colSpan
    }
    for (const [at, above] of spanning) {
      if (above.lastRow >= r && row[at] === undefined) row[at] = above.text
    }
    builder.add(Array.from(row, (text) => text ?? ''))
  })
  return builder.finish(`Table ${sheet + 1}`, sheet, notes)
}
