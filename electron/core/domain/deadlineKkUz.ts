// Kazakh (Cyrillic) and Uzbek (Latin) deadline wording, rewritten into the English key the
// deadline parser already reads: "2026 жылғы IV тоқсан" → "q4 2026", "2026-yil 1-martgacha" →
// "by 1 march 2026", "жыл сайын" → "annually". So both languages get the same readings,
// ambiguities and date checks as Russian and English, with no second set of readers.
// Both languages mark the year with a word before what it qualifies ("2026 жылғы", "2026-yil")
// and put the postposition after the time, on a case ending ("…ға дейін", "…gacha"); the case
// endings themselves carry nothing the reading needs, so a month or a unit is known by its stem.
// A phrase (or a part of a recurring one) not recognised here is left as it was.
import { format } from 'date-fns'
import { enGB } from 'date-fns/locale'

/** Letters of a Kazakh word: Russian's and the nine Kazakh adds. */
const KK = 'а-яәғқңөұүһі'
const word = (stem: string) => new RegExp(`^(?:${stem})[${KK}a-z']*$`)

const MONTH_STEMS: [RegExp, number][] = [
  ...['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйе[кг]', 'қазан', 'қараша', 'желтоқсан'].map((s, i): [RegExp, number] => [word(s), i + 1]),
  ...['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'senty?abr', 'okty?abr', 'noyabr', 'dekabr'].map((s, i): [RegExp, number] => [word(s), i + 1]),
]
/** "желтоқсан айы", "dekabr oyida": the word "month" after a month's name. */
const MONTH_WORD = word('ай|oy')
/** "2026 жылғы", "2026 ж.", "2026–2028 жылдар", "2026-yil", "2026-yilning", "2026–2028-yillar", "2026 y." */
const YEAR_WORD = /^(?:жыл[а-яәғқңөұүһі]*|жж?\.?|yil[a-z']*|yy?\.?)$/
const QUARTER_WORD = word('тоқсан|chora[kg]')
// "жартыжылдық" is also written as two words, "жарты жылдық"; joined before the words are split.
const HALF_WORD = word('жартыжыл|yarimyil|yarm')
const NUMERIC_DATE = /^\d{1,2}\.\d{1,2}\.\d{4}$/
const RELATIVE_YEAR = new Map<string, 'current' | 'next'>([['ағымдағы', 'current'], ['осы', 'current'], ['joriy', 'current'], ['shu', 'current'], ['келесі', 'next'], ['kelgusi', 'next'], ['keyingi', 'next']])
const ORDINALS = new Map(Object.entries({ бірінші: 1, екінші: 2, үшінші: 3, төртінші: 4, birinchi: 1, ikkinchi: 2, uchinchi: 3, "to'rtinchi": 4, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 }))

interface Time {
  /** "01.03.2026", as the parser reads it. */
  date?: string
  /** "ағымдағы жыл", "kelgusi yil": the year counted from the document's. */
  relative?: 'current' | 'next'
  year?: number
  years?: [number, number]
  /** An ordinal waiting for its noun: "IV" before "тоқсан", "1" before "наурыз". */
  ordinal?: { value: number; digits: boolean }
  unit?: { kind: 'quarter' | 'half'; value: number }
  day?: number
  month?: number
}

/** The time a phrase names, in the words' order: "2026 жылғы IV тоқсанының" → year 2026, quarter 4. */
function readTime(words: string): Time | null {
  const tokens = words
    .replace(/жарты жыл/g, 'жартыжыл')
    .replace(/yarim yil/g, 'yarimyil')
    // "2026-yil", "1-mart", "4-тоқсан": the number and its noun are two words.
    .replace(/(\d)-(?=\p{L})/gu, '$1 ')
    .split(' ')
  const time: Time = {}
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    const relative = RELATIVE_YEAR.get(token)
    if (relative && YEAR_WORD.test(tokens[i + 1] ?? '') && Object.keys(time).length === 0) {
      time.relative = relative
      i++
      continue
    }
    if (NUMERIC_DATE.test(token) && Object.keys(time).length === 0) {
      time.date = token
      if (YEAR_WORD.test(tokens[i + 1] ?? '')) i++
      continue
    }
    const years = /^(\d{4})(?:-(\d{4}))?$/.exec(token)
    if (years) {
      if (time.year !== undefined || time.years !== undefined || time.ordinal || time.date || time.relative) return null
      if (years[2] === undefined) time.year = Number(years[1])
      else time.years = [Number(years[1]), Number(years[2])]
      if (YEAR_WORD.test(tokens[i + 1] ?? '')) i++
      continue
    }
    const ordinal = /^\d{1,2}$/.test(token) ? Number(token) : ORDINALS.get(token)
    if (ordinal !== undefined) {
      if (time.ordinal) return null
      time.ordinal = { value: ordinal, digits: /^\d/.test(token) }
      continue
    }
    const month = MONTH_STEMS.find(([stem]) => stem.test(token))?.[1]
    const unit = QUARTER_WORD.test(token) ? 'quarter' : HALF_WORD.test(token) ? 'half' : undefined
    if (month !== undefined && time.month === undefined && time.unit === undefined) {
      if (time.ordinal && !time.ordinal.digits) return null
      time.month = month
      time.day = time.ordinal?.value
      time.ordinal = undefined
      if (MONTH_WORD.test(tokens[i + 1] ?? '')) i++
    } else if (unit !== undefined && time.ordinal && time.unit === undefined && time.month === undefined) {
      time.unit = { kind: unit, value: time.ordinal.value }
      time.ordinal = undefined
    } else return null
  }
  return time.ordinal || ((time.date || time.relative) && Object.keys(time).length > 1) ? null : time
}

const monthName = (m: number) => format(new Date(2024, m - 1, 1), 'MMMM', { locale: enGB }).toLowerCase()

/** The time in the English key's words, or null when it names nothing the parser reads. */
function englishTime(time: Time): string | null {
  const { date, relative, year, years, unit, day, month } = time
  if (date || relative) return unit || month || year ? null : (date ?? `${relative} year`)
  if (years) return unit || month ? null : `${years[0]}-${years[1]}`
  if (unit) return year === undefined ? null : `${unit.kind === 'quarter' ? 'q' : 'h'}${unit.value} ${year}`
  if (month !== undefined && day !== undefined) return year === undefined ? `${day} ${monthName(month)}` : `${day} ${monthName(month)} ${year}`
  if (month !== undefined) return year === undefined ? null : `${monthName(month)} ${year}`
  return year === undefined ? null : String(year)
}

// What follows the time, as the English key's prefix. Kazakh's come as words after a case
// ending ("2026 жылдың соңына дейін"), Uzbek's mostly as a suffix ("2026-yil oxirigacha").
const POSTPOSITIONS: [RegExp, string][] = [
  [/ (?:соңына|аяғына) (?:дейін|шейін)$| (?:oxiri|yakuni)(?:gacha|ga qadar)$/, 'by the end of '],
  [/ (?:кешіктірмей|кешіктірілмей|kechiktirmay|kechiktirmasdan)$/, 'no later than '],
  [/ (?:ішінде|бойы|бойында|барысында|davomida|mobaynida|ichida)$/, 'during '],
  [/ (?:бастап|boshlab)$/, 'from '],
  [/ (?:дейін|шейін)$|(?:gacha| ?ga qadar)$/, 'by '],
]
/** A word in the ablative, where "from … to …" turns: "2026 жылдан", "10-fevraldan". */
const ABLATIVE = /(?:дан|ден|тан|тен|нан|нен|dan)$/
/** A word in the locative: "2026 жылы IV тоқсанда", "2026-yilda": what follows is the span itself. */
const LOCATIVE = /(?:да|де|та|те|da)$/

/** One time with its postposition: "2026 жылғы 1 наурызға дейін" → "by 1 march 2026". */
function rewritePart(part: string): string | null {
  const postposition = POSTPOSITIONS.find(([pattern]) => pattern.test(part))
  const body = postposition ? part.replace(postposition[0], '') : part
  const prefix = postposition?.[1] ?? (LOCATIVE.test(body) ? 'in ' : '')
  if (prefix === 'by ') {
    const range = rewriteRange(body)
    if (range) return range
  }
  const time = readTime(body)
  const english = time && englishTime(time)
  return english ? prefix + english : null
}

/** "2026 жылдан 2028 жылға дейін", "2026-yil 10-fevraldan 20-maygacha": the year written once serves both. */
function rewriteRange(body: string): string | null {
  const words = body.split(' ')
  const turn = words.findIndex((w, i) => i < words.length - 1 && ABLATIVE.test(w))
  if (turn < 0) return null
  const from = readTime(words.slice(0, turn + 1).join(' '))
  const to = readTime(words.slice(turn + 1).join(' '))
  if (!from || !to) return null
  if (to.year === undefined && to.years === undefined) to.year = from.year
  const [left, right] = [englishTime(from), englishTime(to)]
  return left && right ? `from ${left} to ${right}` : null
}

// Whole phrases --------------------------------------------------------------------------------

const ONGOING = new Set([
  'тұрақты', 'тұрақты түрде', 'тұрақты негізде', 'үнемі', 'ұдайы', 'үздіксіз', 'жүйелі түрде',
  'қажет болған жағдайда', 'қажет болғанда', 'қажеттілігіне қарай', 'қажетіне қарай', 'қажеттілік туындаған жағдайда',
  'doimiy', 'doimiy ravishda', 'doimiy asosda', 'muntazam', 'muntazam ravishda', 'uzluksiz',
  "zarur bo'lganda", "zarur bo'lgan taqdirda", "zarur bo'lgan hollarda", 'zarur hollarda', 'zaruratga qarab', "zarurat bo'yicha", "zarurat tug'ilganda", "kerak bo'lganda", 'ehtiyojga qarab',
])
const NO_DEADLINE = new Set(['мерзімі белгіленбеген', 'мерзім белгіленбеген', 'мерзімсіз', 'muddat belgilanmagan', 'muddati belgilanmagan', 'muddatsiz'])

/** "келесі кездесуге дейін", "… басшыларының кезекті отырысына дейін", "keyingi uchrashuvgacha", "navbatdagi sessiyagacha". */
const NEXT_MEETING = /(?:^| )(?:келесі|кезекті|алдағы|keyingi|navbatdagi|kelgusi) .*(?:дейін|шейін|gacha|ga qadar)$/
const MEETING_NOUN = /кездесу|отырыс|саммит|сессия|мәжіліс|жиналыс|кеңес|консультати|форум|конференци|uchrashuv|majlis|sammit|sessiya|yig'ilish|kengash|maslahat|forum|konferensiya/

// Recurring: the frequency opens the phrase ("жыл сайын, 25 қаңтарға дейін") or closes it ("2025–2027 жылдары жыл сайын").
const FREQUENCIES: [string, string][] = [
  ['жыл сайын|жылына (?:кемінде )?бір рет|har yili|har yil|yiliga (?:kamida )?bir (?:marta|bor)', 'annually'],
  ['тоқсан сайын|тоқсанына (?:кемінде )?бір рет|har chorakda|har chorak|chorakda (?:kamida )?bir (?:marta|bor)', 'quarterly'],
  ['ай сайын|айына (?:кемінде )?бір рет|har oyda|har oy|oyiga (?:kamida )?bir (?:marta|bor)', 'monthly'],
]
const FREQUENCY_HEAD = FREQUENCIES.map(([words, english]): [RegExp, string] => [new RegExp(`^(?:${words})(?=$|[ ,;(])`), english])
const FREQUENCY_TAIL = FREQUENCIES.map(([words, english]): [RegExp, string] => [new RegExp(`[ ,;(]+(?:${words})\\)?$`), english])

/** "Орындау мерзімі:", "Muddati:": a label before the deadline. */
const LABEL = /^(?:(?:орындау )?мерзімі?|(?:ijro |bajarish )?muddati?) ?[:-] ?/

/** "жыл сайын, 2030 жылға дейін": each part beside the frequency rewritten, the rest kept for the parser to judge. */
const rewriteParts = (rest: string) =>
  rest
    .split(/[,;] /)
    .filter((p) => p !== '')
    .map((p) => rewritePart(p) ?? p)

/**
 * The parser's key for a Kazakh or Uzbek phrase (already lower case, with one kind of dash and
 * apostrophe); any other key as it is.
 */
export function kkUzKey(key: string): string {
  const phrase = key.replace(LABEL, '')
  if (ONGOING.has(phrase)) return 'ongoing'
  if (NO_DEADLINE.has(phrase)) return 'no deadline'
  if (NEXT_MEETING.test(phrase) && MEETING_NOUN.test(phrase)) return 'by the next meeting'
  for (const [head, english] of FREQUENCY_HEAD) {
    const m = head.exec(phrase)
    if (m) return [english, ...rewriteParts(phrase.slice(m[0].length).replace(/^[ ,;(]+|\)$/g, ''))].join(', ')
  }
  for (const [tail, english] of FREQUENCY_TAIL) {
    const m = tail.exec(phrase)
    if (m && m.index > 0) return [...rewriteParts(phrase.slice(0, m.index)), english].join(', ')
  }
  return rewritePart(phrase) ?? key
}
