// CSV and plain-text tables. Excel saves "CSV" in the system's code page (Windows-1251 on a Russian
// Windows, with ';' between fields) or as UTF-8 with a byte-order mark; older systems and mail
// gateways still write KOI8-R, and DOS-era tools CP866. So both the encoding and the delimiter are
// detected — the encoding by jschardet among the Cyrillic code pages, UTF-8 by a strict decode
// first — and reported in notes, with whether the text still looks garbled, so the UI can offer
// the other choices.
import iconv from 'iconv-lite'
import jschardet from 'jschardet'
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
  encoding?: SingleByteOrUtf8
  delimiter?: CsvDelimiter
}

type SingleByteOrUtf8 = Exclude<TextEncodingName, 'utf-16le' | 'utf-16be'>
/** The encodings a file can be read in, in the order they are offered. */
export const TEXT_ENCODINGS: readonly SingleByteOrUtf8[] = ['utf-8', 'windows-1251', 'koi8-r', 'ibm866']
/** jschardet's names for the code pages it may pick among. */
const DETECTOR_NAMES: Record<string, SingleByteOrUtf8> = { 'windows-1251': 'windows-1251', 'koi8-r': 'koi8-r', ibm866: 'ibm866' }

export function readCsv(bytes: Uint8Array, options: CsvOptions = {}): ImportTable {
  checkFileSize(bytes)
  const notes = new NoteList()
  const { text, ...encoding } = decode(bytes, options.encoding)
  notes.add({ code: 'encoding', ...encoding, garbled: looksGarbled(text) })
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

type EncodingNote = Extract<ReaderNote, { code: 'encoding' }>
type Decoded = { text: string } & Omit<EncodingNote, 'code' | 'garbled'>

function decode(bytes: Uint8Array, forced: CsvOptions['encoding']): Decoded {
  if (forced) return { text: iconv.decode(bytes, forced), encoding: forced, source: 'option' }
  // Excel's "Unicode text" is UTF-16 with a byte-order mark; without one, UTF-16 is not guessed.
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) return { text: iconv.decode(bytes, encoding), encoding, source: 'bom' }
  }
  // No text in UTF-8 or a single-byte code page holds a NUL byte: such a file is binary (a PDF or a
  // picture renamed .txt, or UTF-16 without a byte-order mark) and would import as garbage.
  if (bytes.includes(0)) throw new ReaderError('unreadable', 'The file holds NUL bytes: it is not text in UTF-8 or a Cyrillic code page')
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'detected' }
  const encoding = detectCodePage(bytes)
  return { text: iconv.decode(bytes, encoding), encoding, source: 'detected' }
}

/** The Cyrillic code page jschardet finds likeliest; Windows-1251, Excel's own, when it finds none. */
function detectCodePage(bytes: Uint8Array): SingleByteOrUtf8 {
  const found = jschardet.detect(bytes, { detectEncodings: ['windows-1251', 'KOI8-R', 'IBM866'], minimumThreshold: 0 })
  return DETECTOR_NAMES[(found.encoding ?? '').toLowerCase()] ?? 'windows-1251'
}

/**
 * Whether decoded text looks like the wrong code page: letters that Russian text does not have
 * (the Serbian and Macedonian ones Windows-1251 puts where UTF-8's bytes fall, box drawing from
 * CP866, replacement characters), or Cyrillic words whose case flips inside them (KOI8-R read
 * as Windows-1251: "оПНБЕЯРХ").
 */
export function looksGarbled(text: string): boolean {
  const sample = text.slice(0, 20_000)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters === 0) return false
  const odd = sample.match(/[\u0402-\u040f\u0452-\u045f\u2500-\u257f\ufffd\u00c0-\u00ff]/gu)?.length ?? 0
  const words = sample.match(/[а-яё]+/giu) ?? []
  const flipped = words.filter((w) => w.length > 3 && /[а-яё][А-ЯЁ]/u.test(w)).length
  return odd / letters > 0.02 || (words.length >= 5 && flipped / words.length > 0.2)
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
