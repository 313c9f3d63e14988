// The demo's commitments and their status histories: all invented (sample), written in the style
// of CIS roadmaps so that the registry, the dashboard and the briefing pack have something real-
// looking to show. Statuses are written against DEMO_TODAY (2026-11-28): for our ministry some
// items are overdue, some due within 90 days, some completed, the rest in between.
import type { CommitmentStatus, Deadline, LocalText, StatusUpdate } from '../schema'
import { SERIES_CONSULTATIVE, SERIES_TRANSPORT_MINISTERS, deadline, rule, text } from './common'
import type { CountryCode, DocKey, OrgKey } from './demoReference'

export type Theme =
  | 'coordination'
  | 'security'
  | 'trade'
  | 'transport'
  | 'digital'
  | 'energy'
  | 'water'
  | 'women'
  | 'expert'
  | 'industry'
  | 'investment'

type Evidence = StatusUpdate['evidence'][number]

export interface UpdateSpec {
  date: string
  source: StatusUpdate['source']
  status: CommitmentStatus
  progress: number | null
  confidence: StatusUpdate['confidence']
  narrative: string
  evidence: Evidence[]
  /** Defaults: the lead's short name for a self-report, our secretariat for an assessment. */
  author: string | null
  /** A recurring commitment: the occurrence (its due date) the update reports on. */
  occurrence?: string
}

export interface CommitmentSpec {
  /** Local handle for `related`; not stored. */
  key: string
  doc: DocKey
  clause: string
  text: string
  summary: LocalText
  themes: Theme[]
  lead: OrgKey
  co: OrgKey[]
  participants: OrgKey[]
  /** Defaults to the other countries among the owners. */
  partners: CountryCode[] | null
  deadline: Deadline
  form: string
  priority: boolean
  related: string[]
  updates: UpdateSpec[]
}

type CommitmentInput = Pick<CommitmentSpec, 'key' | 'doc' | 'clause' | 'text' | 'summary' | 'themes' | 'lead' | 'deadline' | 'form'> &
  Partial<Pick<CommitmentSpec, 'co' | 'participants' | 'partners' | 'priority' | 'related' | 'updates'>>

/** A commitment with the usual defaults: no priority, no links, no updates yet. */
const commitment = (c: CommitmentInput): CommitmentSpec => ({
  co: [],
  participants: [],
  partners: null,
  priority: false,
  related: [],
  updates: [],
  ...c,
})

type UpdateExtra = Partial<Pick<UpdateSpec, 'progress' | 'confidence' | 'evidence' | 'author' | 'occurrence'>>

const update =
  (source: UpdateSpec['source']) =>
  (date: string, status: CommitmentStatus, narrative: string, extra: UpdateExtra = {}): UpdateSpec => ({
    date,
    source,
    status,
    progress: null,
    confidence: null,
    evidence: [],
    author: null,
    narrative,
    ...extra,
  })
/** The owner's own report. */
const report = update('self_report')
/** Our secretariat's assessment. */
const assess = update('assessment')

/** Evidence cited by reference only: the demo ships no files. */
const paper = (reference: string, page = '1'): Evidence => ({ fileId: null, reference, page })

// Owner sets that recur: the transport, foreign-affairs, energy and industry bodies of the others.
const otherTransport: OrgKey[] = ['kgTransport', 'tjTransport', 'tmTransport', 'uzTransport']
const otherForeign: OrgKey[] = ['kgForeign', 'tjForeign', 'tmForeign', 'uzForeign']
const otherEnergy: OrgKey[] = ['kgEnergy', 'tjEnergy', 'tmEnergy', 'uzEnergy']

const PERIOD_2025_2027 = deadline('2025–2027 гг.', rule.period('2025-01-01', '2027-12-31'), '2027-12-31')
// Each year's occurrence is due on 31 December, from 2024 (the documents' year); the due date
// stored is that of the first occurrence the history has not completed.
const yearly = (until: string | null, currentDue: string) => deadline('ежегодно', rule.annually(until), currentDue)
const ONGOING = deadline('постоянно', rule.ongoing(), null)
const BY_NEXT_SUMMIT = deadline('до следующей Консультативной встречи глав государств', rule.nextMeeting(SERIES_CONSULTATIVE), '2027-03-18')
const BY_NEXT_TRANSPORT = deadline('до следующей встречи министров транспорта', rule.nextMeeting(SERIES_TRANSPORT_MINISTERS), '2027-02-10')

// ---------------------------------------------------------------------------------------------
// Roadmap for the Development of Regional Cooperation for 2025–2027

