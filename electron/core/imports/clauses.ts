// Splits the pasted text of a joint statement, communiqué or roadmap into its numbered clauses and
// sub-clauses, for the import preview where the user ticks which clauses are commitments.
//
// The text is read line by line, each line once, with anchored patterns of bounded length: a
// megabyte of text splits in linear time.
//
// Decisions:
// - A line that starts with a marker ("1.", "1.1.", "1.1.1", "2)", "(2)", "а)", "(a)", "(iv)",
//   "•", "-", "п. 3", a Roman section "II.") opens a clause; other lines continue the open one; a
//   blank line closes it. A marker alone on its line takes the text of the lines that follow.
// - A paragraph without a marker is a clause of its own with ref '' and level 0 (a preamble,
//   closing words, or a second paragraph of a clause: the preview shows it where it stands).
// - Levels come from the order markers appear in, as a reader sees an outline: "1." → "а)" →
//   "-" nest, a marker seen before returns to its level; "1.2." always sits under "1.". An
//   unnumbered paragraph ends the bullets before it, so bullets after it are its own list.
// - A wrapped line may start with something that looks like a marker ("…в размере\n1.5 млн").
//   When the line before ends mid-sentence and the marker does not follow the numbering so far,
//   it is read as a continuation.
// - The registry's `clause` field: "п. 1.1" for decimal numbers, "п. 2 а)" for a sub-item (its
//   parent's reference and its own), "п. 2" for a top-level "2)", "разд. II" for a section; a
//   bullet has no number of its own and takes its parent's reference ('' under none).
// - `likelyCommitment` ticks clauses with obligation wording, or starting with an infinitive as
//   roadmap items do ("Разработать…"). A clause that introduces a list ("…договорились:") is not
//   ticked itself; its items are, even when they are bare nouns ("а) о создании…").

export interface Clause {
  /** The marker as the document writes it: "1.", "1.1.", "2)", "а)", "•", "п. 3"; '' for none. */
  ref: string
  /** The reference for the registry's clause field: "п. 1.1", "п. 2 а)". */
  clause: string
  text: string
  /** 0 for an unnumbered paragraph, 1 for a top-level item, deeper for sub-items. */
  level: number
  /** The default tick in the import preview. */
  likelyCommitment: boolean
}

export function splitClauses(text: string): Clause[] {
  const splitter = new ClauseSplitter()
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) splitter.line(cleanLine(line))
  return markCommitments(splitter.finish())
}

/** Non-breaking and other odd spaces, tabs and soft hyphens, as pasted from Word or a PDF. */
function cleanLine(line: string): string {
  return line.replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '').replace(/\s+/g, ' ').trim()
}

// ---------------------------------------------------------------------------------------------
// Markers

type Marker =
  | { kind: 'decimal'; ref: string; path: number[]; body: string }
  | { kind: 'section'; ref: string; value: number; roman: string; body: string }
  | { kind: 'ordered'; style: string; ref: string; value: number; topClause: string | null; body: string }
  | { kind: 'bullet'; style: string; ref: string; body: string }

