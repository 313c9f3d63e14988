import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { buildDemoData } from '../demo/demoData'
import { deadlineWords } from './deadlineWords'
import { DeadlineInput, type DeadlineRule, type Language } from '../schema'
import { parseDeadlinePhrase, type DeadlineProblem } from './deadlinePhrase'

// The Joint Statement of the VI Consultative Meeting: signed in Astana on 9 August 2024.
const signed = { documentDate: '2024-08-09' }
const series = { ru: 'Консультативная встреча глав государств Центральной Азии', en: 'Consultative Meeting of the Heads of State of Central Asia' }

const date = (d: string): DeadlineRule => ({ kind: 'date', date: d })
const month = (year: number, m: number): DeadlineRule => ({ kind: 'month', year, month: m })
const quarter = (year: number, q: number): DeadlineRule => ({ kind: 'quarter', year, quarter: q })
const half = (year: number, h: number): DeadlineRule => ({ kind: 'half', year, half: h })
const year = (y: number): DeadlineRule => ({ kind: 'year', year: y })
const period = (from: string, to: string): DeadlineRule => ({ kind: 'period', from, to })
const every = (frequency: 'annually' | 'quarterly' | 'monthly', until: string | null = null, first: string | null = null): DeadlineRule => ({ kind: 'recurring', frequency, until, first })
const ongoing: DeadlineRule = { kind: 'ongoing' }
const none: DeadlineRule = { kind: 'none' }

