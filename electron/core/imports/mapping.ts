// Which column of an imported table holds what. The header row is found and read by its words
// (№, мероприятие, срок, ответственные…, in Russian or English, in any order); a layout mapped
// once is remembered by its header row, so the next file of the same shape maps itself.
import { fold } from '../domain/search'
import type { ImportField, ImportLayout } from '../schema'

/** Header words for each field, folded; a header cell matches the first field one of whose words it contains. */
const HEADER_WORDS: [ImportField, string[]][] = [
  ['clause', ['№', 'n п/п', 'номер', 'пункт', 'п/п', 'no.', 'clause', 'item', 'ref']],
  ['deadline', ['срок', 'дата исполнения', 'период реализации', 'deadline', 'due', 'timeline', 'timeframe', 'time frame', 'period', 'when']],
  ['owners', ['ответствен', 'исполнител', 'responsible', 'lead', 'owner', 'implementing', 'agency', 'agencies']],
  ['completionForm', ['форма завершения', 'форма исполнения', 'форма отчетности', 'механизм реализации', 'ожидаемый результат', 'результат', 'completion', 'output', 'outcome', 'deliverable', 'expected result']],
  ['summary', ['кратко', 'краткое', 'summary']],
  ['themes', ['тема', 'направление', 'сфера', 'theme', 'area', 'sector']],
  ['text', ['мероприят', 'наименование', 'содержание', 'поручение', 'меры', 'действи', 'measure', 'action', 'activity', 'activities', 'commitment', 'description', 'task']],
]

const cellField = (cell: string): ImportField | null => {
  const folded = fold(cell).trim()
  if (folded === '') return null
  if (/^(№|n|no\.?|#)\s*(п\/п)?$/.test(folded)) return 'clause'
  return HEADER_WORDS.find(([, words]) => words.some((w) => folded.includes(w)))?.[0] ?? null
}

/** The columns' fields guessed from a header row; each field at most once, the rest ignored. */
export function guessColumns(header: readonly string[]): ImportField[] {
  const taken = new Set<ImportField>()
  return header.map((cell) => {
    const field = cellField(cell)
    if (!field || taken.has(field)) return 'ignore'
    taken.add(field)
    return field
  })
}

/**
 * The header row: among the first rows, the one whose cells name the most fields (at least two,
 * one of them the text). null when the table has no header: the user maps by position.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number | null {
  let best: number | null = null
  let bestScore = 0
  for (const [index, row] of rows.slice(0, 15).entries()) {
    const fields = guessColumns(row).filter((f) => f !== 'ignore')
    if (fields.length >= 2 && fields.includes('text') && fields.length > bestScore) [best, bestScore] = [index, fields.length]
  }
  return best
}

/** A header row's identity for remembering its mapping: its cells folded, in order. */
export const layoutKey = (header: readonly string[]) =>
  header
    .map((c) => fold(c).replace(/\s+/g, ' ').trim())
    .join('\u001f')
    .slice(0, 4000)

/** The remembered mapping for this header, when its width still fits. */
export function rememberedColumns(layouts: readonly ImportLayout[], header: readonly string[]): ImportField[] | null {
  const key = layoutKey(header)
  const found = layouts.find((l) => l.key === key)
  return found && found.columns.length === header.length ? found.columns : null
}