const roadmap: CommitmentSpec[] = [
  commitment({
    key: 'R1',
    doc: 'roadmap',
    clause: 'п. 1.1',
    text: 'Обеспечить проведение ежегодных заседаний Совета национальных координаторов Консультативных встреч глав государств Центральной Азии с рассмотрением хода реализации настоящей Дорожной карты.',
    summary: text('Ежегодные заседания Совета национальных координаторов', 'Annual meetings of the Council of National Coordinators'),
    themes: ['coordination'],
    lead: 'kzForeign',
    co: otherForeign,
    deadline: yearly('2027-12-31', '2026-12-31'),
    form: 'Протокол заседания Совета национальных координаторов',
    updates: [
      assess('2024-12-12', 'completed', 'Заседание Совета национальных координаторов за 2024 год проведено.', { occurrence: '2024-12-31' }),
      assess('2025-10-15', 'completed', 'Заседание Совета национальных координаторов за 2025 год проведено; ход реализации Дорожной карты рассмотрен.', {
        confidence: 'G',
        occurrence: '2025-12-31',
      }),
    ],
  }),
  commitment({
    key: 'R2',
    doc: 'roadmap',
    clause: 'п. 1.3',
    text: 'Разработать и согласовать механизм мониторинга исполнения решений Консультативных встреч глав государств Центральной Азии, включая единую форму отчётности государственных органов.',
    summary: text('Механизм мониторинга исполнения решений и единая форма отчётности', 'Monitoring mechanism for decisions and a common reporting form'),
    themes: ['coordination'],
    lead: 'kzForeign',
    co: ['uzForeign', 'kgForeign'],
    deadline: BY_NEXT_SUMMIT,
    form: 'Проект решения глав государств',
    priority: true,
    updates: [
      report('2025-09-30', 'in_progress', 'Подготовлен проект единой формы отчётности, направлен сторонам для рассмотрения.', { progress: 30 }),
      assess('2026-06-15', 'in_progress', 'Единая форма отчётности согласована на уровне экспертов; проект механизма мониторинга дорабатывается.', {
        progress: 55,
        confidence: 'AG',
      }),
    ],
  }),
  commitment({
    key: 'R3',
    doc: 'roadmap',
    clause: 'п. 1.5',
    text: 'Государственным органам – исполнителям мероприятий настоящей Дорожной карты ежегодно, до 1 декабря, представлять в Министерство иностранных дел информацию о ходе их исполнения.',
    summary: text('Ежегодная информация в МИД о ходе исполнения Дорожной карты', 'Annual report to the MFA on the roadmap'),
    themes: ['coordination'],
    lead: 'kzForeign',
    participants: ['kzTransport', 'kzEnergy', 'kzIndustry', 'kzWater'],
    partners: [],
    // Due each 1 December, the first after the roadmap's adoption being 1 December 2024.
    deadline: deadline('ежегодно, до 1 декабря', rule.annually(null, '2024-12-01'), '2027-12-01'),
    form: 'Информация в МИД',
    updates: [
      report('2025-11-25', 'completed', 'Информация МТ РК о ходе исполнения транспортных мероприятий за 2025 год направлена в МИД РК.', {
        author: 'МТ РК',
        evidence: [paper('Письмо МТ РК № 12-3/1187 от 25.11.2025')],
        occurrence: '2025-12-01',
      }),
      report('2026-11-20', 'completed', 'Информация МТ РК за 2026 год направлена в МИД РК.', {
        author: 'МТ РК',
        evidence: [paper('Письмо МТ РК № 12-3/2402 от 20.11.2026')],
        occurrence: '2026-12-01',
      }),
    ],
  }),
  commitment({
    key: 'R4',
    doc: 'roadmap',
    clause: 'п. 2.2',
    text: 'Провести совместные консультации по вопросам региональной безопасности с участием Регионального центра ООН по превентивной дипломатии для Центральной Азии.',
    summary: text('Консультации по региональной безопасности с участием РЦПДЦА', 'Consultations on regional security with UNRCCA'),
    themes: ['security'],
    lead: 'uzForeign',
    co: ['kzForeign', 'kgForeign', 'tjForeign', 'tmForeign'],
    participants: ['unrcca'],
    deadline: deadline('2025 год', rule.year(2025), '2025-12-31'),
    form: 'Совместное информационное сообщение',
    updates: [
      assess('2025-06-20', 'in_progress', 'Согласованы сроки и повестка консультаций.'),
      assess('2025-12-10', 'completed', 'Консультации проведены в IV квартале 2025 г. при участии РЦПДЦА; принято совместное информационное сообщение.', {
        progress: 100,
        confidence: 'G',
      }),
    ],
  }),
  commitment({
    key: 'R5',
    doc: 'roadmap',
    clause: 'п. 3.1',
    text: 'Разработать предложения по упрощению процедур взаимной торговли, включая взаимное признание результатов оценки соответствия.',
    summary: text('Упрощение процедур взаимной торговли', 'Simpler procedures for mutual trade'),
    themes: ['trade'],
    lead: 'kzTrade',
    co: ['kgEconomy', 'tjEconomy', 'tmEconomy', 'uzIndustry'],
    deadline: deadline('I полугодие 2026 г.', rule.half(2026, 1), '2026-06-30'),
    form: 'Согласованные предложения',
    updates: [
      report('2025-12-01', 'in_progress', 'Проект предложений направлен сторонам.', { progress: 40 }),
      assess('2026-07-10', 'delayed', 'Предложения не внесены в срок: не завершено межведомственное согласование у двух сторон.', {
        progress: 60,
        confidence: 'AR',
      }),
    ],
  }),
  commitment({
    key: 'R6',
    doc: 'roadmap',
    clause: 'п. 4.1',
    text: 'Разработать и согласовать проект Стратегии развития транспортной взаимосвязанности государств Центральной Азии на период до 2035 года.',
    summary: text('Проект Стратегии транспортной взаимосвязанности до 2035 года', 'Draft strategy for transport connectivity to 2035'),
    themes: ['transport'],
    lead: 'kzTransport',
    co: otherTransport,
    deadline: deadline('IV квартал 2025 г.', rule.quarter(2025, 4), '2025-12-31'),
    form: 'Проект Стратегии, одобренный министрами транспорта',
    priority: true,
    related: ['R9'],
    updates: [
      report('2025-04-15', 'in_progress', 'Сформирована рабочая группа экспертов, подготовлена структура проекта Стратегии.', { progress: 20 }),
      report('2025-10-20', 'in_progress', 'Первая редакция проекта Стратегии направлена сторонам.', { progress: 60, confidence: 'AG' }),
      assess('2026-01-20', 'delayed', 'Срок истёк; заключения двух сторон на проект Стратегии не получены.', { progress: 60, confidence: 'AR' }),
      report('2026-10-05', 'in_progress', 'Получены заключения всех сторон, проект доработан; одобрение планируется на очередной встрече министров транспорта.', {
        progress: 85,
        confidence: 'A',
        evidence: [paper('Письмо МТ РК № 12-3/2045 от 05.10.2026', '1–3')],
      }),
    ],
  }),
  commitment({
    key: 'R7',
    doc: 'roadmap',
    clause: 'п. 4.2',
    text: 'Обеспечить синхронизацию режима работы пунктов пропуска на государственных границах в части грузового автомобильного и железнодорожного транспорта.',
    summary: text('Синхронизация режима работы пунктов пропуска', 'Synchronised working hours of border crossing points'),
    themes: ['transport', 'trade'],
    lead: 'uzTransport',
    co: ['kzTransport', 'kzTransportCommittee', 'kgTransport', 'tjTransport'],
    deadline: deadline('до 1 марта 2026 г.', rule.date('2026-03-01'), '2026-03-01'),
    form: 'Согласованный график работы пунктов пропуска',
    related: ['T2'],
    updates: [
      report('2025-09-12', 'in_progress', 'Проведена инвентаризация режимов работы пунктов пропуска на общих границах.', { progress: 30 }),
      assess('2026-03-15', 'delayed', 'Согласован график работы только двух пунктов пропуска из шести.', { progress: 35, confidence: 'R' }),
    ],
  }),
  commitment({
    key: 'R8',
    doc: 'roadmap',
    clause: 'п. 4.3',
    text: 'Провести анализ тарифной политики на перевозку грузов железнодорожным транспортом в регионе и подготовить предложения по согласованным сквозным ставкам.',
    summary: text('Согласованные сквозные железнодорожные тарифы', 'Agreed through rates for rail freight'),
    themes: ['transport', 'trade'],
    lead: 'kzTransport',
    co: ['uzTransport', 'tmTransport', 'kgTransport', 'tjTransport'],
    deadline: PERIOD_2025_2027,
    form: 'Предложения по сквозным ставкам',
    updates: [
      report('2025-06-30', 'in_progress', 'Собраны данные о действующих тарифах сторон.', { progress: 15 }),
      report('2026-06-30', 'in_progress', 'Анализ завершён; проект предложений обсуждён на совещании экспертов.', {
        progress: 45,
        confidence: 'AG',
        evidence: [paper('Протокол совещания экспертов от 18.06.2026', '2')],
      }),
    ],
  }),
  commitment({
    key: 'R9',
    doc: 'roadmap',
    clause: 'п. 4.5',
    text: 'Содействовать развитию Транскаспийского международного транспортного маршрута, включая увеличение объёмов контейнерных перевозок и синхронизацию морских и железнодорожных перевозок.',
    summary: text('Развитие Транскаспийского международного транспортного маршрута', 'Development of the Trans-Caspian International Transport Route'),
    themes: ['transport'],
    lead: 'kzTransport',
    co: ['tmTransport'],
    participants: ['azTransport'],
    deadline: ONGOING,
    form: 'Информация в МИД',
    related: ['R6'],
    updates: [
      report('2025-12-15', 'in_progress', 'Согласован план мероприятий по синхронизации морских и железнодорожных перевозок на 2026 год.'),
    ],
  }),
  commitment({
    key: 'R16',
    doc: 'roadmap',
    clause: 'п. 4.6',
    text: 'Организовать курсирование демонстрационных контейнерных поездов по международным транспортным коридорам, проходящим через территории государств Центральной Азии.',
    summary: text('Демонстрационные контейнерные поезда', 'Demonstration container trains'),
    themes: ['transport'],
    lead: 'kzTransport',
    co: ['uzTransport', 'tmTransport'],
    deadline: deadline('II квартал 2025 г.', rule.quarter(2025, 2), '2025-06-30'),
    form: 'Информация о проведении',
    updates: [
      report('2025-03-20', 'in_progress', 'Согласованы маршрут и график движения.', { progress: 50 }),
      report('2025-06-25', 'completed', 'Демонстрационный поезд прошёл по маршруту в установленные сроки.', {
        progress: 100,
        confidence: 'G',
        evidence: [paper('Письмо МТ РК № 12-3/778 от 25.06.2025')],
      }),
      assess('2025-07-05', 'completed', 'Исполнение подтверждено информацией сторон.', { progress: 100, confidence: 'G' }),
    ],
  }),
  commitment({
    key: 'R10',
    doc: 'roadmap',
    clause: 'п. 4.7',
    text: 'Внедрить электронный обмен данными о перевозимых грузах (электронная международная товарно-транспортная накладная e-CMR, электронная железнодорожная накладная) между транспортными ведомствами.',
    summary: text('Электронный обмен данными о грузах (e-CMR)', 'Electronic cargo data exchange (e-CMR)'),
    themes: ['transport', 'digital'],
    lead: 'uzTransport',
    co: ['kzTransport', 'kgTransport'],
    deadline: deadline('2026 год', rule.year(2026), '2026-12-31'),
    form: 'Протокол о запуске электронного обмена данными',
    related: ['T3'],
    updates: [
      report('2025-11-10', 'in_progress', 'Согласованы технические требования к обмену данными.', { progress: 40 }),
      assess('2026-09-25', 'in_progress', 'Пилотный обмен e-CMR запущен на одном направлении; есть риск не завершить работу в срок.', {
        progress: 60,
        confidence: 'AR',
      }),
    ],
  }),
  commitment({
    key: 'R15',
    doc: 'roadmap',
    clause: 'п. 4.9',
    text: 'Подготовить и внести на рассмотрение Совета национальных координаторов информацию о ходе реализации мероприятий раздела 4 «Транспорт и логистика» настоящей Дорожной карты.',
    summary: text('Информация о ходе реализации транспортного раздела', 'Progress report on the transport section'),
    themes: ['transport', 'coordination'],
    lead: 'kzTransport',
    co: ['kzTransportCommittee'],
    partners: [],
    deadline: deadline('декабрь 2026 г.', rule.month(2026, 12), '2026-12-31'),
    form: 'Информация в Совет национальных координаторов',
    updates: [report('2026-10-01', 'not_started', 'Сбор информации от соисполнителей запланирован на ноябрь 2026 г.')],
  }),
  commitment({
    key: 'R11',
    doc: 'roadmap',
    clause: 'п. 5.1',
    text: 'Подготовить предложения по совершенствованию механизмов регионального сотрудничества в сфере рационального использования водных и энергетических ресурсов.',
    summary: text('Механизмы сотрудничества по водным и энергетическим ресурсам', 'Cooperation mechanisms for water and energy resources'),
    themes: ['water', 'energy'],
    lead: 'kzWater',
    co: ['kgWater', 'tjEnergy', 'tmWater', 'uzWater'],
    deadline: deadline('2026 год', rule.year(2026), '2026-12-31'),
    form: 'Согласованные предложения',
    updates: [report('2026-05-20', 'in_progress', 'Проект предложений обсуждён на заседании экспертной группы.', { progress: 50 })],
  }),
  commitment({
    key: 'R12',
    doc: 'roadmap',
    clause: 'п. 5.3',
    text: 'Проводить совместные заседания экспертных групп по вопросам водно-энергетического баланса в вегетационный и межвегетационный периоды.',
    summary: text('Заседания экспертов по водно-энергетическому балансу', 'Expert meetings on the water and energy balance'),
    themes: ['water', 'energy', 'expert'],
    lead: 'tjEnergy',
    co: ['kgEnergy', 'uzEnergy', 'kzEnergy', 'kzWater'],
    deadline: yearly(null, '2025-12-31'),
    form: 'Протокол заседания',
    updates: [
      assess('2024-11-05', 'completed', 'Заседания экспертных групп 2024 года проведены.', { occurrence: '2024-12-31' }),
      assess('2025-04-10', 'in_progress', 'Заседание проведено перед вегетационным периодом 2025 г.; заседание межвегетационного периода не состоялось.', { occurrence: '2025-12-31' }),
    ],
  }),
  commitment({
    key: 'R13',
    doc: 'roadmap',
    clause: 'п. 6.2',
    text: 'Провести Региональный форум женщин-лидеров государств Центральной Азии.',
    summary: text('Региональный форум женщин-лидеров', 'Regional forum of women leaders'),
    themes: ['women'],
    lead: 'kgForeign',
    co: ['kzForeign', 'tjForeign', 'tmForeign', 'uzForeign'],
    deadline: deadline('II полугодие 2025 г.', rule.half(2025, 2), '2025-12-31'),
    form: 'Итоговый документ форума',
    updates: [assess('2025-10-30', 'completed', 'Форум проведён; принята итоговая декларация.', { progress: 100, confidence: 'G' })],
  }),
  commitment({
    key: 'R14',
    doc: 'roadmap',
    clause: 'п. 7.1',
    text: 'Обеспечить проведение ежегодного заседания Форума аналитических центров государств Центральной Азии.',
    summary: text('Ежегодный Форум аналитических центров', 'Annual forum of think tanks'),
    themes: ['expert'],
    lead: 'tmForeign',
    co: ['kzForeign', 'kgForeign', 'tjForeign', 'uzForeign'],
    deadline: yearly('2027-12-31', '2024-12-31'),
    form: 'Рекомендации Форума',
  }),
]