describe('parseDeadlinePhrase: wordings read for sure', () => {
  it.each<[string, DeadlineRule]>([
    // Russian roadmap wording
    ['IV квартал 2025 г.', quarter(2025, 4)],
    ['4 квартал 2025', quarter(2025, 4)],
    ['4-й квартал 2025 года', quarter(2025, 4)],
    ['в IV квартале 2025 г.', quarter(2025, 4)],
    ['в четвертом квартале 2025 года', quarter(2025, 4)],
    ['до конца III квартала 2026 г.', quarter(2026, 3)],
    ['не позднее I квартала 2026 г.', quarter(2026, 1)],
    ['IV кв. 2025 г.', quarter(2025, 4)],
    ['в течение IV квартала 2025 г.', quarter(2025, 4)],
    ['ІV квартал 2025 г.', quarter(2025, 4)], // Cyrillic "І" from a Kazakh keyboard
    ['II полугодие 2026 г.', half(2026, 2)],
    ['1-е полугодие 2026', half(2026, 1)],
    ['в I полугодии 2026 года', half(2026, 1)],
    ['первое полугодие 2027 г.', half(2027, 1)],
    ['2025–2027 гг.', period('2025-01-01', '2027-12-31')],
    ['2025-2027', period('2025-01-01', '2027-12-31')],
    ['2025 — 2027 годы', period('2025-01-01', '2027-12-31')],
    ['в течение 2025–2027 гг.', period('2025-01-01', '2027-12-31')],
    ['с 2025 по 2027 год', period('2025-01-01', '2027-12-31')],
    ['II–III квартал 2025 г.', period('2025-04-01', '2025-09-30')],
    ['IV квартал 2025 г. – I квартал 2026 г.', period('2025-10-01', '2026-03-31')],
    ['с 10 февраля по 20 мая 2026 г.', period('2026-02-10', '2026-05-20')],
    ['10.02.2026 – 20.05.2026', period('2026-02-10', '2026-05-20')],
    ['в течение 2026 года', year(2026)],
    ['до конца 2026 года', year(2026)],
    ['не позднее 2026 года', year(2026)],
    ['2026 год', year(2026)],
    ['2026 г.', year(2026)],
    ['в 2026 году', year(2026)],
    ['декабрь 2026 г.', month(2026, 12)],
    ['в декабре 2026 года', month(2026, 12)],
    ['до конца мая 2026 г.', month(2026, 5)],
    ['до 1 марта 2026 г.', date('2026-03-01')],
    ['до «15» января 2027 г.', date('2027-01-15')],
    ['не позднее 31 декабря 2025 года', date('2025-12-31')],
    ['Срок: до 1 марта 2026 г.', date('2026-03-01')],
    ['в срок до конца 2026 г.', year(2026)],
    ['до 15.01.2027', date('2027-01-15')],
    ['31.12.2025', date('2025-12-31')],
    ['31.12.2025г.', date('2025-12-31')],
    ['1.3.26', date('2026-03-01')],
    ['2026-03-01', date('2026-03-01')],
    ['29.02.2028', date('2028-02-29')],
    ['ежегодно', every('annually')],
    ['Ежеквартально', every('quarterly')],
    ['ежемесячно', every('monthly')],
    ['ежегодно до 2030 года', every('annually', '2030-12-31')],
    ['ежегодно в 2025–2027 гг.', every('annually', '2027-12-31', '2025-12-31')],
    ['2025–2027 гг., ежегодно', every('annually', '2027-12-31', '2025-12-31')],
    ['2025–2027 гг. (ежегодно)', every('annually', '2027-12-31', '2025-12-31')],
    ['ежегодно, до 25 января', every('annually', null, '2025-01-25')], // the first 25 January after 9 August 2024
    ['ежегодно до 25 января', every('annually', null, '2025-01-25')],
    ['ежегодно, не позднее 15 декабря', every('annually', null, '2024-12-15')],
    ['ежегодно (до 25 января)', every('annually', null, '2025-01-25')],
    ['ежегодно, до 25 января, до 2027 года', every('annually', '2027-12-31', '2025-01-25')],
    ['ежеквартально, до 10 числа месяца, следующего за отчетным кварталом', every('quarterly', null, '2024-10-10')],
    ['ежемесячно, до 5 числа', every('monthly', null, '2024-09-05')],
    ['ежеквартально', every('quarterly')],
    ['ежеквартально, до 31 декабря 2027 г.', every('quarterly', '2027-12-31')],
    ['ежегодно, до 1 декабря', every('annually', null, '2024-12-01')], // the day each year's report is due
    ['ежегодно, начиная с 2025 года', every('annually', null, '2025-12-31')],
    ['не реже одного раза в год', every('annually')],
    ['постоянно', ongoing],
    ['на постоянной основе', ongoing],
    ['по мере необходимости', ongoing],
    ['при необходимости', ongoing],
    ['срок не установлен', none],
    ['—', none],
    ['', none],
    // English communiqué wording
    ['Q4 2025', quarter(2025, 4)],
    ['4Q 2025', quarter(2025, 4)],
    ['q4/2025', quarter(2025, 4)],
    ['2025 Q4', quarter(2025, 4)],
    ['in the fourth quarter of 2025', quarter(2025, 4)],
    ['by the end of Q1 2026', quarter(2026, 1)],
    ['H1 2026', half(2026, 1)],
    ['2H 2026', half(2026, 2)],
    ['second half of 2026', half(2026, 2)],
    ['Q2–Q3 2025', period('2025-04-01', '2025-09-30')],
    ['by end of 2026', year(2026)],
    ['by the end of 2026', year(2026)],
    ['by end-2026', year(2026)],
    ['during 2026', year(2026)],
    ['in 2026', year(2026)],
    ['no later than 2026', year(2026)],
    ['2025-2027', period('2025-01-01', '2027-12-31')],
    ['from 2025 to 2027', period('2025-01-01', '2027-12-31')],
    ['10 February 2026 – 20 May 2026', period('2026-02-10', '2026-05-20')],
    ['March 2026', month(2026, 3)],
    ['in Dec 2026', month(2026, 12)],
    ['by the end of March 2026', month(2026, 3)],
    ['by 1 March 2026', date('2026-03-01')],
    ['31 December 2025', date('2025-12-31')],
    ['March 1, 2026', date('2026-03-01')],
    ['no later than 1st March 2026', date('2026-03-01')],
    ['annually', every('annually')],
    ['quarterly', every('quarterly')],
    ['every year until 2030', every('annually', '2030-12-31')],
    ['annually, by 25 January', every('annually', null, '2025-01-25')],
    ['annually by 1 March', every('annually', null, '2025-03-01')],
    ['as appropriate', ongoing],
    ['where appropriate', ongoing],
    ['quarterly until 31 December 2027', every('quarterly', '2027-12-31')],
    ['ongoing', ongoing],
    ['on an ongoing basis', ongoing],
    ['as needed', ongoing],
    ['no deadline', none],
  ])('%s', (phrase, rule) => {
    const parsed = parseDeadlinePhrase(phrase, signed)
    expect(parsed).toEqual({ ok: true, deadline: { words: phrase, rule } })
    // Whatever is read must be storable as it is.
    expect(DeadlineInput.safeParse(parsed.deadline).success).toBe(true)
  })

  it('keeps the words as written, trimmed and with whitespace collapsed', () => {
    const parsed = parseDeadlinePhrase('  IV\u00a0квартал\t 2025\u00a0г. \n', signed)
    expect(parsed).toEqual({ ok: true, deadline: { words: 'IV квартал 2025 г.', rule: quarter(2025, 4) } })
  })
})

