// The commitments list as CSV, written for Excel first since that is where a secretariat opens it:
//
// - UTF-8 with a byte order mark: without the BOM, Excel reads a CSV in the system's ANSI code page
//   (Windows-1251 on Russian Windows) and the Cyrillic comes out garbled.
// - ";" between fields by default: Excel splits a double-clicked CSV on the list separator of the
//   Windows regional settings, and with Russian settings (where "," is the decimal comma) that is
//   ";". A comma-separated file would land whole in column A. "," is there for English settings
//   and other tools. A "sep=;" first line would also tell Excel, but Excel then ignores the BOM.
// - RFC 4180 otherwise: CRLF line ends, a field with either delimiter (";" or ","), a tab, a quote
//   or a line break in quotes, quotes inside doubled. Either delimiter: a reader that splits on
//   the other one must not see a field start with "=" in the middle of a cell.
// - Dates as dd.mm.yyyy, which Excel with Russian settings reads back as dates.
import type { Cell, CommitmentsTable } from './commitmentsTable'

export interface CsvOptions {
  delimiter?: ';' | ','
}

const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * CSV injection: a spreadsheet takes a field that starts with = + - @, a tab or a CR for a formula,
 * and a formula can reach out to other programs or the network. An apostrophe in front keeps the
 * field text (OWASP's advice); some programs show the apostrophe, a small price for a file that
 * runs nothing. Only text needs it: the dates and yes/no words we write never start that way.
 */
const formulaStart = /^[=+\-@\t\r]/
/**
 * The same after a delimiter inside a field: a reader that splits on the other delimiter (Excel
 * with English settings opening a ";" file) starts a cell there. A space in between keeps it text.
 */
const formulaAfterDelimiter = /([;,])(?=[=+\-@])/g

const pad = (n: number) => String(n).padStart(2, '0')

function fieldText(cell: Cell, table: CommitmentsTable): string {
  if (cell === null) return ''
  switch (cell.type) {
    case 'text': {
      const text = cell.value.replace(formulaAfterDelimiter, '$1 ')
      return formulaStart.test(text) ? `'${text}` : text
    }
    case 'date':
      // Read in UTC: the cell holds the day at 00:00 UTC.
      return `${pad(cell.value.getUTCDate())}.${pad(cell.value.getUTCMonth() + 1)}.${cell.value.getUTCFullYear()}`
    case 'boolean':
      return cell.value ? table.yes : table.no
  }
}

function quoted(field: string): string {
  return /[;,\t"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}

export function commitmentsToCsv(table: CommitmentsTable, options: CsvOptions = {}): Buffer {
  const delimiter = options.delimiter ?? ';'
  const line = (fields: string[]) => fields.map(quoted).join(delimiter) + CRLF
  const lines = [line(table.columns.map((c) => c.title)), ...table.rows.map((row) => line(row.map((cell) => fieldText(cell, table))))]
  return Buffer.from(BOM + lines.join(''), 'utf-8')
}
