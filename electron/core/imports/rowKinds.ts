// What each row under a table's header is: a commitment, a section heading ("I. Транспорт и
// логистика" across the table, "2. Транспортно-транзитное сотрудничество" above "2.1", "2.2"), the
// row of column numbers printed under the header ("1 | 2 | 3 | 4 | 5"), or a note under the table
// ("Примечание: …", the list of abbreviations). Only commitments are imported; a section names the
// rows under it. A guess from the row's shape: the user can still take any row as a commitment.
import type { ImportField } from '../schema'

export type RowKind = 'commitment' | 'section' | 'column_numbers' | 'note'

const ROMAN = /^(?:[IVXLC]+|[ІVХ]+)(?:[.)]|\s|$)/u
const HEADING_WORD = /^(?:раздел|глава|часть|направление|блок|section|chapter|part|area)\s+(?:[IVXLC\d]+|[а-яё]+)/iu
const TOP_NUMBER = /^(\d{1,2})[.)]?(?:\s|$)/u
const NOTE = /^(?:\*|примечани|прим\.|note|notes|сокращени|аббревиатур|список сокращений|используемые сокращения|принятые сокращения|abbreviations|согласовано|утверждено|agreed|approved)/iu

const filled = (row: readonly string[]) => row.map((c) => c.trim()).filter((c) => c !== '')

/** "1 | 2 | 3 | 4 | 5": every cell a number, counting up from 1. */
function isColumnNumbers(row: readonly string[]): boolean {
  const cells = filled(row)
  if (cells.length < 2 || !cells.every((c) => /^\d{1,2}\.?$/.test(c))) return false
  return cells.every((c, i) => parseInt(c, 10) === i + 1)
}

/** The one text a row holds, when it holds only one (a merged cell repeats it across the row). */
function singleText(row: readonly string[]): { text: string; cells: number } | null {
  const cells = filled(row)
  if (cells.length === 0) return null
  return cells.every((c) => c === cells[0]) ? { text: cells[0]!, cells: cells.length } : null
}

const at = (row: readonly string[], columns: readonly ImportField[], field: ImportField) => {
  const i = columns.indexOf(field)
  return i < 0 ? '' : (row[i] ?? '').trim()
}

/**
 * The kind of every row from `first` on (indexes as in `rows`; empty rows are commitments with
 * nothing in them, which the preview leaves out anyway).
 */
export function classifyRows(rows: readonly (readonly string[])[], first: number, columns: readonly ImportField[]): RowKind[] {
  const kinds: RowKind[] = []
  // Does the table fill deadlines or owners as a rule? Then a row without either, holding one text, is a heading.
  let content = 0
  let withDetails = 0
  for (let i = first; i < rows.length; i++) {
    if (filled(rows[i]!).length === 0) continue
    content++
    if (at(rows[i]!, columns, 'deadline') !== '' || at(rows[i]!, columns, 'owners') !== '') withDetails++
  }
  const detailsAreTheRule = content > 0 && withDetails / content >= 0.5
  let lastCommitment = -1
  for (let i = first; i < rows.length; i++) {
    const row = rows[i]!
    kinds[i] = kindOf(rows, i, first, columns, detailsAreTheRule)
    if (kinds[i] === 'commitment' && filled(row).length > 0) lastCommitment = i
  }
  // Below the last commitment, a row of one text is a closing note, not a heading with nothing under it.
  for (let i = lastCommitment + 1; i < rows.length; i++) if (kinds[i] === 'section') kinds[i] = 'note'
  return kinds
}

function kindOf(rows: readonly (readonly string[])[], i: number, first: number, columns: readonly ImportField[], detailsAreTheRule: boolean): RowKind {
  const row = rows[i]!
  if (i - first < 3 && isColumnNumbers(row)) return 'column_numbers'
  const single = singleText(row)
  const deadline = at(row, columns, 'deadline')
  const owners = at(row, columns, 'owners')
  if (single) {
    if (NOTE.test(single.text)) return 'note'
    if (single.cells >= 2 || ROMAN.test(single.text) || HEADING_WORD.test(single.text)) return 'section'
    if (detailsAreTheRule && deadline === '' && owners === '') return 'section'
    return 'commitment'
  }
  // "2. | Транспортно-транзитное сотрудничество" above "2.1", "2.2": a numbered heading.
  if (deadline !== '' || owners !== '') return 'commitment'
  const clause = at(row, columns, 'clause')
  if (ROMAN.test(clause)) return 'section'
  const top = TOP_NUMBER.exec(clause)
  if (!top) return 'commitment'
  let n = i + 1
  while (n < rows.length && filled(rows[n]!).length === 0) n++
  const next = rows[n]
  if (next && at(next, columns, 'clause').startsWith(`${top[1]}.`) && /\d/.test(at(next, columns, 'clause').slice(top[1]!.length + 1))) return 'section'
  return 'commitment'
}

/** A heading as a theme: without its number or "Раздел 2." — "I. Транспорт и логистика" → "Транспорт и логистика". */
export function sectionTitle(heading: string): string {
  return heading
    .replace(/\s+/g, ' ')
    .replace(/^(?:раздел|глава|часть|направление|блок|section|chapter|part|area)\s+/iu, '')
    .replace(/^(?:[IVXLC]+|[ІVХ]+|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+/u, '')
    .replace(/^[.:|–—-]\s*/u, '')
    .trim()
}