describe('parseDeadlinePhrase: periods counted from the document', () => {
  it.each<[string, string]>([
    // As the demo data reads the Memorandum's "three months from signature": 9 Aug → 9 Nov 2024.
    ['в течение трёх месяцев с даты подписания', '2024-11-09'],
    ['в течение 3 месяцев со дня подписания настоящего Меморандума', '2024-11-09'],
    ['в трёхмесячный срок со дня подписания', '2024-11-09'],
    ['в течение года', '2025-08-09'],
    ['в течение месяца', '2024-09-09'],
    ['в течение полугода', '2025-02-09'],
    ['в течение 30 дней', '2024-09-08'],
    ['within three months of signature', '2024-11-09'],
    ['within one year of the adoption of this Communiqué', '2025-08-09'],
    ['within 90 days', '2024-11-07'],
  ])('%s → %s', (phrase, due) => {
    expect(parseDeadlinePhrase(phrase, signed)).toEqual({ ok: true, deadline: { words: phrase, rule: date(due) } })
  })

  it('counts to the end of a short month rather than past it', () => {
    expect(parseDeadlinePhrase('в течение месяца', { documentDate: '2025-01-31' }).deadline.rule).toEqual(date('2025-02-28'))
  })

  it('reads "до конца текущего года" and "next year" against the document year', () => {
    expect(parseDeadlinePhrase('до конца текущего года', signed).deadline.rule).toEqual(year(2024))
    expect(parseDeadlinePhrase('до конца года', signed).deadline.rule).toEqual(year(2024))
    expect(parseDeadlinePhrase('в следующем году', signed).deadline.rule).toEqual(year(2025))
    expect(parseDeadlinePhrase('by the end of next year', signed).deadline.rule).toEqual(year(2025))
  })
})

describe('parseDeadlinePhrase: "by the next meeting"', () => {
  it.each(['до следующей встречи', 'к следующему заседанию', 'до следующей Консультативной встречи глав государств', 'на очередном заседании', 'by the next meeting', 'before the next summit'])(
    '%s names the series the caller gives',
    (phrase) => {
      expect(parseDeadlinePhrase(phrase, { ...signed, series })).toEqual({ ok: true, deadline: { words: phrase, rule: { kind: 'next_meeting', series } } })
    },
  )

  it('is ambiguous with no rule when the caller knows no series', () => {
    expect(parseDeadlinePhrase('до следующей встречи', signed)).toEqual({ ok: false, deadline: { words: 'до следующей встречи', rule: none }, problem: 'ambiguous' })
  })

  it('does not take "до следующего года" for a meeting', () => {
    expect(parseDeadlinePhrase('до следующего года', { ...signed, series })).toMatchObject({ problem: 'ambiguous', deadline: { rule: year(2025) } })
  })
})

