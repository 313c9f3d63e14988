// The commitments list as a table for export: one definition of the columns and their cells that
// the Excel and the CSV writers both render, so the two files never disagree on what a column holds.
// Cells are typed (text, date, yes/no) so that each format writes them its own way: Excel as real
// dates, CSV as day-month-year text.
import { briefLabels } from '../briefs/labels'
import { historyOf } from '../domain/commitmentQuery'
import { pick } from '../domain/dates'
import type { CommitmentListItem } from '../ops/views'
import type { Commitment, DeskData, Organisation, OutputLanguage, Owner, StatusUpdate } from '../schema'

export type Cell =
  | { type: 'text'; value: string }
  /** The calendar day at 00:00 UTC: the writers read it in UTC, so no time zone shifts the day. */
  | { type: 'date'; value: Date }
  | { type: 'boolean'; value: boolean }
  /** No value: no due date, or never updated. */
  | null

export interface Column {
  key: ColumnKey
  title: string
  /** Width in characters, for Excel. */
  width: number
  /** Long text: wrapped in Excel rather than spilling over its neighbours. */
  wrap: boolean
}

export interface CommitmentsTable {
  /** The Excel sheet's name. */
  title: string
  /** How yes/no cells read. */
  yes: string
  no: string
  columns: Column[]
  /** One per commitment, cells in the order of `columns`. */
  rows: Cell[][]
}

export type ColumnKey =
  | 'document'
  | 'clause'
  | 'text'
  | 'summary'
  | 'owners'
  | 'lead'
  | 'partners'
  | 'themes'
  | 'deadline'
  | 'dueDate'
  | 'status'
  | 'overdue'
  | 'lastUpdateDate'
  | 'lastUpdateText'
  | 'priority'

const words: Record<OutputLanguage, { title: string; yes: string; no: string; columns: Record<ColumnKey, string> }> = {
  ru: {
    title: 'Поручения',
    yes: 'да',
    no: 'нет',
    columns: {
      document: 'Документ',
      clause: 'Пункт',
      text: 'Текст поручения',
      summary: 'Кратко',
      owners: 'Исполнители',
      lead: 'Ответственный исполнитель',
      partners: 'Страны-партнёры',
      themes: 'Темы',
      deadline: 'Срок (по документу)',
      dueDate: 'Срок исполнения',
      status: 'Статус',
      overdue: 'Просрочено',
      lastUpdateDate: 'Дата обновления',
      lastUpdateText: 'Последнее обновление',
      priority: 'Приоритет',
    },
  },
  en: {
    title: 'Commitments',
    yes: 'yes',
    no: 'no',
    columns: {
      document: 'Document',
      clause: 'Clause',
      text: 'Commitment text',
      summary: 'Summary',
      owners: 'Owners',
      lead: 'Lead',
      partners: 'Partner countries',
      themes: 'Themes',
      deadline: 'Deadline (document’s words)',
      dueDate: 'Due date',
      status: 'Status',
      overdue: 'Overdue',
      lastUpdateDate: 'Last update date',
      lastUpdateText: 'Last update',
      priority: 'Priority',
    },
  },
  kk: {
    title: 'Тапсырмалар',
    yes: 'иә',
    no: 'жоқ',
    columns: {
      document: 'Құжат',
      clause: 'Тармақ',
      text: 'Тапсырма мәтіні',
      summary: 'Қысқаша',
      owners: 'Орындаушылар',
      lead: 'Жауапты орындаушы',
      partners: 'Серіктес елдер',
      themes: 'Тақырыптар',
      deadline: 'Мерзімі (құжат бойынша)',
      dueDate: 'Орындау мерзімі',
      status: 'Мәртебесі',
      overdue: 'Мерзімі өткен',
      lastUpdateDate: 'Жаңартылған күні',
      lastUpdateText: 'Соңғы жаңарту',
      priority: 'Басымдық',
    },
  },
  uz: {
    title: 'Topshiriqlar',
    yes: 'ha',
    no: 'yoʻq',
    columns: {
      document: 'Hujjat',
      clause: 'Band',
      text: 'Topshiriq matni',
      summary: 'Qisqacha',
      owners: 'Ijrochilar',
      lead: 'Masʼul ijrochi',
      partners: 'Hamkor mamlakatlar',
      themes: 'Mavzular',
      deadline: 'Muddat (hujjat boʻyicha)',
      dueDate: 'Ijro muddati',
      status: 'Holat',
      overdue: 'Muddati oʻtgan',
      lastUpdateDate: 'Yangilangan sana',
      lastUpdateText: 'Oxirgi yangilanish',
      priority: 'Ustuvorlik',
    },
  },
}

/** What a row's cells are read from. */
interface RowSource {
  item: CommitmentListItem
  commitment: Commitment | undefined
  latest: StatusUpdate | null
}

type Organisations = Map<string, Organisation>

interface Lookup {
  language: OutputLanguage
  orgs: Organisations
  countries: Map<string, DeskData['countries'][number]>
  documents: Map<string, DeskData['documents'][number]>
}