// ---------------------------------------------------------------------------------------------
// Action Plan for the Development of Industrial Cooperation for 2025–2027

const actionPlan: CommitmentSpec[] = [
  commitment({
    key: 'A1',
    doc: 'actionPlan',
    clause: 'п. 1',
    text: 'Сформировать перечень приоритетных совместных промышленных проектов государств Центральной Азии.',
    summary: text('Перечень приоритетных совместных промышленных проектов', 'List of priority joint industrial projects'),
    themes: ['industry'],
    lead: 'uzIndustry',
    co: ['kzIndustry', 'kgEconomy', 'tjIndustry', 'tmIndustry'],
    deadline: deadline('I квартал 2025 г.', rule.quarter(2025, 1), '2025-03-31'),
    form: 'Перечень проектов',
    updates: [report('2025-03-28', 'completed', 'Перечень из 24 проектов согласован сторонами.', { progress: 100 })],
  }),
  commitment({
    key: 'A2',
    doc: 'actionPlan',
    clause: 'п. 3',
    text: 'Проработать вопрос создания совместных производств железнодорожного подвижного состава и комплектующих к нему.',
    summary: text('Совместное производство подвижного состава', 'Joint production of railway rolling stock'),
    themes: ['industry', 'transport'],
    lead: 'kzIndustry',
    co: ['kzTransport', 'uzIndustry', 'uzTransport'],
    deadline: deadline('IV квартал 2026 г.', rule.quarter(2026, 4), '2026-12-31'),
    form: 'Предложения в Правительство',
    updates: [
      report('2025-11-14', 'in_progress', 'Определены потенциальные площадки и производители.', { progress: 30 }),
      report('2026-08-30', 'in_progress', 'Подготовлено технико-экономическое обоснование по двум проектам.', { progress: 65, confidence: 'A' }),
    ],
  }),
  commitment({
    key: 'A3',
    doc: 'actionPlan',
    clause: 'п. 5',
    text: 'Проводить Промышленную выставку-форум государств Центральной Азии.',
    summary: text('Промышленная выставка-форум', 'Industrial exhibition and forum'),
    themes: ['industry', 'investment'],
    lead: 'uzIndustry',
    co: ['kzIndustry', 'kgEconomy', 'tjIndustry', 'tmIndustry'],
    deadline: yearly('2027-12-31', '2026-12-31'),
    form: 'Итоги выставки-форума',
    updates: [
      assess('2024-11-15', 'completed', 'Выставка-форум 2024 года проведена.', { occurrence: '2024-12-31' }),
      assess('2025-10-20', 'completed', 'Выставка-форум 2025 года проведена.', { occurrence: '2025-12-31' }),
    ],
  }),
  commitment({
    key: 'A4',
    doc: 'actionPlan',
    clause: 'п. 7',
    text: 'Разработать предложения по гармонизации технических регламентов и стандартов в приоритетных отраслях промышленности.',
    summary: text('Гармонизация технических регламентов и стандартов', 'Harmonised technical regulations and standards'),
    themes: ['industry', 'trade'],
    lead: 'kgEconomy',
    co: ['kzTrade', 'uzIndustry', 'tjEconomy'],
    deadline: deadline('2026 год', rule.year(2026), '2026-12-31'),
    form: 'Предложения',
  }),
  commitment({
    key: 'A5',
    doc: 'actionPlan',
    clause: 'п. 9',
    text: 'Обеспечить взаимное информирование о мерах государственной поддержки промышленности и инвестиционных возможностях.',
    summary: text('Обмен информацией о мерах поддержки промышленности', 'Exchange of information on industrial support'),
    themes: ['industry', 'investment'],
    lead: 'tjIndustry',
    co: ['kzIndustry', 'kgEconomy', 'tmIndustry', 'uzIndustry'],
    deadline: ONGOING,
    form: 'Информационные материалы',
    updates: [report('2025-12-20', 'in_progress', 'Обзор мер поддержки направлен сторонам.')],
  }),
  commitment({
    key: 'A6',
    doc: 'actionPlan',
    clause: 'п. 11',
    text: 'Проработать создание промышленно-логистических хабов в приграничных районах с учётом развития транспортно-логистических центров.',
    summary: text('Промышленно-логистические хабы в приграничных районах', 'Industrial and logistics hubs near borders'),
    themes: ['industry', 'transport', 'trade'],
    lead: 'kzIndustry',
    co: ['kzTransport', 'kgEconomy', 'uzIndustry'],
    deadline: deadline('I полугодие 2026 г.', rule.half(2026, 1), '2026-06-30'),
    form: 'Предложения по размещению хабов',
    related: ['M2'],
    updates: [
      report('2026-02-10', 'in_progress', 'Отобраны четыре площадки для предварительной проработки.', { progress: 40 }),
      assess('2026-07-15', 'delayed', 'Предложения не представлены: не завершены расчёты по двум площадкам.', { progress: 50, confidence: 'A' }),
    ],
  }),
]