describe('parseDeadlinePhrase: rows the preview marks', () => {
  it.each<[string, DeadlineProblem, DeadlineRule]>([
    // By the start of the span or by its end? The whole span is offered.
    ['до 2026 года', 'ambiguous', year(2026)],
    ['к 2026 году', 'ambiguous', year(2026)],
    ['by 2026', 'ambiguous', year(2026)],
    ['до декабря 2026', 'ambiguous', month(2026, 12)],
    ['by March 2026', 'ambiguous', month(2026, 3)],
    ['к IV кварталу 2025 г.', 'ambiguous', quarter(2025, 4)],
    // No year: the first such day after the document.
    ['до 1 декабря', 'ambiguous', date('2024-12-01')],
    ['до 1 июня', 'ambiguous', date('2025-06-01')],
    // Counted from something other than signature, or in working days: offered, to be checked.
    ['в течение шести месяцев с даты вступления в силу', 'ambiguous', date('2025-02-09')],
    ['в течение 30 рабочих дней', 'ambiguous', date('2024-09-08')],
    ['ежегодно, по итогам заседания Совета', 'ambiguous', every('annually')],
    // Dates that do not exist.
    ['31.02.2026', 'invalid_date', none],
    ['29.02.2025', 'invalid_date', none],
    ['32.01.2026', 'invalid_date', none],
    ['2026-13-01', 'invalid_date', none],
    ['до 31 апреля 2026 г.', 'invalid_date', none],
    ['31 февраля', 'invalid_date', none],
    ['5 квартал 2025', 'invalid_date', none],
    ['Q5 2025', 'invalid_date', none],
    ['III полугодие 2026', 'invalid_date', none],
    ['2027–2025 гг.', 'invalid_date', none],
    ['с 20 мая по 10 февраля 2026 г.', 'invalid_date', none],
    ['ежегодно до 31.02.2030', 'invalid_date', none],
    // Not deadline wording.
    ['после завершения строительства', 'unrecognised', none],
    ['as soon as possible', 'unrecognised', none],
    ['ежегодное совещание', 'unrecognised', none],
    ['IV квартал', 'unrecognised', none],
    ['2025-27', 'unrecognised', none],
    ['12/31/2025', 'unrecognised', none],
    ['25', 'unrecognised', none],
  ])('%s: %s', (phrase, problem, rule) => {
    expect(parseDeadlinePhrase(phrase, signed)).toEqual({ ok: false, deadline: { words: phrase, rule }, problem })
  })

  it('needs the document date for periods counted from it', () => {
    const unknown = { documentDate: null }
    expect(parseDeadlinePhrase('в течение трёх месяцев с даты подписания', unknown)).toMatchObject({ ok: false, problem: 'ambiguous', deadline: { rule: none } })
    expect(parseDeadlinePhrase('до конца текущего года', unknown)).toMatchObject({ ok: false, problem: 'ambiguous', deadline: { rule: none } })
    expect(parseDeadlinePhrase('до 1 декабря', unknown)).toMatchObject({ ok: false, problem: 'ambiguous', deadline: { rule: none } })
    expect(parseDeadlinePhrase('ежегодно, до 25 января', unknown)).toMatchObject({ ok: false, problem: 'ambiguous', deadline: { rule: every('annually') } })
  })

  it('gives up on prose quickly and keeps storable words', () => {
    const prose = 'по мере завершения работ '.repeat(40_000)
    const parsed = parseDeadlinePhrase(prose, signed)
    expect(parsed).toMatchObject({ ok: false, problem: 'unrecognised', deadline: { rule: none } })
    expect(DeadlineInput.safeParse(parsed.deadline).success).toBe(true)
  })
})

// Kazakh (Cyrillic) and Uzbek (Latin), as their ministries write a roadmap's deadline column: the
// year first with its word ("2026 жылғы", "2026-yil"), the postposition last ("… дейін", "…gacha").
const KK_MONTHS: [string, string, string, string, string][] = [
  // the name, of ("2026 жылдың …"), in, to (before "дейін"), from (before "кешіктірмей")
  ['қаңтар', 'қаңтары', 'қаңтарда', 'қаңтарға', 'қаңтардан'],
  ['ақпан', 'ақпаны', 'ақпанда', 'ақпанға', 'ақпаннан'],
  ['наурыз', 'наурызы', 'наурызда', 'наурызға', 'наурыздан'],
  ['сәуір', 'сәуірі', 'сәуірде', 'сәуірге', 'сәуірден'],
  ['мамыр', 'мамыры', 'мамырда', 'мамырға', 'мамырдан'],
  ['маусым', 'маусымы', 'маусымда', 'маусымға', 'маусымнан'],
  ['шілде', 'шілдесі', 'шілдеде', 'шілдеге', 'шілдеден'],
  ['тамыз', 'тамызы', 'тамызда', 'тамызға', 'тамыздан'],
  ['қыркүйек', 'қыркүйегі', 'қыркүйекте', 'қыркүйекке', 'қыркүйектен'],
  ['қазан', 'қазаны', 'қазанда', 'қазанға', 'қазаннан'],
  ['қараша', 'қарашасы', 'қарашада', 'қарашаға', 'қарашадан'],
  ['желтоқсан', 'желтоқсаны', 'желтоқсанда', 'желтоқсанға', 'желтоқсаннан'],
]
const UZ_MONTHS: string[][] = [['yanvar'], ['fevral'], ['mart'], ['aprel'], ['may'], ['iyun'], ['iyul'], ['avgust'], ['sentabr', 'sentyabr'], ['oktabr', 'oktyabr'], ['noyabr'], ['dekabr']]
const lastDay = (m: number) => new Date(Date.UTC(2026, m, 0)).getUTCDate()
const iso2026 = (m: number, d: number) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

