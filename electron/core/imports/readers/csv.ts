// CSV and plain-text tables. Excel saves "CSV" in the system's code page (Windows-1251 on a Russian
// Windows, with ';' between fields) or as UTF-8 with a byte-order mark, so both the encoding and
// the delimiter are detected, and reported in notes so the UI can offer the other choice.
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import {
  checkFileSize,
  NoteList,
  ReaderError,
  requireText,
  SheetBuilder,
  startsWith,
  type CsvDelimiter,
  type ImportTable,
  type ReaderNote,
  type TextEncodingName,
} from './table'

export interface CsvOptions {
  /** Overrides detection, when the user says the text came out garbled. */
  encoding?: 'utf-8' | 'windows-1251'
  delimiter?: CsvDelimiter
}

export function readCsv(bytes: Uint8Array, options: CsvOptions = {}): ImportTable {
  checkFileSize(bytes)
  const notes = new NoteList()
  const { text, ...encoding } = decode(bytes, options.encoding)
  notes.add({ code: 'encoding', ...encoding })
  const delimiter = options.delimiter ?? detectDelimiter(text)
  notes.add({ code: 'delimiter', delimiter, source: options.delimiter ? 'option' : 'detected' })

  const sheet = new SheetBuilder()
  let row = 0
  // Row by row, so a file beyond MAX_ROWS is counted without being kept.
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        notes.add({ code: 'unclosed_quote', sheet: 0, row, column: result.data.length - 1 })
      }
      sheet.add(result.data)
      row++
    },
  })
  return requireText({ sheets: [sheet.finish('Table 1', 0, notes)], notes: notes.list() }, 'The text file')
}

type Decoded = { text: string; encoding: TextEncodingName; source: Extract<ReaderNote, { code: 'encoding' }>['source'] }

function decode(bytes: Uint8Array, forced: CsvOptions['encoding']): Decoded {
  if (forced) return { text: iconv.decode(bytes, forced), encoding: forced, source: 'option' }
  // Excel's "Unicode text" is UTF-16 with a byte-order mark; without one, UTF-16 is not guessed.
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) return { text: iconv.decode(bytes, encoding), encoding, source: 'bom' }
  }
  // No text in UTF-8 or a single-byte code page holds a NUL byte: such a file is binary (a PDF or a
  // picture renamed .txt, or UTF-16 without a byte-order mark) and would import as garbage.
  if (bytes.includes(0)) throw new ReaderError('unreadable', 'The file holds NUL bytes: it is not text in UTF-8 or Windows-1251')
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'detected' }
  return { text: iconv.decode(bytes, 'windows-1251'), encoding: 'windows-1251', source: 'detected' }
}

// iconv-lite drops the byte-order mark itself.
const BOMS: [number[], TextEncodingName][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

/**
 * The text if the bytes are valid UTF-8, else null. Single-byte Cyrillic almost never forms valid
 * UTF-8, so this tells the two apart. A character cut off at the very end (a file cut short) is
 * left out instead of failing the check.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
  } catch {
    return null
  }
}

/** In order of preference when two fit equally well: ';' first, because Russian Excel writes decimal commas. */
const DELIMITERS: CsvDelimiter[] = [';', '\t', ',']
const SAMPLE_ROWS = 50

/**
 * The delimiter that splits the first rows most consistently into two or more fields. Each
 * candidate parses a sample with the real parser, so delimiters inside quotes do not count.
 */
function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; share: number } = { delimiter: ',', share: 0 }
  for (const delimiter of DELIMITERS) {
    const widths = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS, skipEmptyLines: 'greedy' }).data.map((row) => row.length)
    const commonWidth = mostCommon(widths)
    if (commonWidth < 2) continue
    const share = widths.filter((width) => width === commonWidth).length / widths.length
    if (share > best.share) best = { delimiter, share }
  }
  return best.delimiter
}

/** The most frequent value; of equally frequent ones the largest, as more fields is the stronger sign. */
function mostCommon(values: number[]): number {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best = 0
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value > best)) [best, bestCount] = [value, count]
  }
  return best
}