// ---------------------------------------------------------------------------------------------
// Memorandum of Understanding on the development of transport and logistics centres

const memorandum: CommitmentSpec[] = [
  commitment({
    key: 'M1',
    doc: 'memorandum',
    clause: 'п. 2',
    text: 'Стороны проводят инвентаризацию существующих и планируемых транспортно-логистических центров и обмениваются её результатами.',
    summary: text('Инвентаризация транспортно-логистических центров', 'Inventory of transport and logistics centres'),
    themes: ['transport'],
    lead: 'kzTransport',
    co: otherTransport,
    deadline: deadline('до 1 июня 2025 г.', rule.date('2025-06-01'), '2025-06-01'),
    form: 'Обмен информацией по дипломатическим каналам',
    updates: [
      report('2025-02-14', 'in_progress', 'Получены сведения от трёх сторон из пяти.', { progress: 50 }),
      report('2025-05-28', 'completed', 'Сводные результаты инвентаризации направлены сторонам.', {
        progress: 100,
        evidence: [paper('Нота МИД РК № 13-2/4431 от 28.05.2025')],
      }),
    ],
  }),
  commitment({
    key: 'M2',
    doc: 'memorandum',
    clause: 'п. 3',
    text: 'Стороны разрабатывают и согласовывают карту размещения транспортно-логистических центров вдоль международных транспортных коридоров региона.',
    summary: text('Карта размещения транспортно-логистических центров', 'Map of transport and logistics centres'),
    themes: ['transport'],
    lead: 'kzTransport',
    co: ['uzTransport', 'kgTransport', 'tjTransport', 'tmTransport'],
    deadline: deadline('IV квартал 2025 г.', rule.quarter(2025, 4), '2025-12-31'),
    form: 'Карта размещения ТЛЦ, согласованная Сторонами',
    priority: true,
    related: ['A6'],
    updates: [
      report('2025-09-10', 'in_progress', 'Проект карты направлен сторонам.', { progress: 60, confidence: 'AG' }),
      assess('2026-01-15', 'delayed', 'К сроку карта не согласована одной из сторон.', { progress: 80, confidence: 'A' }),
      report('2026-02-20', 'completed', 'Карта согласована всеми сторонами на заседании Рабочей группы.', {
        progress: 100,
        evidence: [paper('Протокол заседания Рабочей группы по развитию ТЛЦ от 18.02.2026', '4')],
      }),
    ],
  }),
  commitment({
    key: 'M3',
    doc: 'memorandum',
    clause: 'п. 4',
    text: 'Стороны в течение трёх месяцев с даты подписания настоящего Меморандума создают Рабочую группу по развитию транспортно-логистических центров из числа уполномоченных представителей.',
    summary: text('Рабочая группа по развитию ТЛЦ', 'Working group on logistics centres'),
    themes: ['transport', 'coordination'],
    lead: 'uzTransport',
    co: ['kzTransport', 'kgTransport', 'tjTransport', 'tmTransport'],
    // Three months from signature on 9 August 2024.
    deadline: deadline('в течение трёх месяцев с даты подписания', rule.date('2024-11-09'), '2024-11-09'),
    form: 'Состав Рабочей группы',
    updates: [assess('2024-10-25', 'completed', 'Состав Рабочей группы утверждён сторонами.', { progress: 100, confidence: 'G' })],
  }),
  commitment({
    key: 'M4',
    doc: 'memorandum',
    clause: 'п. 5',
    text: 'Стороны содействуют привлечению инвестиций в строительство и модернизацию транспортно-логистических центров, в том числе на принципах государственно-частного партнёрства.',
    summary: text('Инвестиции в транспортно-логистические центры', 'Investment in transport and logistics centres'),
    themes: ['transport', 'investment'],
    lead: 'kzTransport',
    co: ['kzTransportCommittee', 'uzTransport', 'kgTransport'],
    deadline: ONGOING,
    form: 'Информация о реализованных проектах',
    updates: [report('2026-04-10', 'in_progress', 'Два проекта ТЛЦ включены в перечень проектов ГЧП.')],
  }),
  commitment({
    key: 'M5',
    doc: 'memorandum',
    clause: 'п. 8',
    text: 'Уполномоченные органы Сторон представляют информацию о ходе реализации настоящего Меморандума; казахстанская Сторона обобщает её и направляет Сторонам сводный доклад.',
    summary: text('Сводный доклад о ходе реализации Меморандума', 'Consolidated report on the memorandum'),
    themes: ['transport', 'coordination'],
    lead: 'kzTransport',
    co: otherTransport,
    deadline: deadline('до 15 января 2027 г.', rule.date('2027-01-15'), '2027-01-15'),
    form: 'Сводный доклад о ходе реализации Меморандума',
    updates: [report('2026-11-16', 'in_progress', 'Запрошена информация у сторон; получены ответы от двух сторон.', { progress: 25, confidence: 'AG' })],
  }),
]