const KK_MONTH_PHRASES = KK_MONTHS.flatMap(([name, of, inIt, to, from], i): [string, DeadlineRule][] => [
  [`2026 жылғы ${name}`, month(2026, i + 1)],
  [`2026 жылдың ${of}`, month(2026, i + 1)],
  [`2026 жылғы ${inIt}`, month(2026, i + 1)],
  [`${name} 2026 ж.`, month(2026, i + 1)],
  [`2026 жылғы ${name} айы`, month(2026, i + 1)],
  [`2026 жылғы 15 ${name}`, date(iso2026(i + 1, 15))],
  [`2026 жылғы ${lastDay(i + 1)} ${to} дейін`, date(iso2026(i + 1, lastDay(i + 1)))],
  [`2026 жылғы 1 ${from} кешіктірмей`, date(iso2026(i + 1, 1))],
])
const UZ_MONTH_PHRASES = UZ_MONTHS.flatMap((names, i) =>
  names.flatMap((name): [string, DeadlineRule][] => [
    [`2026-yil ${name}`, month(2026, i + 1)],
    [`2026-yil ${name}da`, month(2026, i + 1)],
    [`2026-yil ${name} oyida`, month(2026, i + 1)],
    [`${name} 2026-yil`, month(2026, i + 1)],
    [`2026-yil 15-${name}`, date(iso2026(i + 1, 15))],
    [`2026-yil ${lastDay(i + 1)}-${name}gacha`, date(iso2026(i + 1, lastDay(i + 1)))],
    [`2026-yil 1-${name}dan kechiktirmay`, date(iso2026(i + 1, 1))],
  ]),
)
// Every way Uzbek's oʻ and gʻ are typed: the official ʻ, the ASCII ', the tutuq ʼ, the quotes ‘ ’ and a backtick.
const APOSTROPHES = ["'", 'ʻ', 'ʼ', '‘', '’', '`']
const UZ_APOSTROPHE_PHRASES = APOSTROPHES.flatMap((a): [string, DeadlineRule][] => [
  [`zarur bo${a}lganda`, ongoing],
  [`2026-yilning to${a}rtinchi choragi`, quarter(2026, 4)],
  [`har yili, 2025-yildan boshlab`, every('annually', null, '2025-12-31')],
])