/** "п. 3", "п.3.2": a clause numbered by reference. */
const PARAGRAPH_REF = /^(п\. ?)(\d{1,3}(?:\.\d{1,3}){0,5})\.?(?= |$)/i
/** "1.", "1.1.", "1.1.1", "1.1)", "2)": up to six levels of up to three digits. */
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3}){0,5})([.)])?(?= |$|[\p{L}«"])/u
const PARENS_NUMBER = /^\((\d{1,3})\)(?= |$|\p{L})/u
/** "а)", "(а)", "a)", "(a)", "iv)", "(iv)". */
const LETTER = /^(\()?([a-zа-яё]|[ivxlc]{2,7})\)(?= |$|\p{L})/iu
/** "I.", "IV." (Cyrillic "І" too): section headings. Upper case only: "i." is no heading. */
const SECTION = /^([IVXІ]{1,5})\.(?= |$)/
const BULLET = /^(?:[-–—*](?= |$)|[•·▪◦●○\uf0b7\u2043\u25aa\u25cf])/

function readMarker(line: string, stack: readonly Frame[]): Marker | null {
  return readDecimal(line) ?? readParensNumber(line) ?? readLetter(line, stack) ?? readSection(line) ?? readBullet(line)
}

const after = (line: string, marker: string) => line.slice(marker.length).trim()

function readDecimal(line: string): Marker | null {
  const byRef = PARAGRAPH_REF.exec(line)
  if (byRef) return { kind: 'decimal', ref: byRef[0].trim(), path: numbers(byRef[2] ?? ''), body: after(line, byRef[0]) }
  const m = DECIMAL.exec(line)
  if (!m) return null
  const [ref, digits = '', terminator] = m
  const path = numbers(digits)
  // A bare "12 " is a number in a sentence, not a marker: one level needs "12." or "12)".
  if (path.length === 1 && terminator === undefined) return null
  if (path.length === 1 && terminator === ')') {
    const value = path[0] ?? 0
    return { kind: 'ordered', style: 'number)', ref, value, topClause: `п. ${value}`, body: after(line, ref) }
  }
  return { kind: 'decimal', ref, path, body: after(line, ref) }
}

const numbers = (digits: string) => digits.split('.').map(Number)

function readParensNumber(line: string): Marker | null {
  const m = PARENS_NUMBER.exec(line)
  if (!m) return null
  const value = Number(m[1])
  return { kind: 'ordered', style: '(number)', ref: m[0], value, topClause: `п. ${value}`, body: after(line, m[0]) }
}

function readLetter(line: string, stack: readonly Frame[]): Marker | null {
  const m = LETTER.exec(line)
  if (!m) return null
  const [ref, open, token = ''] = m
  const form = open ? '()' : ')'
  const lower = token.toLowerCase()
  const body = after(line, ref)
  if (isRoman(lower, stack, form)) return { kind: 'ordered', style: `roman${form}`, ref, value: romanValue(lower), topClause: null, body }
  if (lower.length > 1) return null
  const script = /[a-z]/.test(lower) ? 'latin' : 'cyrillic'
  const letterCase = lower === token ? 'lower' : 'upper'
  return { kind: 'ordered', style: `${script}-${letterCase}${form}`, ref, value: letterValue(lower), topClause: null, body }
}

function readSection(line: string): Marker | null {
  const m = SECTION.exec(line)
  if (!m) return null
  const roman = (m[1] ?? '').replace(/І/g, 'I')
  return { kind: 'section', ref: m[0], value: romanValue(roman.toLowerCase()), roman, body: after(line, m[0]) }
}

function readBullet(line: string): Marker | null {
  const m = BULLET.exec(line)
  return m ? { kind: 'bullet', style: `bullet${m[0]}`, ref: m[0], body: after(line, m[0]) } : null
}

// Letters and Roman numerals ---------------------------------------------------------------------

// Russian enumerations skip these letters, so "и)" may follow "ж)".
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'
const CYRILLIC_SKIPPED = 'ёзйочъыь'
const LATIN = 'abcdefghijklmnopqrstuvwxyz'

const letterValue = (letter: string) => (LATIN.includes(letter) ? LATIN.indexOf(letter) : CYRILLIC.indexOf(letter)) + 1

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 }

function romanValue(roman: string): number {
  let total = 0
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_DIGITS[roman[i] ?? ''] ?? 0
    const next = ROMAN_DIGITS[roman[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** "i)" after "h)" is a letter; "i)" opening a list, or "v)" after "iv)", is a Roman numeral. */
function isRoman(token: string, stack: readonly Frame[], form: string): boolean {
  if (!/^[ivxlc]+$/.test(token)) return false
  if (token.length > 1) return true
  const letters = stack.find((f) => f.style === `latin-lower${form}`)
  if (letters && letters.value + 1 === letterValue(token)) return false
  if (token === 'i') return true
  const romans = stack.find((f) => f.style === `roman${form}`)
  return romans !== undefined && romans.value + 1 === romanValue(token)
}

// ---------------------------------------------------------------------------------------------
// The outline: which open markers a new one nests under.

interface Frame {
  style: string
  clause: string
  value: number
  path?: number[]
}

/** Collects clauses line by line; `stack` holds the markers the current line nests under. */
class ClauseSplitter {
  private readonly clauses: Clause[] = []
  private readonly stack: Frame[] = []
  private open: { clause: Omit<Clause, 'text' | 'likelyCommitment'>; parts: string[]; lastLine: string } | null = null
  private lastPath: number[] | null = null
  private lastSection = 0

  line(line: string): void {
    if (line === '') return this.blank()
    const marker = readMarker(line, this.stack)
    if (marker && this.accepts(marker)) return this.start(marker)
    if (this.open) return this.continue(line)
    // An unnumbered paragraph: the bullets before it were its predecessor's list.
    this.popWhile((f) => f.style.startsWith('bullet'))
    this.begin({ ref: '', clause: '', level: 0 }, line)
  }

  finish(): Clause[] {
    this.close()
    return this.clauses
  }

  private blank(): void {
    // "1." alone on a line, then a blank line, then its text: keep the clause open for it.
    if (this.open && this.open.parts.length > 0) this.close()
  }

  private continue(line: string): void {
    if (!this.open) return
    this.open.parts.push(line)
    this.open.lastLine = line
  }

  private begin(clause: Omit<Clause, 'text' | 'likelyCommitment'>, body: string): void {
    this.close()
    this.open = { clause, parts: body === '' ? [] : [body], lastLine: body }
  }

  private close(): void {
    if (!this.open) return
    this.clauses.push({ ...this.open.clause, text: this.open.parts.join(' '), likelyCommitment: false })
    this.open = null
  }

  /** A marker on a line that carries on a sentence must follow the numbering to count as one. */
  private accepts(marker: Marker): boolean {
    // Sections must count on from the last ("I. Aliyev" under a signature is no section).
    if (marker.kind === 'section') return marker.value === this.lastSection + 1
    const midSentence = this.open !== null && /[\p{L}\d,\-–—]$/u.test(this.open.lastLine)
    return !midSentence || this.follows(marker)
  }

  private follows(marker: Exclude<Marker, { kind: 'section' }>): boolean {
    switch (marker.kind) {
      case 'decimal':
        return followsPath(this.lastPath, marker.path)
      case 'ordered':
        return marker.value === 1 || this.stack.some((f) => f.style === marker.style && f.value + 1 === marker.value) || skipsOnlyUnusedLetters(marker, this.stack)
      case 'bullet':
        return this.stack.some((f) => f.style === marker.style)
    }
  }

  private start(marker: Marker): void {
    const frame = this.place(marker)
    this.stack.push(frame)
    this.begin({ ref: marker.ref, clause: frame.clause, level: this.stack.length }, marker.body)
  }

  /** Pops the markers the new one does not nest under and works out its clause reference. */
  private place(marker: Marker): Frame {
    switch (marker.kind) {
      case 'section':
        this.stack.length = 0
        this.lastSection = marker.value
        return { style: 'section', clause: `разд. ${marker.roman}`, value: marker.value }
      case 'decimal': {
        const depth = marker.path.length
        this.popWhile((f) => f.style !== 'section' && !(f.style === 'decimal' && (f.path?.length ?? 0) < depth))
        this.lastPath = marker.path
        return { style: 'decimal', clause: `п. ${marker.path.join('.')}`, value: marker.path[depth - 1] ?? 0, path: marker.path }
      }
      case 'ordered':
      case 'bullet': {
        const same = this.stack.findIndex((f) => f.style === marker.style)
        if (same >= 0) this.stack.length = same
        const parent = this.stack.at(-1)?.clause ?? ''
        return { style: marker.style, clause: subClause(marker, parent), value: marker.kind === 'ordered' ? marker.value : 0 }
      }
    }
  }

  private popWhile(pop: (frame: Frame) => boolean): void {
    for (let top = this.stack.at(-1); top !== undefined && pop(top); top = this.stack.at(-1)) this.stack.pop()
  }
}

function subClause(marker: Extract<Marker, { kind: 'ordered' | 'bullet' }>, parent: string): string {
  if (marker.kind === 'bullet') return parent
  if (parent !== '') return `${parent} ${marker.ref}`
  return marker.topClause ?? marker.ref
}

/** "2." after "1.x", "1.3" after "1.2", "1.2.1" after "1.2": the next number at some level. */
function followsPath(last: number[] | null, path: number[]): boolean {
  if (last === null) return path.every((n, i) => i < path.length - 1 || n === 1)
  if (path.length === last.length + 1 && path[path.length - 1] === 1 && last.every((n, i) => path[i] === n)) return true
  if (path.length > last.length) return false
  return path.every((n, i) => (i < path.length - 1 ? n === last[i] : n === (last[i] ?? 0) + 1))
}

/** "и)" after "ж)": the letters between are those Russian enumerations leave out. */
function skipsOnlyUnusedLetters(marker: Extract<Marker, { kind: 'ordered' }>, stack: readonly Frame[]): boolean {
  if (!marker.style.startsWith('cyrillic')) return false
  const frame = stack.find((f) => f.style === marker.style)
  if (!frame || frame.value >= marker.value) return false
  return [...CYRILLIC.slice(frame.value, marker.value - 1)].every((letter) => CYRILLIC_SKIPPED.includes(letter))
}

// ---------------------------------------------------------------------------------------------
// Which clauses read like commitments

const RU_OBLIGATION = new RegExp(
  '(?:^|[^а-яё])(?:' +
    [
      'поручи(?:ть|ли|т)',
      'поруча(?:ют|ет)',
      'поручено',
      'обеспеч(?:ить|ат|ит|ивать|ивают|ивает)',
      'при(?:нять|мут|мет|нимать|нимают) (?:все )?(?:необходимые |соответствующие )?меры',
      'разработ(?:ать|ают|ает)',
      'разрабатыва(?:ть|ют|ет)',
      'провест(?:и)',
      'провод(?:ить|ят)',
      'провед(?:ут|ет)',
      'договорил(?:ись|ся)',
      'согласил(?:ись|ся)',
      'условил(?:ись|ся)',
      'обязу(?:ются|ется)',
      'обязал(?:ись|ся)',
      'продолж(?:ить|ат|ать|ают|ит)',
      'рассмотр(?:еть|ят|ит)',
      'рассматрива(?:ть|ют)',
      'подготов(?:ить|ят|ит)',
      'созда(?:ть|дут|ют|ст)',
      'утверд(?:ить|ят|ит)',
      'организ(?:овать|уют|ует)',
      'внедр(?:ить|ят|ять|яют)',
      'реализ(?:овать|уют|ует|овывать)',
      'направ(?:ить|ят)',
      'представ(?:ить|ят|лять|ляют)',
      'содейств(?:овать|уют)',
      'осуществ(?:ить|ят|лять|ляют)',
      'будут',
      'намерены',
    ].join('|') +
    ')(?![а-яё])',
  'i',
)

const EN_OBLIGATION = new RegExp(
  '\\b(?:' +
    [
      'shall',
      '(?<!political |good |the |free |own )will',
      'agree[ds]? (?:to|on|upon|that)',
      'undert(?:ake|akes|ook)',
      'commit(?:s|ted)? (?:to|themselves)',
      'instruct(?:s|ed)?',
      'ensure',
      'develop',
      'hold',
      'establish',
      'continue to',
      'take (?:the |all )?(?:necessary |appropriate )?(?:measures|steps|action)',
      'prepare',
      'organi[sz]e',
      'implement',
      'endeavou?r to',
      'strive to',
      'request(?:s|ed)?',
      'task(?:s|ed)?',
      'must',
      'launch',
      'submit',
      'conduct',
      'set up',
      'create',
      'consider',
    ].join('|') +
    ')\\b',
  'i',
)

/** Decision items that start with an infinitive but commit no one: "Отметить…", "Приветствовать…". */
const NOTING_VERBS = new Set(['отметить', 'приветствовать', 'выразить', 'подчеркнуть', 'признать', 'поддержать', 'одобрить', 'считать', 'принять', 'констатировать', 'согласиться'])

/** Roadmap items open with an infinitive: "Разработать…", "Провести…", "Развивать…". */
function startsWithInfinitive(text: string): boolean {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase() ?? ''
  return /^[а-яё]{3,}(?:ать|ять|еть|ить|уть|ыть|ти)(?:ся)?$/.test(first) && !NOTING_VERBS.has(first)
}

const hasObligation = (text: string) => RU_OBLIGATION.test(text) || EN_OBLIGATION.test(text) || startsWithInfinitive(text)

/**
 * A clause that introduces a list ("Стороны договорились:") passes its wording to the items under
 * it and is not ticked itself: the items are the commitments.
 */
function markCommitments(clauses: Clause[]): Clause[] {
  // introduces[level]: whether the open list introduced at that level carries obligation wording.
  const introduces: boolean[] = []
  return clauses.map((c, i) => {
    introduces.length = Math.min(introduces.length, c.level + 1)
    const own = hasObligation(c.text)
    const inherited = introduces.some((intro, level) => level < c.level && intro)
    const next = clauses[i + 1]
    const opensList = c.text.endsWith(':') && next !== undefined && next.level > c.level
    introduces[c.level] = opensList && own
    return { ...c, likelyCommitment: !opensList && (own || inherited) }
  })
}