// ---------------------------------------------------------------------------------------------
// Communiqué of the first meeting of the energy ministers

const energyCommunique: CommitmentSpec[] = [
  commitment({
    key: 'E1',
    doc: 'energyCommunique',
    clause: 'п. 3',
    text: 'Министры договорились продолжить работу по восстановлению параллельной работы энергосистем государств Центральной Азии и развитию Объединённой энергосистемы Центральной Азии.',
    summary: text('Параллельная работа энергосистем', 'Parallel operation of power systems'),
    themes: ['energy'],
    lead: 'kzEnergy',
    co: otherEnergy,
    deadline: PERIOD_2025_2027,
    form: 'Информация министров энергетики',
    updates: [report('2026-03-01', 'in_progress', 'Согласован план мероприятий по синхронизации режимов работы энергосистем.', { progress: 40, confidence: 'AG' })],
  }),
  commitment({
    key: 'E2',
    doc: 'energyCommunique',
    clause: 'п. 4',
    text: 'Проработать вопрос формирования регионального рынка электроэнергии, включая подготовку проекта концепции.',
    summary: text('Концепция регионального рынка электроэнергии', 'Concept of a regional electricity market'),
    themes: ['energy', 'trade'],
    lead: 'uzEnergy',
    co: ['kzEnergy', 'kgEnergy', 'tjEnergy'],
    deadline: deadline('I полугодие 2026 г.', rule.half(2026, 1), '2026-06-30'),
    form: 'Проект концепции',
    updates: [
      report('2025-12-05', 'in_progress', 'Подготовлена первая редакция проекта концепции.', { progress: 35 }),
      assess('2026-08-01', 'delayed', 'Проект концепции не согласован; срок истёк.', { progress: 45, confidence: 'AR' }),
    ],
  }),
  commitment({
    key: 'E3',
    doc: 'energyCommunique',
    clause: 'п. 6',
    text: 'Обмениваться опытом в области развития возобновляемых источников энергии и производства «зелёного» водорода.',
    summary: text('Обмен опытом по ВИЭ и «зелёному» водороду', 'Experience sharing on renewables and green hydrogen'),
    themes: ['energy', 'expert'],
    lead: 'kgEnergy',
    co: ['kzEnergy', 'tjEnergy', 'tmEnergy', 'uzEnergy'],
    deadline: ONGOING,
    form: 'Материалы семинаров',
    updates: [report('2025-11-01', 'in_progress', 'Проведён региональный семинар по ВИЭ.')],
  }),
  commitment({
    key: 'E4',
    doc: 'energyCommunique',
    clause: 'п. 8',
    text: 'Провести вторую встречу министров энергетики государств Центральной Азии.',
    summary: text('Вторая встреча министров энергетики', 'Second meeting of the energy ministers'),
    themes: ['energy', 'coordination'],
    lead: 'tmEnergy',
    co: ['kzEnergy', 'kgEnergy', 'tjEnergy', 'uzEnergy'],
    deadline: deadline('2025 год', rule.year(2025), '2025-12-31'),
    form: 'Коммюнике встречи',
    updates: [
      assess('2025-12-20', 'cancelled', 'Встреча перенесена по решению министров; вопрос заменён новым поручением на 2026 год.', {
        evidence: [paper('Протокол рабочей встречи заместителей министров энергетики от 12.12.2025', '3')],
      }),
    ],
  }),
]