describe('parseDeadlinePhrase: Kazakh and Uzbek wordings read for sure', () => {
  it.each<[string, DeadlineRule]>([
    // Kazakh: a quarter
    ['2026 жылғы IV тоқсан', quarter(2026, 4)],
    ['2026 жылғы 4-тоқсан', quarter(2026, 4)],
    ['2026 жылдың IV тоқсаны', quarter(2026, 4)],
    ['2026 жылдың IV тоқсанында', quarter(2026, 4)],
    ['2026 жылдың төртінші тоқсаны', quarter(2026, 4)],
    ['2026 жылғы бірінші тоқсан', quarter(2026, 1)],
    ['IV тоқсан 2026 ж.', quarter(2026, 4)],
    ['2026 жылғы ІІІ тоқсанның соңына дейін', quarter(2026, 3)], // Cyrillic "І" from a Kazakh keyboard
    ['2026 жылғы І тоқсаннан кешіктірмей', quarter(2026, 1)],
    ['2026 жылғы II тоқсан ішінде', quarter(2026, 2)],
    // a half-year
    ['2026 жылғы I жартыжылдық', half(2026, 1)],
    ['2026 жылдың екінші жартыжылдығы', half(2026, 2)],
    ['2026 жылдың бірінші жарты жылдығы', half(2026, 1)],
    ['2026 жылғы II жартыжылдықта', half(2026, 2)],
    ['I жартыжылдық 2027 ж.', half(2027, 1)],
    // a year
    ['2026 жыл', year(2026)],
    ['2026 ж.', year(2026)],
    ['2026 жылы', year(2026)],
    ['2026 жыл ішінде', year(2026)],
    ['2026 жылдың соңына дейін', year(2026)],
    ['2026 жылдан кешіктірмей', year(2026)],
    ['Орындау мерзімі: 2026 жылдың соңына дейін', year(2026)],
    // by a day
    ['2026 жылғы 1 наурызға дейін', date('2026-03-01')],
    ['2027 жылғы 15 қаңтарға дейін', date('2027-01-15')],
    ['2025 жылғы 31 желтоқсаннан кешіктірмей', date('2025-12-31')],
    ['01.03.2026 ж. дейін', date('2026-03-01')],
    ['2028 жылғы 29 ақпан', date('2028-02-29')],
    // a period
    ['2026–2028 жылдар', period('2026-01-01', '2028-12-31')],
    ['2026–2028 жылдары', period('2026-01-01', '2028-12-31')],
    ['2026-2028 жж.', period('2026-01-01', '2028-12-31')],
    ['2026–2028 жылдар ішінде', period('2026-01-01', '2028-12-31')],
    ['2026 жылдан 2028 жылға дейін', period('2026-01-01', '2028-12-31')],
    ['2026 жылғы 10 ақпаннан 20 мамырға дейін', period('2026-02-10', '2026-05-20')],
    ['2026 жылғы II тоқсаннан III тоқсанға дейін', period('2026-04-01', '2026-09-30')],
    // recurring
    ['жыл сайын', every('annually')],
    ['Жыл сайын', every('annually')],
    ['тоқсан сайын', every('quarterly')],
    ['ай сайын', every('monthly')],
    ['жылына кемінде бір рет', every('annually')],
    ['жыл сайын, 2030 жылға дейін', every('annually', '2030-12-31')],
    ['жыл сайын 1 желтоқсанға дейін', every('annually', null, '2024-12-01')],
    ['жыл сайын, 25 қаңтарға дейін', every('annually', null, '2025-01-25')],
    ['жыл сайын, 25 қаңтарға дейін, 2027 жылға дейін', every('annually', '2027-12-31', '2025-01-25')],
    ['2025–2027 жылдары жыл сайын', every('annually', '2027-12-31', '2025-12-31')],
    ['жыл сайын, 2025 жылдан бастап', every('annually', null, '2025-12-31')],
    ['тоқсан сайын, 2027 жылғы 31 желтоқсанға дейін', every('quarterly', '2027-12-31')],
    // ongoing, as needed, no deadline
    ['тұрақты', ongoing],
    ['тұрақты түрде', ongoing],
    ['тұрақты негізде', ongoing],
    ['қажет болған жағдайда', ongoing],
    ['қажеттілігіне қарай', ongoing],
    ['мерзімі белгіленбеген', none],
    // the current and the next year, against the document's
    ['ағымдағы жылдың соңына дейін', year(2024)],
    ['келесі жылдың соңына дейін', year(2025)],
    ...KK_MONTH_PHRASES,
    // Uzbek: a quarter
    ['2026-yil IV chorak', quarter(2026, 4)],
    ['2026-yil 4-chorak', quarter(2026, 4)],
    ['2026-yilning IV choragi', quarter(2026, 4)],
    ['2026-yilning IV choragida', quarter(2026, 4)],
    ['2026-yil birinchi chorak', quarter(2026, 1)],
    ['IV chorak 2026-yil', quarter(2026, 4)],
    ['2026-yil III choragi oxirigacha', quarter(2026, 3)],
    ['2026-yil I chorakdan kechiktirmay', quarter(2026, 1)],
    // a half-year
    ['2026-yil I yarim yillik', half(2026, 1)],
    ['2026-yilning birinchi yarmi', half(2026, 1)],
    ['2026-yilning ikkinchi yarmida', half(2026, 2)],
    ['2026-yilning ikkinchi yarim yilligida', half(2026, 2)],
    // a year
    ['2026-yil', year(2026)],
    ['2026 yil', year(2026)],
    ['2026 y.', year(2026)],
    ['2026-yilda', year(2026)],
    ['2026-yil davomida', year(2026)],
    ['2026-yil oxirigacha', year(2026)],
    ['2026-yilning oxirigacha', year(2026)],
    ['2026-yildan kechiktirmay', year(2026)],
    ['Ijro muddati: 2026-yil oxirigacha', year(2026)],
    // by a day
    ['2026-yil 1-martgacha', date('2026-03-01')],
    ['2026-yil 1-martga qadar', date('2026-03-01')],
    ['2025-yil 31-dekabrdan kechiktirmay', date('2025-12-31')],
    ['01.03.2026-yilgacha', date('2026-03-01')],
    // a period
    ['2026–2028-yillar', period('2026-01-01', '2028-12-31')],
    ['2026–2028-yillarda', period('2026-01-01', '2028-12-31')],
    ['2026-2028 yy.', period('2026-01-01', '2028-12-31')],
    ['2026-yildan 2028-yilgacha', period('2026-01-01', '2028-12-31')],
    ['2026-yil 10-fevraldan 20-maygacha', period('2026-02-10', '2026-05-20')],
    // recurring
    ['har yili', every('annually')],
    ['Har yili', every('annually')],
    ['har chorakda', every('quarterly')],
    ['har oy', every('monthly')],
    ['yiliga kamida bir marta', every('annually')],
    ['har yili 2030-yilgacha', every('annually', '2030-12-31')],
    ['har yili 1-dekabrgacha', every('annually', null, '2024-12-01')],
    ['har yili, 25-yanvargacha', every('annually', null, '2025-01-25')],
    ['2025–2027-yillarda har yili', every('annually', '2027-12-31', '2025-12-31')],
    // ongoing, as needed, no deadline
    ['doimiy', ongoing],
    ['doimiy ravishda', ongoing],
    ['muntazam ravishda', ongoing],
    ['zarur boʻlganda', ongoing],
    ['zarurat tugʻilganda', ongoing],
    ['zaruratga qarab', ongoing],
    ['muddat belgilanmagan', none],
    ['joriy yil oxirigacha', year(2024)],
    ['kelgusi yil davomida', year(2025)],
    ...UZ_MONTH_PHRASES,
    ...UZ_APOSTROPHE_PHRASES,
  ])('%s', (phrase, rule) => {
    const parsed = parseDeadlinePhrase(phrase, signed)
    expect(parsed).toEqual({ ok: true, deadline: { words: phrase, rule } })
    expect(DeadlineInput.safeParse(parsed.deadline).success).toBe(true)
  })

  it.each([
    'келесі кездесуге дейін',
    'кезекті отырысқа дейін',
    'Орталық Азия мемлекеттері басшыларының келесі Консультативтік кездесуіне дейін',
    'keyingi uchrashuvgacha',
    'navbatdagi sessiyagacha',
    'Markaziy Osiyo davlatlari rahbarlarining navbatdagi Maslahat uchrashuvigacha',
    ...APOSTROPHES.map((a) => `keyingi yig${a}ilishgacha`),
  ])('%s names the series the caller gives', (phrase) => {
    expect(parseDeadlinePhrase(phrase, { ...signed, series })).toEqual({ ok: true, deadline: { words: phrase, rule: { kind: 'next_meeting', series } } })
  })
})