const text = (value: string): Cell => ({ type: 'text', value })
/** An ISO day as a Date at 00:00 UTC. */
const day = (isoDay: string | null): Cell => (isoDay === null ? null : { type: 'date', value: new Date(`${isoDay}T00:00:00Z`) })

function orgName(orgs: Organisations, id: string, language: OutputLanguage, short: boolean): string {
  const org = orgs.get(id)
  if (!org) return '?'
  return (short && pick(org.shortName, language)) || pick(org.name, language)
}

/** "МТ РК (отв.), МТК КР (соисп.)": the owners as the briefing pack's annex lists them. */
export function ownersText(owners: Owner[], orgs: Organisations, language: OutputLanguage): string {
  return owners.map((o) => `${orgName(orgs, o.organisationId, language, true)} (${briefLabels[language].roles[o.role]})`).join(', ')
}

// The columns in order, each with its width and how its cell is read. Titles come from `words`.
const definitions: { key: ColumnKey; width: number; wrap: boolean; cell: (row: RowSource, lookup: Lookup) => Cell }[] = [
  {
    key: 'document',
    width: 40,
    wrap: true,
    cell: ({ item }, l) => {
      const doc = l.documents.get(item.documentId)
      return text(doc ? pick(doc.title, l.language) : '')
    },
  },
  { key: 'clause', width: 10, wrap: false, cell: ({ item }) => text(item.clause) },
  // The list item carries only the start of the text; the export gives it whole.
  { key: 'text', width: 60, wrap: true, cell: ({ item, commitment }) => text(commitment?.text ?? item.excerpt) },
  { key: 'summary', width: 40, wrap: true, cell: ({ item }, l) => text(pick(item.summary, l.language)) },
  { key: 'owners', width: 36, wrap: true, cell: ({ item }, l) => text(ownersText(item.owners, l.orgs, l.language)) },
  {
    key: 'lead',
    width: 36,
    wrap: true,
    cell: ({ item }, l) =>
      text(
        item.owners
          .filter((o) => o.role === 'lead')
          .map((o) => orgName(l.orgs, o.organisationId, l.language, false))
          .join(', '),
      ),
  },
  {
    key: 'partners',
    width: 24,
    wrap: true,
    cell: ({ commitment }, l) =>
      text(
        (commitment?.partnerCountryIds ?? [])
          .map((id) => {
            const country = l.countries.get(id)
            return country ? pick(country.name, l.language) : '?'
          })
          .join(', '),
      ),
  },
  { key: 'themes', width: 18, wrap: true, cell: ({ commitment }) => text((commitment?.themes ?? []).join(', ')) },
  { key: 'deadline', width: 20, wrap: true, cell: ({ item }) => text(item.deadline.words) },
  { key: 'dueDate', width: 12, wrap: false, cell: ({ item }) => day(item.deadline.dueDate) },
  { key: 'status', width: 16, wrap: false, cell: ({ item }, l) => text(briefLabels[l.language].statuses[item.status]) },
  { key: 'overdue', width: 11, wrap: false, cell: ({ item }) => ({ type: 'boolean', value: item.overdue }) },
  { key: 'lastUpdateDate', width: 12, wrap: false, cell: ({ item }) => day(item.lastUpdateDate) },
  { key: 'lastUpdateText', width: 60, wrap: true, cell: ({ latest }) => text(latest?.narrative ?? '') },
  { key: 'priority', width: 10, wrap: false, cell: ({ item }) => ({ type: 'boolean', value: item.priority }) },
]

export function commitmentColumns(language: OutputLanguage): Column[] {
  return definitions.map(({ key, width, wrap }) => ({ key, title: words[language].columns[key], width, wrap }))
}

/** The newest update of either source, as `currentStatus` orders them: by date, then by entry. */
function latestOf(updates: StatusUpdate[]): StatusUpdate | null {
  let latest: StatusUpdate | null = null
  for (const u of updates) {
    if (!latest || u.date > latest.date || (u.date === latest.date && u.createdAt >= latest.createdAt)) latest = u
  }
  return latest
}

/**
 * The rows of the list as the user sees it: the items in their order, filtered and sorted by the
 * list's query, with status and overdue as derived for them. The rest (whole text, partner
 * countries, themes, the last update's narrative) is read from the registry.
 */
export function commitmentRows(data: DeskData, items: CommitmentListItem[], language: OutputLanguage): Cell[][] {
  const lookup: Lookup = {
    language,
    orgs: new Map(data.organisations.map((o) => [o.id, o])),
    countries: new Map(data.countries.map((c) => [c.id, c])),
    documents: new Map(data.documents.map((d) => [d.id, d])),
  }
  const commitments = new Map(data.commitments.map((c) => [c.id, c]))
  return items.map((item) => {
    const source: RowSource = { item, commitment: commitments.get(item.id), latest: latestOf(historyOf(data, item.id).updates) }
    return definitions.map((d) => d.cell(source, lookup))
  })
}

/** The table both writers take: the columns, the rows and the words around them. */
export function commitmentsTable(data: DeskData, items: CommitmentListItem[], language: OutputLanguage): CommitmentsTable {
  const w = words[language]
  return { title: w.title, yes: w.yes, no: w.no, columns: commitmentColumns(language), rows: commitmentRows(data, items, language) }
}
