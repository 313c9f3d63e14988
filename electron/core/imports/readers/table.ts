// What every table reader returns, the error they throw, and the guards they share: the size
// limits, the zip check that runs before a parser sees the bytes, and the row collector that keeps
// cell positions. Readers turn a user's file into plain strings; mapping them to commitments is
// another module's job, so nothing here guesses at headers or meaning. The renderer imports the
// types from here, so this file uses no Node API.
import { zipDirectory, ZipError, type ZipLimits } from '../../files/zip'

export interface ImportSheet {
  /** The worksheet's name; for a Word document or a CSV file "Table N", by position. */
  name: string
  /**
   * Cell text, trimmed, line breaks inside a cell as "\n". A row keeps its cells' positions but
   * ends at its last non-empty cell, so rows may differ in length: a missing cell is an empty one.
   */
  rows: string[][]
}

export interface ImportTable {
  sheets: ImportSheet[]
  notes: ReaderNote[]
}

export type TextEncodingName = 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be'
export type CsvDelimiter = ';' | ',' | '\t'

/** A cell, by 0-based indexes: `sheet` into `sheets`, `row` into its `rows`, `column` into the row. */
export interface CellRef {
  sheet: number
  row: number
  column: number
}

/** Notes about single cells; a sheet keeps at most MAX_CELL_NOTES of each code. */
export type CellNote =
  /** A formula cell: its result as last saved by the spreadsheet program is used. */
  | (CellRef & { code: 'formula_value_used' })
  /** A formula cell saved without a result (some generators never compute one): read as empty. */
  | (CellRef & { code: 'formula_without_value' })
  /** A merged block, `rows` × `columns` from this cell: its text is repeated in every cell of it. */
  | (CellRef & { code: 'merged_cells_filled'; rows: number; columns: number })
  /** A quoted CSV field still open at the end of the file: the file may be cut short. */
  | (CellRef & { code: 'unclosed_quote' })

/** Machine-readable facts for the UI, which words them in the user's language. */
export type ReaderNote =
  | CellNote
  /** How a text file was decoded, so the UI can offer the other encoding. */
  | { code: 'encoding'; encoding: TextEncodingName; source: 'bom' | 'detected' | 'option' }
  | { code: 'delimiter'; delimiter: CsvDelimiter; source: 'detected' | 'option' }
  /** Only the first `kept` of `total` rows were read. */
  | { code: 'rows_truncated'; sheet: number; kept: number; total: number }
  /** More cell notes of one code than were kept. */
  | { code: 'notes_truncated'; sheet: number; note: CellNote['code']; omitted: number }

export type ReaderErrorCode = 'unreadable' | 'password_protected' | 'truncated' | 'no_table' | 'too_large' | 'unsupported'

/** A file that cannot be read; `code` is for the UI, the message for developers. */
export class ReaderError extends Error {
  readonly code: ReaderErrorCode

  constructor(code: ReaderErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ReaderError'
    this.code = code
  }
}

/** Checked before any parsing: a larger file is not a roadmap and would exhaust memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024
/**
 * Sum of a zip's declared unpacked sizes. The parsers hold the unpacked XML as objects at about 15
 * times its size (a 50,000-row sheet is 16 MB of XML), so this keeps a load within about 2 GB.
 * It also stops accidental zip bombs; the declared sizes can lie, so it is no defence against a crafted file.
 */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024
/** Rows kept per sheet: far beyond any roadmap, small enough for the import preview to handle. */
export const MAX_ROWS = 100_000
export const MAX_CELL_NOTES = 100

export function checkFileSize(bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ReaderError('too_large', `The file is ${bytes.byteLength} bytes; the limit is ${MAX_FILE_BYTES}`)
  }
}

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const

/** An imported .docx/.xlsx: the file size and unpacked-size limits above, entries far beyond any document. */
const IMPORT_ZIP_LIMITS: ZipLimits = { maxBytes: MAX_FILE_BYTES, maxUnpacked: MAX_UNPACKED_BYTES, maxEntries: 10_000 }

/**
 * The entry names of a .docx/.xlsx zip, after the checks that keep a damaged or huge file away
 * from the parsers (the one zip reader's): a cut file has lost the directory at its end, which is
 * reported as such instead of as the parsers' own error.
 */
export function zipEntryNames(bytes: Uint8Array): string[] {
  try {
    return zipDirectory(bytes, IMPORT_ZIP_LIMITS).map((e) => e.name)
  } catch (error) {
    if (error instanceof ZipError) throw new ReaderError(error.code, error.message, { cause: error })
    throw error
  }
}

/** Cell text as the readers return it: one kind of line break, no surrounding whitespace. */
export function cleanCell(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim()
}

/**
 * Collects one sheet's rows in order. Rows past MAX_ROWS are counted, not kept, and trailing
 * empty cells and rows are dropped, so a stray formatted cell far away costs nothing.
 */
export class SheetBuilder {
  private readonly rows: string[][] = []
  private added = 0
  /** Rows up to and including the last one with text. */
  private total = 0

  add(cells: readonly string[]): void {
    const row = cells.map(cleanCell)
    while (row.length > 0 && row[row.length - 1] === '') row.pop()
    if (this.added < MAX_ROWS) this.rows.push(row)
    this.added++
    if (row.length > 0) this.total = this.added
  }

  /** Adds empty rows until the next row added has this 0-based index. */
  skipTo(index: number): void {
    while (this.added < index) this.add([])
  }

  finish(name: string, sheet: number, notes: NoteList): ImportSheet {
    this.rows.length = Math.min(this.rows.length, this.total)
    if (this.total > MAX_ROWS) notes.add({ code: 'rows_truncated', sheet, kept: MAX_ROWS, total: this.total })
    return { name, rows: this.rows }
  }
}

/** Notes in the order they were found, with at most MAX_CELL_NOTES of each cell note code per sheet. */
export class NoteList {
  private readonly notes: ReaderNote[] = []
  private readonly cellNotes = new Map<string, { sheet: number; note: CellNote['code']; count: number }>()

  add(note: ReaderNote): void {
    if ('row' in note) {
      const key = `${note.sheet} ${note.code}`
      const seen = this.cellNotes.get(key) ?? { sheet: note.sheet, note: note.code, count: 0 }
      seen.count++
      this.cellNotes.set(key, seen)
      if (seen.count > MAX_CELL_NOTES) return
    }
    this.notes.push(note)
  }

  list(): ReaderNote[] {
    const omitted: ReaderNote[] = [...this.cellNotes.values()]
      .filter((seen) => seen.count > MAX_CELL_NOTES)
      .map(({ sheet, note, count }) => ({ code: 'notes_truncated', sheet, note, omitted: count - MAX_CELL_NOTES }))
    return [...this.notes, ...omitted]
  }
}

/** The table, or `no_table` when not one cell of it has text. */
export function requireText(table: ImportTable, what: string): ImportTable {
  if (!table.sheets.some((sheet) => sheet.rows.length > 0)) throw new ReaderError('no_table', `${what} has no table with text`)
  return table
}