describe('parseDeadlinePhrase: Kazakh and Uzbek rows the preview marks', () => {
  it.each<[string, DeadlineProblem, DeadlineRule]>([
    // By the start of the span or by its end? The whole span is offered, as for "до 2026 года".
    ['2026 жылға дейін', 'ambiguous', year(2026)],
    ['2026-yilgacha', 'ambiguous', year(2026)],
    ['2026 жылғы желтоқсанға дейін', 'ambiguous', month(2026, 12)],
    ['2026-yil dekabrgacha', 'ambiguous', month(2026, 12)],
    // No year: the first such day after the document.
    ['1 желтоқсанға дейін', 'ambiguous', date('2024-12-01')],
    ['1-iyungacha', 'ambiguous', date('2025-06-01')],
    // No series given.
    ['келесі кездесуге дейін', 'ambiguous', none],
    ['keyingi uchrashuvgacha', 'ambiguous', none],
    ['жыл сайын, отырыс қорытындысы бойынша', 'ambiguous', every('annually')],
    // Dates that do not exist.
    ['2026 жылғы 31 ақпан', 'invalid_date', none],
    ['2026 жылғы 31 сәуірге дейін', 'invalid_date', none],
    ['2026-yil 30-fevralgacha', 'invalid_date', none],
    ['2026 жылғы V тоқсан', 'invalid_date', none],
    ['2026-yil 5-chorak', 'invalid_date', none],
    ['2026 жылғы III жартыжылдық', 'invalid_date', none],
    ['2028–2026 жылдар', 'invalid_date', none],
    // Not deadline wording; "тоқсан" is also "ninety", and without an ordinal no quarter.
    ['құрылыс аяқталғаннан кейін', 'unrecognised', none],
    ['imkon qadar tezroq', 'unrecognised', none],
    ['тоқсан күн ішінде', 'unrecognised', none],
    ['IV тоқсан', 'unrecognised', none],
  ])('%s: %s', (phrase, problem, rule) => {
    expect(parseDeadlinePhrase(phrase, signed)).toEqual({ ok: false, deadline: { words: phrase, rule }, problem })
  })
})

