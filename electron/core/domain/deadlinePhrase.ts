// Reads the deadline wording of an imported document row ("IV квартал 2025 г.", "by 1 March 2026",
// "ежегодно до 2030 года"; Kazakh and Uzbek through `deadlineKkUz.ts`) into the registry's deadline rule. The inverse of
// `domain/deadlineWords.ts`: every phrase that module writes reads back to the same rule, and the
// readings follow `domain/deadline.ts` (a quarter, half, month or year is due on its last day; a
// span of years is a period from 1 January of the first to 31 December of the last).
//
// Nothing is guessed silently. A phrase is either read for sure (ok: true) or the import preview
// marks the row with the reason:
// - unrecognised: not a deadline wording we know; the rule is `none`.
// - invalid_date: a date that does not exist (31.02.2026, "5 квартал"); the rule is `none`.
// - ambiguous: understood, but it has two readings or needs something the caller did not give;
//   the rule is the likelier reading, or `none` when there is none to offer:
//   * "до 2026 года", "by March 2026", "к IV кварталу": by the start or by the end of the span? We
//     offer the whole span (due on its last day), as "до конца …" would read.
//   * "до 1 декабря" with no year: the first 1 December after the document's date, if known.
//   * "до следующей встречи" when the caller gave no meeting series: rule `none`.
//   * "в течение трёх месяцев с даты вступления в силу", "30 рабочих дней", or any period counted
//     from something other than signature: offered as counted (calendar days) from the document's
//     date; `none` when the document's date is unknown.
//   * "ежегодно, <words we cannot read>": offered as recurring with no end.
// A bare "ежегодно" ends nowhere (until: null): the end of the plan it belongs to is not in the
// words; the demo data ends some such series with the roadmap, a judgement the user makes. Its
// occurrences are due at the end of each year (first: null); "ежегодно, до 25 января" names the
// day instead, the first after the document's date ("ambiguous" without that date).
// Decisions for wordings without a due date: "по мере необходимости" / "as needed" / "as
// appropriate", in either language, read as `ongoing` (a standing obligation, never overdue) rather than `none` (which the registry shows as
// "срок не установлен", i.e. the document set no deadline); "срок не установлен", "—", "TBD" and an
// empty cell read as `none` with ok: true, since the document really sets no deadline.
import { addDays, addMonths, addWeeks, addYears, format } from 'date-fns'
import { computeDueDate, occurrenceDue, parseDay } from './deadline'
import { kkUzKey } from './deadlineKkUz'
import { MAX_SHORT_TEXT, type DeadlineInput, type DeadlineRule, type LocalText, type RecurringRule } from '../schema'

export type DeadlineProblem = 'unrecognised' | 'ambiguous' | 'invalid_date'

export type ParsedDeadline =
  | { ok: true; deadline: DeadlineInput }
  | { ok: false; deadline: DeadlineInput; problem: DeadlineProblem }

export interface DeadlinePhraseContext {
  /** The document's date (YYYY-MM-DD): "within three months of signature" counts from it. */
  documentDate: string | null
  /** The meeting series "by the next meeting" refers to, usually the document's meeting's. */
  series?: LocalText
}

/** A deadline cell longer than this is prose, not a deadline: read no further (and no regex cost). */
const MAX_PHRASE = 300

export function parseDeadlinePhrase(phrase: string, context: DeadlinePhraseContext): ParsedDeadline {
  const words = phrase.replace(/\s+/g, ' ').trim()
  const reading: Reading = words.length > MAX_PHRASE ? UNRECOGNISED : readPhrase(kkUzKey(matchKey(words)), context)
  // The stored words must fit the schema; an over-long cell is unrecognised anyway.
  const deadline: DeadlineInput = { words: words.slice(0, MAX_SHORT_TEXT), rule: reading.rule }
  return reading.problem === null ? { ok: true, deadline } : { ok: false, deadline, problem: reading.problem }
}

// ---------------------------------------------------------------------------------------------
// Readings

interface Reading {
  rule: DeadlineRule
  problem: DeadlineProblem | null
}

const NONE: DeadlineRule = { kind: 'none' }
const UNRECOGNISED: Reading = { rule: NONE, problem: 'unrecognised' }
const INVALID: Reading = { rule: NONE, problem: 'invalid_date' }
const sure = (rule: DeadlineRule): Reading => ({ rule, problem: null })
const ambiguous = (rule: DeadlineRule): Reading => ({ rule, problem: 'ambiguous' })

type PhraseReader = (key: string, ctx: DeadlinePhraseContext) => Reading | null

