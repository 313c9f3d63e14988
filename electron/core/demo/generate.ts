// A realistic data file of any size, for the benchmark and for trying the app with a full
// registry: the demo's reference records (countries, organisations, people, meetings, documents)
// plus generated meetings, documents and exactly `n` commitments with status histories, in the
// style of CIS roadmaps. Deterministic: a seeded PRNG and fixed dates written against DEMO_TODAY,
// never the clock, so a seed always yields the same file. Everything generated is `sample`.
import type { Commitment, Country, DeadlineRule, DeskData, Document, LocalText, Meeting, Organisation, StatusUpdate } from '../schema'
import { computeDueDate, deadlineSetOn } from '../domain/deadline'
import { DEMO_TODAY, SERIES_CONSULTATIVE, SERIES_TRANSPORT_MINISTERS, text } from './common'
import { buildDemoData } from './demoData'

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: tiny, fast and good enough for test data; the same seed gives the same sequence. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Random {
  readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!
  }
  /** A value drawn with the given relative weights. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    let r = this.next() * options.reduce((sum, [, w]) => sum + w, 0)
    for (const [value, w] of options) if ((r -= w) < 0) return value
    return options[options.length - 1]![0]
  }
  shuffled<T>(list: readonly T[]): T[] {
    const copy = [...list]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy
  }
  /**
   * A random-looking v4 UUID (version nibble 4, variant 8–b) without crypto. Random rather than
   * counted, like the app's own ids, so that comparing and hashing ids costs what it does in use.
   */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => Math.floor(this.next() * 2 ** 32).toString(16).padStart(8, '0')).join('')
    const variant = '89ab'[Math.floor(this.next() * 4)]
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers: UTC arithmetic on YYYY-MM-DD, so the result does not depend on the time zone.

const DAY_MS = 86_400_000
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const addDays = (iso: string, days: number) => toDay(dayMs(iso) + days * DAY_MS)
const minDay = (a: string, b: string) => (a < b ? a : b)
const daysBetween = (from: string, to: string) => Math.round((dayMs(to) - dayMs(from)) / DAY_MS)

const MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']
const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']
const ROMAN = ['I', 'II', 'III', 'IV']