describe('parseDeadlinePhrase agrees with the rest of the registry', () => {
  // Every wording the editor suggests reads back to the rule it was made from.
  it.each<[DeadlineRule]>([
    [date('2026-03-01')],
    [month(2026, 3)],
    [month(2026, 5)],
    [quarter(2026, 4)],
    [quarter(2025, 1)],
    [half(2026, 1)],
    [half(2026, 2)],
    [year(2026)],
    [period('2025-01-01', '2027-12-31')],
    [period('2026-02-10', '2026-05-20')],
    [every('annually')],
    [every('annually', null, '2025-01-25')],
    [every('annually', '2027-12-31', '2024-12-01')],
    [every('quarterly', '2027-12-31')],
    [every('quarterly', null, '2025-04-10')],
    [every('monthly', '2026-06-30')],
    [{ kind: 'next_meeting', series }],
    [ongoing],
    [none],
  ])('deadlineWords(%j) reads back', (rule) => {
    for (const language of ['ru', 'en'] as Language[]) {
      const words = deadlineWords(rule, language)
      expect(parseDeadlinePhrase(words, { ...signed, series }), `${language}: ${words}`).toEqual({ ok: true, deadline: { words, rule } })
    }
  })

  it("reads every deadline of the demo data to the demo's own rule", () => {
    const data = buildDemoData()
    const documents = new Map(data.documents.map((d) => [d.id, d]))
    const meetings = new Map(data.meetings.map((m) => [m.id, m]))
    const misread = data.commitments.flatMap((c) => {
      const document = documents.get(c.documentId)
      const meeting = document?.meetingId ? meetings.get(document.meetingId) : undefined
      // The caller offers the series the rule names, as the preview's series picker would.
      const named = c.deadline.rule.kind === 'next_meeting' ? c.deadline.rule.series : meeting?.series
      const parsed = parseDeadlinePhrase(c.deadline.words, { documentDate: document?.date ?? null, series: named })
      // The demo ends some bare "ежегодно" series with the roadmap (2027) and leaves others open:
      // a judgement of the secretariat's that the words alone do not carry.
      const expected = c.deadline.rule.kind === 'recurring' && !/\d{4}/.test(c.deadline.words) ? { ...c.deadline.rule, until: null } : c.deadline.rule
      return parsed.ok && isDeepStrictEqual(parsed.deadline.rule, expected) ? [] : [{ words: c.deadline.words, expected, parsed }]
    })
    expect(misread).toEqual([])
    expect(data.commitments.length).toBeGreaterThan(20)
  })
})