// ---------------------------------------------------------------------------------------------
// Astana Communiqué of the second meeting of the transport ministers

const transportCommunique: CommitmentSpec[] = [
  commitment({
    key: 'T1',
    doc: 'transportCommunique',
    clause: 'п. 2',
    text: 'Министры поручили подготовить проект Соглашения о международных автомобильных перевозках между государствами Центральной Азии, предусматривающий поэтапную либерализацию разрешительной системы.',
    summary: text('Проект Соглашения о международных автомобильных перевозках', 'Draft agreement on international road transport'),
    themes: ['transport', 'trade'],
    lead: 'kzTransport',
    co: otherTransport,
    deadline: BY_NEXT_TRANSPORT,
    form: 'Проект Соглашения, согласованный на экспертном уровне',
    priority: true,
    updates: [
      report('2025-05-15', 'in_progress', 'Проект Соглашения направлен сторонам.', { progress: 20 }),
      report('2026-05-20', 'in_progress', 'Проведены два раунда экспертных консультаций.', { progress: 50, confidence: 'AG' }),
      report('2026-11-10', 'in_progress', 'Открытыми остаются статьи о квотах разрешений; третий раунд назначен на январь 2027 г.', {
        progress: 70,
        confidence: 'A',
        evidence: [paper('Письмо МТ РК № 12-3/2311 от 10.11.2026', '2')],
      }),
    ],
  }),
  commitment({
    key: 'T2',
    doc: 'transportCommunique',
    clause: 'п. 3',
    text: 'Провести совместный анализ пропускной способности железнодорожных пограничных переходов и подготовить план мероприятий по устранению «узких мест».',
    summary: text('План устранения «узких мест» на железнодорожных переходах', 'Plan to remove bottlenecks at rail border crossings'),
    themes: ['transport'],
    lead: 'kzTransport',
    co: ['kzTransportCommittee', 'uzTransport', 'kgTransport'],
    deadline: deadline('II полугодие 2025 г.', rule.half(2025, 2), '2025-12-31'),
    form: 'План мероприятий по устранению «узких мест»',
    related: ['R7'],
  }),
  commitment({
    key: 'T3',
    doc: 'transportCommunique',
    clause: 'п. 4',
    text: 'Продолжить работу по цифровизации транспортных процессов, включая внедрение электронных разрешений на международные автомобильные перевозки.',
    summary: text('Электронные разрешения на автоперевозки', 'Electronic permits for road transport'),
    themes: ['transport', 'digital'],
    lead: 'uzTransport',
    co: ['kzTransport', 'tjTransport'],
    deadline: deadline('III квартал 2026 г.', rule.quarter(2026, 3), '2026-09-30'),
    form: 'Протокол о взаимном признании электронных разрешений',
    related: ['R10'],
    updates: [
      report('2026-04-15', 'in_progress', 'Разработан формат электронного разрешения.', { progress: 50 }),
      assess('2026-10-12', 'in_progress', 'Срок истёк; завершение ожидается в I квартале 2027 г.', { progress: 70, confidence: 'AR' }),
    ],
  }),
  commitment({
    key: 'T4',
    doc: 'transportCommunique',
    clause: 'п. 5',
    text: 'Рассмотреть возможность создания Совета министров транспорта государств Центральной Азии в качестве постоянно действующего механизма сотрудничества.',
    summary: text('Совет министров транспорта', 'Council of Transport Ministers'),
    themes: ['transport', 'coordination'],
    lead: 'kgTransport',
    co: ['kzTransport', 'tjTransport', 'tmTransport', 'uzTransport'],
    deadline: BY_NEXT_TRANSPORT,
    form: 'Проект положения о Совете',
    updates: [report('2026-06-01', 'not_started', 'Разработка проекта положения начнётся после согласования концепции Совета.')],
  }),
  commitment({
    key: 'T5',
    doc: 'transportCommunique',
    clause: 'п. 6',
    text: 'Проводить встречи министров транспорта государств Центральной Азии на регулярной основе, не реже одного раза в год.',
    summary: text('Регулярные встречи министров транспорта', 'Regular meetings of transport ministers'),
    themes: ['transport', 'coordination'],
    lead: 'kgTransport',
    co: ['tjTransport', 'tmTransport', 'uzTransport'],
    participants: ['kzTransport'],
    // The meeting that adopted the communiqué was 2024's; none was held in 2025.
    deadline: deadline('не реже одного раза в год', rule.annually(null), '2025-12-31'),
    form: 'Коммюнике встречи',
    updates: [
      assess('2024-12-20', 'completed', 'Встреча министров транспорта 2024 года проведена.', { occurrence: '2024-12-31' }),
      assess('2026-09-15', 'in_progress', 'Встреча 2025 года не проведена; ведётся подготовка очередной встречи министров транспорта.', { occurrence: '2025-12-31' }),
    ],
  }),
  commitment({
    key: 'T6',
    doc: 'transportCommunique',
    clause: 'п. 7',
    text: 'Развивать сотрудничество в подготовке кадров для транспортной отрасли, включая программы академического обмена профильных высших учебных заведений.',
    summary: text('Подготовка кадров для транспортной отрасли', 'Training for the transport sector'),
    themes: ['transport', 'expert'],
    lead: 'tjTransport',
    co: ['uzTransport', 'kgTransport'],
    deadline: yearly(null, '2026-12-31'),
    form: 'Информация о программах обмена',
    updates: [
      report('2025-10-01', 'completed', 'Подписаны соглашения об обмене студентами между тремя транспортными вузами; обмен 2025 года состоялся.', { occurrence: '2025-12-31' }),
    ],
  }),
]

export const COMMITMENT_SPECS: readonly CommitmentSpec[] = [
  ...roadmap,
  ...actionPlan,
  ...memorandum,
  ...energyCommunique,
  ...transportCommunique,
]