// Order matters: whole-phrase wordings first, so "в течение года" (within a year of signature) is
// not taken for a span, and "ежегодно до 2030 года" not for "до 2030 года".
const PHRASE_READERS: PhraseReader[] = [readNoDeadline, readOngoing, readRecurring, readNextMeeting, readOffset, readWithPrefix]

function readPhrase(key: string, ctx: DeadlinePhraseContext): Reading {
  for (const read of PHRASE_READERS) {
    const reading = read(key, ctx)
    if (reading) return reading
  }
  return UNRECOGNISED
}

/**
 * The phrase reduced to what matters for reading it: lower case, ё → е, one kind of dash, no
 * quotes, no "г."/"гг."/"года" after a year, no "срок:" label, no trailing punctuation.
 */
function matchKey(words: string): string {
  return (
    words
      .toLowerCase()
      .replace(/ё/g, 'е')
      // Kazakh and Ukrainian keyboards type the Roman "I" of "I квартал" as Cyrillic "І"; in a
      // word ("келесі") it is the Kazakh letter and stays.
      .replace(/(?<![\p{L}\p{N}])[іiv]+(?![\p{L}\p{N}])/gu, (roman) => roman.replace(/і/g, 'i'))
      // Uzbek's oʻ, gʻ and its tutuq belgisi are typed with any of these.
      .replace(/[ʻʼ‘’`´]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[«»"“”„]/g, '')
      .replace(/(\d{4}) ?(?:гг?\.?|год(?:а|у|ы|ов|ах)?)(?=[ ,;)]|$)/g, '$1')
      .replace(/^(?:в )?срок(?![а-я])(?: исполнения| выполнения| реализации)?(?: ?[:-])? ?/, '')
      .replace(/^(?:deadline|due date|due|timeline|timeframe)(?![a-z])(?: ?[:-])? ?/, '')
      .replace(/ ?\(?(?:включительно|inclusive)\)?[.;,]?$/, '')
      .replace(/[ .,;:]+$/, '')
      .trim()
  )
}

// ---------------------------------------------------------------------------------------------
// Wordings without a due date

const NO_DEADLINE = new Set(['', '-', '--', 'нет', 'без срока', 'срок не установлен', 'не установлен', 'не определен', 'будет определен дополнительно', 'no deadline', 'none', 'not specified', 'n/a', 'tbd', 'to be determined'])

function readNoDeadline(key: string): Reading | null {
  return NO_DEADLINE.has(key) ? sure(NONE) : null
}

// "As needed" has no due date and is never overdue, like a standing obligation: see the header.
const ONGOING = new Set([
  'постоянно',
  'на постоянной основе',
  'в постоянном режиме',
  'регулярно',
  'на регулярной основе',
  'на системной основе',
  'по мере необходимости',
  'по мере возникновения необходимости',
  'по необходимости',
  'при необходимости',
  'при возникновении необходимости',
  'в случае необходимости',
  'по мере поступления',
  'ongoing',
  'on an ongoing basis',
  'continuous',
  'continuously',
  'on a continuous basis',
  'on a permanent basis',
  'permanently',
  'regularly',
  'on a regular basis',
  'as needed',
  'as and when needed',
  'as and when necessary',
  'as appropriate',
  'where appropriate',
  'when appropriate',
  'as necessary',
  'as required',
  'when necessary',
  'when needed',
  'if necessary',
  'if needed',
])

function readOngoing(key: string): Reading | null {
  return ONGOING.has(key) ? sure({ kind: 'ongoing' }) : null
}

// ---------------------------------------------------------------------------------------------
// Recurring: "ежегодно", "annually until 2030", "ежегодно, до 25 января", "2025–2027 гг.,
// ежегодно", "ежеквартально, до 10 числа месяца, следующего за отчетным кварталом"

type Frequency = RecurringRule['frequency']

const RECURRING: [string, Frequency][] = [
  ['ежегодно|на ежегодной основе|каждый год|(?:не реже )?(?:один |одного |1 )?раза? в год|annually|yearly|every year|each year|(?:at least )?once a year|on an? (?:annual|yearly) basis', 'annually'],
  ['ежеквартально|на ежеквартальной основе|каждый квартал|(?:не реже )?(?:один |одного |1 )?раза? в квартал|quarterly|every quarter|each quarter|(?:at least )?once a quarter|on a quarterly basis', 'quarterly'],
  ['ежемесячно|на ежемесячной основе|каждый месяц|(?:не реже )?(?:один |одного |1 )?раза? в месяц|monthly|every month|each month|(?:at least )?once a month|on a monthly basis', 'monthly'],
]
// The frequency opens the phrase ("ежегодно, до 25 января") or closes it ("2025–2027 гг., ежегодно").
const RECURRING_HEAD = RECURRING.map(([words, frequency]): [RegExp, Frequency] => [new RegExp(`^(?:${words})(?=$|[ ,;(])`), frequency])
const RECURRING_TAIL = RECURRING.map(([words, frequency]): [RegExp, Frequency] => [new RegExp(`[ ,;(]+(?:${words})\\)?$`), frequency])

const OPEN_START = /^(?:начиная|с |со |starting|beginning|from )/
const OPENING_WORDS = /^(?:начиная с|начиная со|starting from|starting in|starting|beginning in|beginning|from|с|со) /
/** "до 10 числа", "до 5-го числа месяца, следующего за отчетным (кварталом)". */
const DAY_OF_MONTH = /^(?:до|не позднее|не позже|к|by)? ?(?:the )?(\d{1,2})(?:-?го|st|nd|rd|th)? (?:числа|day)(?: (?:каждого |of (?:the|each) )?(месяца|month))?(,? (?:следующего за отчетным|following the (?:reporting )?)(?: кварталом| периодом| месяцем| quarter| period| month)?)?$/

function readRecurring(key: string, ctx: DeadlinePhraseContext): Reading | null {
  for (const [head, frequency] of RECURRING_HEAD) {
    const match = head.exec(key)
    if (match) return recurringWith(frequency, key.slice(match[0].length).replace(/^[ ,;(]+|\)$/g, ''), ctx)
  }
  for (const [tail, frequency] of RECURRING_TAIL) {
    const match = tail.exec(key)
    // The rest before the frequency is the span the series runs through.
    if (match && match.index > 0) return recurringWith(frequency, key.slice(0, match.index), ctx, true)
  }
  return null
}

/**
 * The words beside the frequency, read part by part: a day without a year is the day each
 * occurrence is due ("до 25 января"), a start opens the series ("начиная с 2025 года"), a date
 * or a span ends it ("до 2030 года": the series runs through 2030); a span the series runs
 * within ("в 2025–2027 гг.") also starts it.
 */
function recurringWith(frequency: Frequency, words: string, ctx: DeadlinePhraseContext, within = false): Reading {
  let first: string | null = null
  let until: string | null = null
  let uncertain = false
  // "до 10 числа месяца, следующего за отчетным кварталом" is one part, commas and all.
  const parts = DAY_OF_MONTH.test(words) ? [words] : words.split(/, | и (?=до|по|не|с|начиная)/)
  for (const part of parts.filter((p) => p !== '')) {
    const reading = readRecurringPart(frequency, part, ctx, within)
    if (reading === 'invalid') return INVALID
    if (reading === null) {
      uncertain = true
      continue
    }
    first = reading.first ?? first
    until = reading.until ?? until
    uncertain ||= reading.uncertain
  }
  const rule: DeadlineRule = { kind: 'recurring', frequency, until, first }
  if (first !== null && until !== null && first > until) return INVALID
  return uncertain ? ambiguous(rule) : sure(rule)
}

type RecurringPart = { first?: string | null; until?: string | null; uncertain: boolean }

function readRecurringPart(frequency: Frequency, part: string, ctx: DeadlinePhraseContext, within: boolean): RecurringPart | 'invalid' | null {
  const dayOfMonth = DAY_OF_MONTH.exec(part)
  if (dayOfMonth) return dayOfMonthPart(frequency, Number(dayOfMonth[1]), dayOfMonth[3] !== undefined, ctx.documentDate)
  const opening = OPENING_WORDS.exec(part)
  const { kind, rest } = opening ? { kind: 'open' as const, rest: part.slice(opening[0].length) } : splitPrefix(part)
  const core = readCore(rest)
  if (!core) return OPEN_START.test(part) ? { uncertain: false } : null
  switch (core.kind) {
    case 'invalid':
      return 'invalid'
    case 'needsDocumentDate':
      return null
    case 'dayNoYear': {
      // "ежегодно, до 1 декабря": the day each occurrence is due, the first after the document.
      const first = ctx.documentDate === null ? null : nextDay(core.month, core.day, ctx.documentDate)
      return first === null ? { uncertain: true } : { first, uncertain: false }
    }
    case 'rule': {
      const start = startOf(core.rule)
      // "начиная с 10 апреля 2025 г.": that day; "начиная с 2025 года": the end of that year.
      if (kind === 'open') return { first: core.precision === 'day' ? start : start && occurrenceDue({ frequency, first: null }, start, 0), uncertain: false }
      const until = dueDateOf(core.rule)
      // "ежегодно в 2025–2027 гг.", "2025–2027 гг., ежегодно": occurrences from the span's first year.
      const opens = (within || kind === 'within' || core.rule.kind === 'period') && start !== null
      return { until, first: opens ? occurrenceDue({ frequency, first: null }, start, 0) : undefined, uncertain: false }
    }
  }
}

/** "до 10 числа (месяца, следующего за отчетным кварталом)": the first such day after the document. */
function dayOfMonthPart(frequency: Frequency, day: number, afterPeriod: boolean, documentDate: string | null): RecurringPart | 'invalid' {
  if (day < 1 || day > 31) return 'invalid'
  if (documentDate === null) return { uncertain: true }
  const months = frequency === 'annually' ? 12 : frequency === 'quarterly' ? 3 : 1
  // The month after the period the document falls in, or the document's own month.
  const periodEnd = afterPeriod ? occurrenceDue({ frequency, first: null }, documentDate, 0) : null
  const base = periodEnd ? addDays(parseDay(periodEnd), 1) : parseDay(documentDate)
  for (let i = 0; i < 2; i++) {
    const month = addMonths(base, i * (afterPeriod ? months : 1))
    const candidate = makeIso(month.getFullYear(), month.getMonth() + 1, Math.min(day, daysIn(month.getFullYear(), month.getMonth() + 1)))
    if (candidate !== null && (afterPeriod || candidate > documentDate)) return { first: candidate, uncertain: false }
  }
  return { uncertain: true }
}

/** The first day of this month and day after `after` (YYYY-MM-DD), or null when there is none. */
function nextDay(month: number, day: number, after: string): string | null {
  const year = Number(after.slice(0, 4))
  const sameYear = makeIso(year, month, day)
  return sameYear !== null && sameYear > after ? sameYear : makeIso(year + 1, month, day)
}

// ---------------------------------------------------------------------------------------------
// "до следующей встречи", "к очередному заседанию", "by the next meeting"

const NEXT_OPENING = /^(?:до|к|ко|на|перед|by|before|at|for|until|ahead of|prior to|in time for) (?:the )?(?:следующ|очередн|ближайш|next|following|upcoming)/
const MEETING_NOUN = /встреч|заседани|саммит|сесси|совещани|консультац|конференц|форум|meeting|session|summit|conference|forum|consultation/

function readNextMeeting(key: string, ctx: DeadlinePhraseContext): Reading | null {
  if (!NEXT_OPENING.test(key) || !MEETING_NOUN.test(key)) return null
  // Without a series there is no meeting to date it by; the user picks the series in the preview.
  return ctx.series ? sure({ kind: 'next_meeting', series: ctx.series }) : ambiguous(NONE)
}

// ---------------------------------------------------------------------------------------------
// Periods counted from the document: "в течение трёх месяцев с даты подписания", "within a year"

type Unit = 'day' | 'week' | 'month' | 'year'

const NUMBER_WORDS: Record<string, number> = {
  один: 1, одного: 1, одной: 1, одну: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3, четыре: 4, четырех: 4,
  пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9,
  десять: 10, десяти: 10, одиннадцати: 11, двенадцати: 12, пятнадцати: 15, двадцати: 20, тридцати: 30,
  сорока: 40, шестидесяти: 60, девяноста: 90,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, sixty: 60, ninety: 90,
}

/** Unit words, each with how many of the unit it stands for ("полугода" is six months). */
const UNIT_WORDS: Record<string, [Unit, number]> = {
  день: ['day', 1], дня: ['day', 1], дней: ['day', 1], суток: ['day', 1],
  неделя: ['week', 1], недели: ['week', 1], неделю: ['week', 1], недель: ['week', 1],
  месяц: ['month', 1], месяца: ['month', 1], месяцев: ['month', 1],
  квартала: ['month', 3], кварталов: ['month', 3], полугода: ['month', 6], полугодия: ['month', 6],
  год: ['year', 1], года: ['year', 1], лет: ['year', 1],
  day: ['day', 1], days: ['day', 1], week: ['week', 1], weeks: ['week', 1], month: ['month', 1], months: ['month', 1],
  quarter: ['month', 3], quarters: ['month', 3], year: ['year', 1], years: ['year', 1],
}

/** The stems of "трёхмесячный", "30-дневный", "годичный" срок. */
const COMPOUND_NUMBERS: Record<string, number> = {
  '': 1, одно: 1, двух: 2, трех: 3, четырех: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9,
  десяти: 10, двенадцати: 12, пятнадцати: 15, двадцати: 20, тридцати: 30, шестидесяти: 60, девяносто: 90,
}
const COMPOUND_UNITS: Record<string, Unit> = { дневный: 'day', недельный: 'week', месячный: 'month', годичный: 'year', летний: 'year' }

const OFFSET = /^(?:в течение|в пределах|не позднее|не позже|within|no later than|not later than|in) (?:(\d{1,3}) |([a-zа-я]+) )?(?:(календарных|рабочих|calendar|working|business) )?([a-zа-я]+)(?:,? (.+))?$/
const COMPOUND_OFFSET = /^(?:в|не позднее чем в) (?:(\d{1,3})-?|([а-я]*?))(дневный|недельный|месячный|годичный|летний) срок(?:,? (.+))?$/
/** What "from signature" sounds like: the document's date is the start. */
const FROM_SIGNATURE = /подписан|принят|утвержд|sign|adopt|approv/
const OTHER_START = /вступлени|в силу|entry into force|получени|receipt|уведомлен|notif|запрос|request/

interface Offset {
  count: number
  unit: Unit
  /** True when the count or its start is uncertain (working days, entry into force…). */
  uncertain: boolean
}

function readOffset(key: string, ctx: DeadlinePhraseContext): Reading | null {
  const offset = matchOffset(key) ?? matchCompoundOffset(key)
  if (!offset) return null
  if (ctx.documentDate === null) return ambiguous(NONE)
  const date = iso(addUnits(parseDay(ctx.documentDate), offset.count, offset.unit))
  return offset.uncertain ? ambiguous({ kind: 'date', date }) : sure({ kind: 'date', date })
}

function matchOffset(key: string): Offset | null {
  const m = OFFSET.exec(key)
  if (!m) return null
  const [, digits, numberWord, dayKind, unitWord, tail] = m
  const unit = UNIT_WORDS[unitWord ?? '']
  const count = digits ? Number(digits) : numberWord ? NUMBER_WORDS[numberWord] : 1
  if (!unit || count === undefined) return null
  const workingDays = dayKind !== undefined && /рабоч|working|business/.test(dayKind)
  return { count: count * unit[1], unit: unit[0], uncertain: workingDays || !startsAtSignature(tail) }
}

function matchCompoundOffset(key: string): Offset | null {
  const m = COMPOUND_OFFSET.exec(key)
  if (!m) return null
  const [, digits, numberStem, unitWord, tail] = m
  const count = digits ? Number(digits) : COMPOUND_NUMBERS[numberStem ?? '']
  const unit = COMPOUND_UNITS[unitWord ?? '']
  if (count === undefined || !unit) return null
  return { count, unit, uncertain: !startsAtSignature(tail) }
}

/** No words after the period ("в течение года") count from the document too. */
function startsAtSignature(tail: string | undefined): boolean {
  if (tail === undefined) return true
  return FROM_SIGNATURE.test(tail) && !OTHER_START.test(tail)
}

function addUnits(date: Date, count: number, unit: Unit): Date {
  switch (unit) {
    case 'day':
      return addDays(date, count)
    case 'week':
      return addWeeks(date, count)
    case 'month':
      return addMonths(date, count)
    case 'year':
      return addYears(date, count)
  }
}

// ---------------------------------------------------------------------------------------------
// A prefix ("до", "в течение", "до конца", "by the end of") and a date, month, quarter, half,
// year or range. Whether the prefix makes a span ambiguous is decided here.

/**
 * - end: "до конца", "by the end of": due at the end of what follows.
 * - within: "в", "в течение", "during": what follows is the span itself.
 * - noLater: "не позднее", "по", "through": the span at the latest, its end included.
 * - by: "до", "к", "by", "before": by an exact day; before a span, by its start or its end.
 */
type PrefixKind = 'none' | 'end' | 'within' | 'noLater' | 'by'

const PREFIXES: [PrefixKind, string[]][] = [
  ['end', ['до конца', 'к концу', 'не позднее конца', 'не позже конца', 'до окончания', 'к окончанию', 'конец', 'by the end of', 'by end of', 'by end', 'before the end of', 'before end of', 'until the end of', 'no later than the end of', 'not later than the end of', 'at the end of', 'the end of', 'end of', 'by year-end', 'year-end', 'year end', 'by end-', 'end-']],
  ['noLater', ['не позднее', 'не позже', 'по', 'no later than', 'not later than', 'through', 'up to and including']],
  ['within', ['в течение', 'в ходе', 'на протяжении', 'в период', 'на период', 'в', 'во', 'на', 'in the course of', 'during', 'throughout', 'within', 'in', 'over', 'for']],
  ['by', ['до', 'к', 'ко', 'by', 'before', 'until', 'till', 'prior to']],
]

// Longest first, so "до конца" wins over "до" and "в течение" over "в".
const PREFIX_LIST: [PrefixKind, string][] = PREFIXES.flatMap(([kind, list]) => list.map((p): [PrefixKind, string] => [kind, p])).sort(
  (a, b) => b[1].length - a[1].length,
)

function splitPrefix(key: string): { kind: PrefixKind; rest: string } {
  for (const [kind, prefix] of PREFIX_LIST) {
    const whole = prefix.endsWith('-') ? prefix : `${prefix} `
    if (key.startsWith(whole)) return { kind, rest: key.slice(whole.length).replace(/^the /, '') }
  }
  return { kind: 'none', rest: key.replace(/^the /, '') }
}

function readWithPrefix(key: string, ctx: DeadlinePhraseContext): Reading | null {
  const { kind, rest } = splitPrefix(key)
  const core = readRelativeYear(rest, kind, ctx) ?? readCore(rest)
  if (!core) return null
  switch (core.kind) {
    case 'invalid':
      return INVALID
    case 'dayNoYear':
      return ambiguous(nextOccurrence(core, ctx.documentDate))
    case 'needsDocumentDate':
      return ambiguous(NONE)
    case 'rule':
      // "до 2026 года", "by March 2026": by its start or its end? See the header.
      return core.precision === 'span' && kind === 'by' ? ambiguous(core.rule) : sure(core.rule)
  }
}

/** "до 1 декабря" without a year: the first such day after the document's date. */
function nextOccurrence(day: { month: number; day: number }, documentDate: string | null): DeadlineRule {
  const date = documentDate === null ? null : nextDay(day.month, day.day, documentDate)
  return date === null ? NONE : { kind: 'date', date }
}

// ---------------------------------------------------------------------------------------------
// Core readings: what follows the prefix.

type Core =
  | { kind: 'rule'; rule: DeadlineRule; precision: 'day' | 'span' }
  | { kind: 'dayNoYear'; month: number; day: number }
  | { kind: 'needsDocumentDate' }
  | { kind: 'invalid' }

type CoreReader = (s: string) => Core | null

const INVALID_CORE: Core = { kind: 'invalid' }
const span = (rule: DeadlineRule): Core => ({ kind: 'rule', rule, precision: 'span' })

/** One date, month, quarter, half or year: the parts a range is made of. */
const SINGLE_READERS: CoreReader[] = [readDate, readMonth, readQuarter, readHalf, readYear]

function readCore(s: string): Core | null {
  return readSingle(s) ?? readSharedYearRange(s) ?? readRange(s)
}

function readSingle(s: string): Core | null {
  for (const read of SINGLE_READERS) {
    const core = read(s)
    if (core) return core
  }
  return null
}

/** "до конца текущего года", "в следующем году", "by the end of the year": the document's year. */
function readRelativeYear(s: string, prefix: PrefixKind, ctx: DeadlinePhraseContext): Core | null {
  const m = /^(?:(текущ|нынешн|эт|сего|current|this)[а-я]* |(следующ|будущ|next|following)[а-я]* )?(?:год[а-я]*|year)$/.exec(s)
  if (!m) return null
  const [, current, next] = m
  // A bare "года" only reads as "this year" after "до конца": "в течение года" is a period.
  if (current === undefined && next === undefined && prefix !== 'end') return null
  if (ctx.documentDate === null) return { kind: 'needsDocumentDate' }
  const year = Number(ctx.documentDate.slice(0, 4)) + (next === undefined ? 0 : 1)
  return span({ kind: 'year', year })
}

// Dates -----------------------------------------------------------------------------------------

const RU_MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Every case form of a month's name ("декабрь", "декабря", "декабре", "декабрю"; "Dec", "Sept"). */
const MONTH_WORDS: Map<string, number> = (() => {
  const map = new Map<string, number>()
  RU_MONTH_STEMS.forEach((stem, i) => {
    const endings = stem === 'ма' ? ['й', 'я', 'е', 'ю'] : /[рлн]$/.test(stem) ? ['ь', 'я', 'е', 'ю'] : ['', 'а', 'е', 'у']
    for (const ending of endings) map.set(stem + ending, i + 1)
  })
  EN_MONTHS.forEach((name, i) => {
    map.set(name, i + 1)
    map.set(name.slice(0, 3), i + 1)
  })
  map.set('sept', 9)
  return map
})()

const monthOf = (word: string | undefined) => (word === undefined ? undefined : MONTH_WORDS.get(word.replace(/\.$/, '')))

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/
const DAY_MONTH_YEAR = /^(\d{1,2})(?:-?(?:го|е|st|nd|rd|th))?(?: of)? ([a-zа-я]+\.?),?(?: (\d{4}))?$/
const MONTH_DAY_YEAR = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/

/** A single day: 2026-03-01, 01.03.2026, 1.3.26, "1 марта 2026", "1 March 2026", "March 1, 2026". */
function readDate(s: string): Core | null {
  let m = ISO_DATE.exec(s)
  if (m) return dayCore(Number(m[1]), Number(m[2]), Number(m[3]))
  m = NUMERIC_DATE.exec(s)
  if (m) return dayCore(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]))
  m = DAY_MONTH_YEAR.exec(s)
  if (m) return wordDate(Number(m[1]), monthOf(m[2]), m[3])
  m = MONTH_DAY_YEAR.exec(s)
  if (m) return wordDate(Number(m[2]), monthOf(m[1]), m[3])
  return null
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y))

function wordDate(day: number, month: number | undefined, year: string | undefined): Core | null {
  if (month === undefined) return null
  // No year: the day must exist in some year, so 29 февраля is checked against a leap year.
  if (year === undefined) return dayExists(2024, month, day) ? { kind: 'dayNoYear', month, day } : INVALID_CORE
  return dayCore(Number(year), month, day)
}

function dayCore(year: number, month: number, day: number): Core {
  const date = makeIso(year, month, day)
  return date === null ? INVALID_CORE : { kind: 'rule', rule: { kind: 'date', date }, precision: 'day' }
}

// Months, quarters, halves, years -----------------------------------------------------------------

function readMonth(s: string): Core | null {
  // "12.2026", as a spreadsheet's month-formatted date cell reads.
  const numeric = /^(\d{1,2})[./](\d{4})$/.exec(s)
  if (numeric) return Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12 ? span({ kind: 'month', year: Number(numeric[2]), month: Number(numeric[1]) }) : INVALID_CORE
  const m = /^([a-zа-я]+\.?),? (\d{4})$/.exec(s)
  const month = monthOf(m?.[1])
  if (!m || month === undefined) return null
  return span({ kind: 'month', year: Number(m[2]), month })
}

const ORDINAL_SUFFIX = '(?:-?(?:ый|ий|ой|й|го|ого|м|ом|е|я|ая))?'
const ROMAN_OR_DIGIT = '(i{1,3}|iv|v|vi|\\d)'
const ORDINAL_WORD: Record<string, number> = { перв: 1, втор: 2, трет: 3, четверт: 4, first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 }

/** "IV", "4", "4-й" (suffix already dropped), "четвертом", "fourth", "4th" → 4. */
function ordinal(token: string): number | undefined {
  if (/^\d$/.test(token)) return Number(token)
  const exact = ROMAN[token] ?? ORDINAL_WORD[token]
  if (exact !== undefined) return exact
  // Russian ordinals decline ("первом", "третьего", "четвертый"): their stems are enough.
  const stem = ['четверт', 'трет', 'втор', 'перв'].find((s) => token.startsWith(s))
  return stem === undefined ? undefined : ORDINAL_WORD[stem]
}

const RU_QUARTER = new RegExp(`^(?:${ROMAN_OR_DIGIT}${ORDINAL_SUFFIX}|([а-я]+)) (?:квартал[а-я]*|кв\\.?) (\\d{4})$`)
const EN_QUARTER = /^(?:q(\d)|(\d)q|(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?)[ /]?(\d{4})$/
const EN_QUARTER_AFTER_YEAR = /^(\d{4}) q(\d)$/

function readQuarter(s: string): Core | null {
  const ru = RU_QUARTER.exec(s)
  if (ru) return quarterCore(ordinal(ru[1] ?? ru[2] ?? ''), ru[3])
  const en = EN_QUARTER.exec(s)
  if (en) return quarterCore(ordinal(en[1] ?? en[2] ?? en[3] ?? ''), en[4])
  const after = EN_QUARTER_AFTER_YEAR.exec(s)
  return after ? quarterCore(ordinal(after[2] ?? ''), after[1]) : null
}

function quarterCore(quarter: number | undefined, year: string | undefined): Core | null {
  if (quarter === undefined || year === undefined) return null
  return quarter >= 1 && quarter <= 4 ? span({ kind: 'quarter', year: Number(year), quarter }) : INVALID_CORE
}

const RU_HALF = new RegExp(`^(?:${ROMAN_OR_DIGIT}${ORDINAL_SUFFIX}|([а-я]+)) (?:полугоди[а-я]*) (\\d{4})$`)
const EN_HALF = /^(?:h(\d)|(\d)h|(first|second|1st|2nd) half(?: of)?)[ /]?(\d{4})$/

function readHalf(s: string): Core | null {
  const ru = RU_HALF.exec(s)
  const en = ru ? null : EN_HALF.exec(s)
  if (ru) return halfCore(ordinal(ru[1] ?? ru[2] ?? ''), ru[3])
  if (en) return halfCore(ordinal(en[1] ?? en[2] ?? en[3] ?? ''), en[4])
  return null
}

function halfCore(half: number | undefined, year: string | undefined): Core | null {
  if (half === undefined || year === undefined) return null
  return half === 1 || half === 2 ? span({ kind: 'half', year: Number(year), half }) : INVALID_CORE
}

function readYear(s: string): Core | null {
  return /^\d{4}$/.test(s) ? span({ kind: 'year', year: Number(s) }) : null
}

// Ranges -----------------------------------------------------------------------------------------

/** "II–III квартал 2025", "Q2-Q3 2025", "I-II полугодие 2026": one year shared by both ends. */
function readSharedYearRange(s: string): Core | null {
  const ru = new RegExp(`^${ROMAN_OR_DIGIT}${ORDINAL_SUFFIX} ?- ?${ROMAN_OR_DIGIT}${ORDINAL_SUFFIX} (квартал|полугоди)[а-я]* (\\d{4})$`).exec(s)
  const en = ru ? null : /^(q|h)(\d) ?- ?(?:q|h)?(\d) (\d{4})$/.exec(s)
  if (ru) return sharedYearRange(ru[3] === 'квартал' ? 'quarter' : 'half', ru[1], ru[2], ru[4])
  if (en) return sharedYearRange(en[1] === 'q' ? 'quarter' : 'half', en[2], en[3], en[4])
  return null
}

function sharedYearRange(unit: 'quarter' | 'half', first: string | undefined, last: string | undefined, year: string | undefined): Core | null {
  const make = unit === 'quarter' ? quarterCore : halfCore
  return joinRange(make(ordinal(first ?? ''), year), make(ordinal(last ?? ''), year))
}

const RANGE_OPENING = /^(?:с|со|from|between) /
// Without "с"/"from" only a dash or "to" joins two ends; after it, "по", "до", "and"… do as well.
const BARE_SEPARATOR = / ?- ?| to | through /g
const OPENED_SEPARATOR = / ?- ?| to | through | по | до | until | till | and /g

/**
 * "2025–2027", "10.02.2026 – 20.05.2026", "с 10 февраля по 20 мая 2026 г.", "IV квартал 2025 –
 * I квартал 2026": from the start of the first to the end of the last. Every separator is tried
 * (a dash also sits inside 2026-02-10), each split read in linear time.
 */
function readRange(s: string): Core | null {
  const opened = RANGE_OPENING.exec(s)
  const body = opened ? s.slice(opened[0].length) : s
  const separator = new RegExp(opened ? OPENED_SEPARATOR : BARE_SEPARATOR)
  for (const m of body.matchAll(separator)) {
    const left = readSingle(body.slice(0, m.index))
    const right = readSingle(body.slice(m.index + m[0].length))
    const joined = left && right ? joinRange(left, right) : null
    if (joined) return joined
  }
  return null
}

function joinRange(left: Core | null, right: Core | null): Core | null {
  if (!left || !right) return null
  if (left.kind === 'invalid' || right.kind === 'invalid') return INVALID_CORE
  if (right.kind !== 'rule') return null
  const to = dueDateOf(right.rule)
  // "с 10 февраля по 20 мая 2026": the first end takes the year of the last.
  const from = left.kind === 'dayNoYear' ? makeIso(Number(to?.slice(0, 4)), left.month, left.day) : left.kind === 'rule' ? startOf(left.rule) : null
  if (from === null || to === null) return left.kind === 'dayNoYear' ? INVALID_CORE : null
  if (to < from) return INVALID_CORE
  const precision = left.kind === 'rule' && left.precision === 'span' ? 'span' : right.precision
  return { kind: 'rule', rule: { kind: 'period', from, to }, precision }
}

/** The first day of the span a rule names. */
function startOf(rule: DeadlineRule): string | null {
  switch (rule.kind) {
    case 'date':
      return rule.date
    case 'month':
      return makeIso(rule.year, rule.month, 1)
    case 'quarter':
      return makeIso(rule.year, (rule.quarter - 1) * 3 + 1, 1)
    case 'half':
      return makeIso(rule.year, rule.half === 1 ? 1 : 7, 1)
    case 'year':
      return makeIso(rule.year, 1, 1)
    case 'period':
      return rule.from
    default:
      return null
  }
}

/** The last day, as the registry computes it; rules read here never depend on meetings. */
const dueDateOf = (rule: DeadlineRule) => computeDueDate(rule, { meetings: [], after: '' })

// Calendar ---------------------------------------------------------------------------------------

const iso = (d: Date) => format(d, 'yyyy-MM-dd')

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysIn(year, month)
}

/** `YYYY-MM-DD`, or null when there is no such day (31.02, month 13) or the year is not 4 digits. */
function makeIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !dayExists(year, month, day)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