/** "15 марта 2026 г." */
function dayWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTHS_GENITIVE[m - 1]} ${y} г.`
}
/** "15.03.2026" */
const dotted = (iso: string) => iso.split('-').reverse().join('.')

// ---------------------------------------------------------------------------------------------
// Phrase banks

interface Sector {
  theme: string
  /** The sector in the genitive, to follow "в сфере", "по вопросам". */
  ru: string
  en: string
  /** Matches the English names of the ministries that usually lead in this sector. */
  leads: RegExp
}

const SECTORS: Sector[] = [
  { theme: 'transport', ru: 'транспорта и логистики', en: 'transport and logistics', leads: /Transport/ },
  { theme: 'transport', ru: 'международных автомобильных перевозок', en: 'international road transport', leads: /Transport/ },
  { theme: 'transport', ru: 'железнодорожного транспорта и транзита грузов', en: 'rail transport and freight transit', leads: /Transport/ },
  { theme: 'trade', ru: 'взаимной торговли', en: 'mutual trade', leads: /Trade|Econom|Commerce/ },
  { theme: 'energy', ru: 'электроэнергетики', en: 'electric power', leads: /Energy/ },
  { theme: 'water', ru: 'рационального использования водных ресурсов', en: 'rational use of water resources', leads: /Water/ },
  { theme: 'digital', ru: 'цифровой трансформации', en: 'digital transformation', leads: /Transport|Econom|Industry/ },
  { theme: 'industry', ru: 'промышленной кооперации', en: 'industrial cooperation', leads: /Industry/ },
  { theme: 'investment', ru: 'привлечения инвестиций', en: 'investment promotion', leads: /Investment|Econom|Trade/ },
  { theme: 'security', ru: 'региональной безопасности', en: 'regional security', leads: /Foreign/ },
  { theme: 'coordination', ru: 'межгосударственной координации', en: 'intergovernmental coordination', leads: /Foreign/ },
  { theme: 'expert', ru: 'экспертного сотрудничества', en: 'expert cooperation', leads: /Foreign/ },
  { theme: 'women', ru: 'расширения экономических возможностей женщин', en: "women's economic empowerment", leads: /Foreign|Econom/ },
]

/** The clause's opening: the action, in Russian and in English; `s` is the sector, `y` a year. */
const HEADS: ((s: Sector, y: number) => LocalText)[] = [
  (s, y) => text(`Разработать и согласовать проект Программы развития ${s.ru} на ${y}–${y + 3} годы`, `Develop and agree a draft programme for ${s.en} for ${y}–${y + 3}`),
  (s) => text(`Обеспечить проведение ежегодного регионального форума по вопросам ${s.ru}`, `Hold an annual regional forum on ${s.en}`),
  (s) => text(`Подготовить предложения по гармонизации национального законодательства в сфере ${s.ru}`, `Prepare proposals to harmonise national law on ${s.en}`),
  (s) => text(`Проработать вопрос о создании совместной рабочей группы по вопросам ${s.ru}`, `Study setting up a joint working group on ${s.en}`),
  (s) => text(`Организовать обмен опытом и стажировки специалистов в области ${s.ru}`, `Organise exchanges of experience and internships in ${s.en}`),
  (s) => text(`Принять меры по устранению барьеров и ограничений в сфере ${s.ru}`, `Take measures to remove barriers and restrictions in ${s.en}`),
  (s) => text(`Разработать единую методику мониторинга показателей ${s.ru}`, `Develop a common method for monitoring ${s.en} indicators`),
  (s) => text(
    `Завершить внутригосударственные процедуры, необходимые для вступления в силу Соглашения о сотрудничестве в сфере ${s.ru}`,
    `Complete the domestic procedures for the entry into force of the Agreement on cooperation in ${s.en}`,
  ),
  (s) => text(`Содействовать реализации совместных инвестиционных проектов в сфере ${s.ru}`, `Promote joint investment projects in ${s.en}`),
  (s) => text(`Провести совместное исследование перспектив развития ${s.ru} в Центральной Азии`, `Carry out a joint study of the prospects for ${s.en} in Central Asia`),
  (s) => text(`Создать единую информационную платформу по вопросам ${s.ru}`, `Set up a common information platform on ${s.en}`),
  (s) => text(`Подготовить и внести на рассмотрение Совета национальных координаторов доклад о состоянии ${s.ru}`, `Prepare a report on the state of ${s.en} for the Council of National Coordinators`),
]

/** Sentences that follow the opening, as roadmaps add them; `s` is the sector. */
const DETAILS: ((s: Sector) => string)[] = [
  () => 'При подготовке предложений учитывать положения Концепции развития регионального сотрудничества «Центральная Азия – 2040» и ранее принятых решений глав государств.',
  () => 'Результаты рассмотреть на очередном заседании Совета национальных координаторов Консультативных встреч глав государств Центральной Азии.',
  () => 'Государственным органам – исполнителям ежеквартально информировать Министерство иностранных дел о ходе исполнения настоящего пункта.',
  () => 'К работе привлечь представителей деловых кругов, научного и экспертного сообщества государств Центральной Азии.',
  () => 'Финансирование мероприятий осуществлять в пределах средств, предусмотренных в национальных бюджетах сторон, а также с привлечением международных финансовых институтов.',
  () => 'Обеспечить согласование проекта с заинтересованными министерствами и ведомствами сторон в установленном порядке.',
  (s) => `Особое внимание уделить вопросам ${s.ru} на приграничных участках и в пунктах пропуска через государственную границу.`,
  (s) => `Предусмотреть механизм регулярного обмена статистической информацией в сфере ${s.ru}.`,
  () => 'Информацию о ходе реализации включать в ежегодный доклад о выполнении Дорожной карты.',
  () => 'Рассмотреть возможность использования цифровых платформ и электронного документооборота между уполномоченными органами.',
  () => 'Учитывать рекомендации международных организаций, в том числе ЕЭК ООН, ЭСКАТО и Программы ЦАРЭС.',
  () => 'Определить ответственных должностных лиц и контактные точки для оперативного взаимодействия.',
  (s) => `По итогам подготовить аналитическую записку с предложениями о дальнейших шагах по развитию ${s.ru}.`,
  () => 'Проект документа направить сторонам по дипломатическим каналам не позднее чем за два месяца до заседания.',
  () => 'При необходимости создавать временные экспертные группы с участием представителей всех государств Центральной Азии.',
  () => 'Отдельно проработать вопросы транспортной доступности, логистики грузов и развития транспортно-логистических центров.',
  () => 'Обеспечить учёт гендерных аспектов и интересов малого и среднего предпринимательства.',
  () => 'Ход исполнения ежегодно рассматривать на встречах министров иностранных дел государств Центральной Азии.',
]

const COMPLETION_FORMS = [
  'Протокол заседания рабочей группы',
  'Информация в МИД',
  'Проект соглашения',
  'Согласованный план мероприятий',
  'Аналитический доклад',
  'Совместное коммюнике',
  'Отчёт о проведении мероприятия',
  'Подписанный меморандум',
  'Проект решения глав государств',
]

const NARRATIVES: Record<StatusUpdate['status'], string[]> = {
  not_started: [
    'Работа не начата: ожидается определение ответственных органов сторон.',
    'Запрос о назначении контактных лиц направлен сторонам, ответы пока не поступили.',
    'Исполнение запланировано на следующий год в соответствии с планом мероприятий.',
  ],
  in_progress: [
    'Проект документа разработан и направлен сторонам на согласование.',
    'Проведено заседание рабочей группы; согласованы основные положения, по отдельным вопросам сохраняются разногласия.',
    'Получены замечания от двух сторон, ведётся доработка проекта с учётом их предложений.',
    'Подготовлен сравнительный анализ национального законодательства сторон.',
    'Согласован состав экспертной группы, определены сроки проведения первого заседания.',
    'Проект рассмотрен на межведомственном совещании, замечания государственных органов учтены.',
    'Направлено письмо в МИД с предложением включить вопрос в повестку очередного заседания.',
  ],
  completed: [
    'Мероприятие выполнено в полном объёме.',
    'Документ подписан уполномоченными представителями сторон; информация направлена в МИД.',
    'Форум проведён, принят итоговый документ с рекомендациями.',
    'Доклад рассмотрен и одобрен Советом национальных координаторов.',
  ],
  delayed: [
    'Сроки согласования сорваны из-за отсутствия позиции одной из сторон.',
    'Заседание рабочей группы перенесено по просьбе принимающей стороны.',
    'Исполнение приостановлено до завершения внутригосударственных процедур в двух государствах.',
    'Требуется дополнительное финансирование; вопрос внесён в бюджетную заявку на следующий год.',
  ],
  cancelled: [
    'Мероприятие исключено из плана решением Совета национальных координаторов.',
    'Исполнение признано нецелесообразным в связи с принятием нового документа по этому вопросу.',
  ],
  no_information: ['Информация от исполнителя не поступила.', 'Повторный запрос направлен исполнителю, ответ не получен.'],
}

/** Extra meetings: sectoral series that meet every year or so. */
const MEETING_SERIES: { series: LocalText; theme: string }[] = [
  { series: SERIES_TRANSPORT_MINISTERS, theme: 'transport' },
  { series: text('Встреча министров энергетики государств Центральной Азии', 'Meeting of the Energy Ministers of Central Asia'), theme: 'energy' },
  { series: text('Заседание Совета министров иностранных дел государств Центральной Азии', 'Council of Foreign Ministers of Central Asia'), theme: 'coordination' },
  { series: text('Региональный форум по промышленной кооперации', 'Regional Forum on Industrial Cooperation'), theme: 'industry' },
  { series: text('Заседание Межправительственной рабочей группы по водным ресурсам', 'Intergovernmental Working Group on Water Resources'), theme: 'water' },
]
const seriesOf = (i: number) => MEETING_SERIES[i % MEETING_SERIES.length]!
const sectorOf = (theme: string) => SECTORS.find((s) => s.theme === theme) ?? SECTORS[0]!
const VENUES = [text('Астана', 'Astana'), text('Бишкек', 'Bishkek'), text('Душанбе', 'Dushanbe'), text('Ашхабад', 'Ashgabat'), text('Ташкент', 'Tashkent')]

const DOCUMENT_KINDS: { type: Document['type']; title: (s: Sector, y: number) => LocalText }[] = [
  { type: 'roadmap', title: (s, y) => text(`Дорожная карта по развитию ${s.ru} на ${y}–${y + 2} годы`, `Roadmap for ${s.en} for ${y}–${y + 2}`) },
  { type: 'action_plan', title: (s, y) => text(`План мероприятий в сфере ${s.ru} на ${y}–${y + 2} годы`, `Action plan on ${s.en} for ${y}–${y + 2}`) },
  { type: 'memorandum', title: (s) => text(`Меморандум о взаимопонимании в области ${s.ru}`, `Memorandum of understanding on ${s.en}`) },
  { type: 'communique', title: (s) => text(`Совместное коммюнике по вопросам ${s.ru}`, `Joint communiqué on ${s.en}`) },
  { type: 'decision', title: (s) => text(`Решение о мерах по развитию ${s.ru}`, `Decision on measures for ${s.en}`) },
  { type: 'concept', title: (s) => text(`Концепция сотрудничества в сфере ${s.ru}`, `Concept of cooperation in ${s.en}`) },
]

const SECRETARIAT = 'Секретариат делегации МТ РК'

// ---------------------------------------------------------------------------------------------
// Records

const at = (day: string, minutes = 0) => {
  const h = String(9 + Math.floor(minutes / 60)).padStart(2, '0')
  const m = String(minutes % 60).padStart(2, '0')
  return `${day}T${h}:${m}:00.000Z`
}
const sampleStamps = (day: string, minutes = 0) => ({ createdAt: at(day, minutes), updatedAt: at(day, minutes), sample: true as const })

/** One held meeting of a sectoral series a year or so, from 2021 until shortly before DEMO_TODAY. */
function generateMeetings(rnd: Random, count: number, countries: Country[]): Meeting[] {
  const first = dayMs('2021-01-15')
  const span = dayMs(addDays(DEMO_TODAY, -45)) - first
  const members = countries.filter((c) => c.code !== 'AZ')
  return Array.from({ length: count }, (_, i) => {
    const { series } = seriesOf(i)
    // Evenly spread over the years, jittered by a few weeks, in order within each series.
    const startDate = toDay(first + Math.floor(((i + rnd.next() * 0.5) / count) * span))
    const venue = rnd.pick(VENUES)
    return {
      id: rnd.uuid(),
      ...sampleStamps(addDays(startDate, 3)),
      series,
      // Unnumbered: invented meetings should not claim a place in a real series' numbering.
      number: null,
      title: text(`${series.ru} (${venue.ru}, ${startDate.slice(0, 4)})`, `${series.en} (${venue.en}, ${startDate.slice(0, 4)})`),
      startDate,
      endDate: addDays(startDate, rnd.int(0, 1)),
      venue,
      chairCountryId: rnd.pick(members).id,
      participants: members.map((c) => ({ countryId: c.id, organisationId: null, role: 'member' as const, note: '' })),
      agenda: [0, 1].map(() => {
        const s = rnd.pick(SECTORS)
        return { id: rnd.uuid(), title: text(`О сотрудничестве в сфере ${s.ru}`, `Cooperation in ${s.en}`), notes: '' }
      }),
      status: 'held' as const,
    }
  })
}

/** Documents adopted at the generated meetings, a few per meeting, round-robin. */
function generateDocuments(rnd: Random, count: number, meetings: Meeting[], countries: Country[]): Document[] {
  const members = countries.filter((c) => c.code !== 'AZ')
  const byMeeting = new Map<string, Document[]>()
  return Array.from({ length: count }, (_, i) => {
    const index = i % meetings.length
    const meeting = meetings[index]!
    const year = Number(meeting.startDate.slice(0, 4))
    const kind = rnd.pick(DOCUMENT_KINDS)
    const sector = sectorOf(seriesOf(index).theme)
    const planned = kind.type === 'roadmap' || kind.type === 'action_plan'
    // Plans are approved by the meeting's first document, as the VI meeting's Joint Statement did.
    const approver = planned ? byMeeting.get(meeting.id)?.[0] : undefined
    const doc: Document = {
      id: rnd.uuid(),
      ...sampleStamps(addDays(meeting.startDate, 3)),
      meetingId: meeting.id,
      type: kind.type,
      title: kind.title(rnd.chance(0.7) ? sector : rnd.pick(SECTORS), year + 1),
      date: meeting.startDate,
      adoption: approver
        ? { mode: 'approved_by_document', signatoryLevel: null, approvedByDocumentId: approver.id }
        : { mode: 'signed', signatoryLevel: rnd.pick(['ministers', 'delegations', 'heads_of_government'] as const), approvedByDocumentId: null },
      parties: members.map((c) => ({ countryId: c.id, signed: !approver, reservation: '' })),
      validity: planned ? { from: `${year + 1}-01-01`, to: `${year + 3}-12-31` } : { from: null, to: null },
      parentDocumentId: approver?.id ?? null,
      sourceFiles: [],
    }
    byMeeting.set(meeting.id, [...(byMeeting.get(meeting.id) ?? []), doc])
    return doc
  })
}

/** A deadline in one of the ways documents word them, in the years after the document's. */
function generateDeadline(rnd: Random, docDate: string, createdAt: string, meetings: Meeting[]): Commitment['deadline'] {
  const year = Number(docDate.slice(0, 4)) + rnd.int(0, 3)
  const kind = rnd.weighted([
    ['date', 15],
    ['month', 10],
    ['quarter', 20],
    ['half', 15],
    ['year', 15],
    ['period', 8],
    ['recurring', 6],
    ['next_meeting', 5],
    ['ongoing', 4],
    ['none', 2],
  ] as const)
  let words: string
  let rule: DeadlineRule
  switch (kind) {
    case 'date': {
      const date = addDays(docDate, rnd.int(60, 3 * 365))
      ;[words, rule] = [`до ${dayWords(date)}`, { kind, date }]
      break
    }
    case 'month': {
      const month = rnd.int(1, 12)
      ;[words, rule] = [`${MONTHS_NOMINATIVE[month - 1]} ${year} г.`, { kind, year, month }]
      break
    }
    case 'quarter': {
      const quarter = rnd.int(1, 4)
      ;[words, rule] = [`${ROMAN[quarter - 1]} квартал ${year} г.`, { kind, year, quarter }]
      break
    }
    case 'half': {
      const half = rnd.int(1, 2)
      ;[words, rule] = [`${ROMAN[half - 1]} полугодие ${year} г.`, { kind, year, half }]
      break
    }
    case 'year':
      ;[words, rule] = [`${year} год`, { kind, year }]
      break
    case 'period': {
      const from = Number(docDate.slice(0, 4)) + 1
      const to = from + rnd.int(1, 2)
      ;[words, rule] = [`${from}–${to} гг.`, { kind, from: `${from}-01-01`, to: `${to}-12-31` }]
      break
    }
    case 'recurring': {
      const frequency = rnd.pick(['annually', 'quarterly'] as const)
      const until = rnd.chance(0.5) ? `${year + 1}-12-31` : null
      ;[words, rule] = [frequency === 'annually' ? 'ежегодно' : 'ежеквартально', { kind, frequency, until }]
      break
    }
    case 'next_meeting': {
      const summit = rnd.chance(0.5)
      const series = summit ? SERIES_CONSULTATIVE : SERIES_TRANSPORT_MINISTERS
      ;[words, rule] = [summit ? 'до следующей Консультативной встречи глав государств' : 'до следующей встречи министров транспорта', { kind, series }]
      break
    }
    case 'ongoing':
      ;[words, rule] = ['постоянно', { kind }]
      break
    case 'none':
      ;[words, rule] = ['срок не установлен', { kind }]
      break
  }
  // As the app computes it: "by the next meeting" counts from the document's date.
  return { words, rule, dueDate: computeDueDate(rule, { meetings, after: deadlineSetOn(docDate, createdAt) }) }
}

/** Sentences after the opening until the text reaches a length drawn from 200–1200 characters. */
function commitmentText(rnd: Random, head: string, sector: Sector, lead: Organisation, others: Organisation[]): string {
  const target = rnd.int(200, 1200)
  const sentences = [
    ...DETAILS.map((d) => d(sector)),
    `Ответственный исполнитель – ${lead.name.ru}.`,
    ...(others.length > 0 ? [`Соисполнители: ${others.map((o) => o.shortName.ru || o.name.ru).join(', ')}.`] : []),
  ]
  let result = `${head}.`
  for (const sentence of rnd.shuffled(sentences)) {
    if (result.length >= target) break
    if (result.length + 1 + sentence.length <= 1200) result += ` ${sentence}`
  }
  return result
}

/** 50–400 characters: one to three sentences of the status's bank. */
function narrative(rnd: Random, status: StatusUpdate['status']): string {
  let result = ''
  for (const sentence of rnd.shuffled(NARRATIVES[status]).slice(0, rnd.int(1, 3))) {
    if (result.length + sentence.length + 1 > 400) break
    result = result ? `${result} ${sentence}` : sentence
  }
  // The shortest sentences are under 50 characters; a second one always fits after them.
  if (result.length < 50) result += ' Работа по пункту находится на контроле секретариата.'
  return result
}

type FinalStatus = StatusUpdate['status']
const CONFIDENCE: Record<FinalStatus, NonNullable<StatusUpdate['confidence']>[]> = {
  not_started: ['A', 'AR', 'R'],
  in_progress: ['G', 'AG', 'A'],
  completed: ['G'],
  delayed: ['AR', 'R'],
  cancelled: ['A'],
  no_information: ['A', 'AR'],
}

/** A history ending in a status drawn for the commitment, on dates between its creation and today. */
function generateUpdates(rnd: Random, commitment: Commitment, lead: Organisation): StatusUpdate[] {
  const firstDay = addDays(commitment.createdAt.slice(0, 10), 14)
  const span = daysBetween(firstDay, DEMO_TODAY)
  if (span < 1) return []
  const count = rnd.weighted([
    [0, 12],
    [1, 20],
    [2, 22],
    [3, 18],
    [4, 12],
    [5, 9],
    [6, 7],
  ] as const)
  const final = rnd.weighted<FinalStatus>([
    ['in_progress', 45],
    ['completed', 20],
    ['delayed', 12],
    ['not_started', 10],
    ['no_information', 10],
    ['cancelled', 3],
  ])
  const dates = Array.from({ length: count }, () => addDays(firstDay, rnd.int(0, span))).sort()
  let progress = 0
  return dates.map((date, i) => {
    const last = i === count - 1
    const status: FinalStatus = last ? final : i === 0 && rnd.chance(0.3) ? 'not_started' : 'in_progress'
    const source = rnd.chance(0.55) ? 'self_report' : 'assessment'
    if (status === 'in_progress') progress = Math.min(90, progress + rnd.int(5, 30))
    const evidence = rnd.chance(0.25)
      ? [{ fileId: null, reference: `Письмо ${lead.shortName.ru} № ${rnd.int(1, 30)}-${rnd.int(1, 9)}/${rnd.int(100, 3000)} от ${dotted(date)}`, page: String(rnd.int(1, 12)) }]
      : []
    return {
      id: rnd.uuid(),
      // The minute keeps same-day updates in order.
      ...sampleStamps(date, i),
      commitmentId: commitment.id,
      date,
      author: source === 'assessment' ? SECRETARIAT : lead.shortName.ru || lead.name.ru,
      source,
      status,
      progress: status === 'completed' ? 100 : status === 'in_progress' && rnd.chance(0.7) ? progress : null,
      confidence: source === 'assessment' ? rnd.pick(CONFIDENCE[status]) : null,
      narrative: narrative(rnd, status),
      evidence,
      correctsId: null,
    }
  })
}

/**
 * The demo's reference data with `n` generated commitments in place of the demo's own (so the
 * file has exactly `n`), about one extra document per 100 commitments and one extra meeting per
 * five documents. Valid against the schema and free of broken references.
 */
export function generateData(n: number, seed = 1): DeskData {
  const rnd = new Random(seed)
  const base = buildDemoData()
  const ours = base.settings.ourOrganisationId
  const ourOrg = base.organisations.find((o) => o.id === ours)
  if (!ourOrg) throw new Error('Demo data: our organisation is missing')

  const extraDocuments = Math.ceil(n / 100)
  const meetings = [...base.meetings, ...generateMeetings(rnd, Math.ceil(extraDocuments / 5), base.countries)]
  const documents = [...base.documents, ...generateDocuments(rnd, extraDocuments, meetings.slice(base.meetings.length), base.countries)]
  const others = base.organisations.filter((o) => o.id !== ours && o.countryId !== null)
  const countryOf = new Map(base.organisations.map((o) => [o.id, o.countryId]))
  const clauses = new Map<string, number>()

  const commitments: Commitment[] = []
  const statusUpdates: StatusUpdate[] = []
  for (let i = 0; i < n; i++) {
    const doc = rnd.pick(documents)
    const docDate = doc.date ?? '2024-08-09'
    const sector = rnd.pick(SECTORS)
    const head = rnd.pick(HEADS)(sector, Number(docDate.slice(0, 4)) + 1)

    // 1–5 owners; about one commitment in five involves our organisation, most often as lead.
    const ownerCount = rnd.weighted([
      [1, 25],
      [2, 30],
      [3, 20],
      [4, 15],
      [5, 10],
    ] as const)
    const sectorLeads = others.filter((o) => sector.leads.test(o.name.en))
    const picked: Organisation[] = []
    const add = (o: Organisation) => {
      if (!picked.includes(o)) picked.push(o)
    }
    const withUs = rnd.chance(0.2)
    const weLead = withUs && rnd.chance(0.6)
    if (weLead) add(ourOrg)
    add(rnd.chance(0.7) && sectorLeads.length > 0 ? rnd.pick(sectorLeads) : rnd.pick(others))
    while (picked.length < ownerCount) add(rnd.pick(others))
    if (withUs && !weLead) {
      // Ours as a co-executor or participant: in place of one of the others, or next to the lead.
      if (picked.length > 1) picked[rnd.int(1, picked.length - 1)] = ourOrg
      else picked.push(ourOrg)
    }
    const owners = picked.map((o, k) => ({ organisationId: o.id, role: k === 0 ? ('lead' as const) : k <= 2 ? ('co_executor' as const) : ('participant' as const) }))

    const partners = new Set(picked.map((o) => countryOf.get(o.id)).filter((c): c is string => !!c && c !== ourOrg.countryId))
    if (rnd.chance(0.1)) partners.add(rnd.pick(base.countries).id)
    partners.delete(ourOrg.countryId ?? '')

    const created = minDay(addDays(docDate, rnd.int(3, 40)), addDays(DEMO_TODAY, -1))
    const clauseNo = (clauses.get(doc.id) ?? 0) + 1
    clauses.set(doc.id, clauseNo)
    const themes = [sector.theme]
    if (rnd.chance(0.3)) {
      const extra = rnd.pick(SECTORS).theme
      if (extra !== sector.theme) themes.push(extra)
    }
    const related = rnd.chance(0.08) && commitments.length > 0 ? [rnd.pick(commitments).id] : []

    const commitment: Commitment = {
      id: rnd.uuid(),
      ...sampleStamps(created),
      documentId: doc.id,
      clause: `п. ${Math.floor((clauseNo - 1) / 9) + 1}.${((clauseNo - 1) % 9) + 1}`,
      text: commitmentText(rnd, head.ru, sector, picked[0]!, picked.slice(1)),
      summary: head,
      themes,
      owners,
      partnerCountryIds: base.countries.filter((c) => partners.has(c.id)).map((c) => c.id),
      deadline: generateDeadline(rnd, docDate, at(created), meetings),
      completionForm: rnd.pick(COMPLETION_FORMS),
      priority: rnd.chance(0.15),
      relatedIds: related,
      milestones: [],
    }
    commitments.push(commitment)
    statusUpdates.push(...generateUpdates(rnd, commitment, picked[0]!))
  }

  return { ...base, meetings, documents, commitments, statusUpdates }
}
