// The implementation report ("Информация о ходе исполнения"): a summary (counts by status,
// overdue, completed since a date), the table by clause (owners with roles, deadline, the owner's
// report, our assessment, evidence), and the matrix of commitments × co-executing organisations,
// each cell that organisation's latest status, as G20 compliance reports show it. One document of
// the brief's blocks: the print view makes the PDF of it, the Word writer the .docx, and the
// Excel writer a sheet per section. After a report issued on the same selection, a section says
// what changed since, as a brief's addendum does.
import ExcelJS from 'exceljs'
import { changeTables } from '../briefs/changes'
import { briefLabels } from '../briefs/labels'
import type { PrintableBrief } from '../briefs/printable'
import { historiesOf } from '../domain/commitmentQuery'
import { formatDay, formatShortDay, pick } from '../domain/dates'
import { everyLanguage } from '../domain/search'
import { latestUpdates } from '../domain/status'
import { ownersText } from '../exports/commitmentsTable'
import type { CommitmentListItem } from '../ops/views'
import { CommitmentStatus, type BriefBlock, type BriefDocument, type DeskData, type IssuedCommitment, type IssuedReport, type OutputLanguage, type StatusUpdate } from '../schema'

interface ReportWords {
  title: (subject: string) => string
  summary: string
  asOf: string
  total: string
  overdue: string
  completedSince: (day: string) => string
  byClause: string
  matrix: string
  matrixPart: (from: number, to: number, of: number) => string
  columns: { clause: string; commitment: string; owners: string; deadline: string; report: string; assessment: string; evidence: string; progress: string; nextStep: string }
  notOwner: string
  delayReason: (reason: string) => string
  /** The section after a report issued before on the same selection (an Excel sheet's name: 31 characters at most). */
  changes: string
  changesSince: (day: string) => string
}

const words: Record<OutputLanguage, ReportWords> = {
  ru: {
    title: (subject: string) => `Информация о ходе исполнения: ${subject}`,
    summary: 'Сводка',
    asOf: 'По состоянию на',
    total: 'Всего поручений',
    overdue: 'Просрочено',
    completedSince: (day: string) => `Выполнено с ${day}`,
    byClause: 'Ход исполнения по пунктам',
    matrix: 'Исполнение по организациям',
    matrixPart: (from: number, to: number, of: number) => `Организации ${from}–${to} из ${of}`,
    columns: { clause: 'Пункт', commitment: 'Поручение', owners: 'Исполнители', deadline: 'Срок', report: 'Отчёт исполнителя', assessment: 'Наша оценка', evidence: 'Подтверждение', progress: 'Выполнено, %', nextStep: 'Следующий этап' },
    notOwner: '—',
    delayReason: (reason: string) => `Причина задержки: ${reason}`,
    changes: 'Изменения с прошлой информации',
    changesSince: (day: string) => `По сравнению с информацией от ${day}`,
  },
  en: {
    title: (subject: string) => `Implementation report: ${subject}`,
    summary: 'Summary',
    asOf: 'As of',
    total: 'Commitments',
    overdue: 'Overdue',
    completedSince: (day: string) => `Completed since ${day}`,
    byClause: 'Implementation by clause',
    matrix: 'Implementation by organisation',
    matrixPart: (from: number, to: number, of: number) => `Organisations ${from}–${to} of ${of}`,
    columns: { clause: 'Clause', commitment: 'Commitment', owners: 'Owners', deadline: 'Deadline', report: 'Owner’s report', assessment: 'Our assessment', evidence: 'Evidence', progress: 'Progress, %', nextStep: 'Next step' },
    notOwner: '—',
    delayReason: (reason: string) => `Reason for the delay: ${reason}`,
    changes: 'Changes since the last report',
    changesSince: (day: string) => `Compared with the report of ${day}`,
  },
  kk: {
    title: (subject: string) => `Орындалу барысы туралы ақпарат: ${subject}`,
    summary: 'Жиынтық',
    asOf: 'Жағдай күні',
    total: 'Тапсырмалардың барлығы',
    overdue: 'Мерзімі өткен',
    // The day on its own, as in the requests: "…тамыздан бастап" would take the month's vowels.
    completedSince: (day: string) => `Орындалды (кезең басы: ${day})`,
    byClause: 'Тармақтар бойынша орындалуы',
    matrix: 'Ұйымдар бойынша орындалу',
    matrixPart: (from: number, to: number, of: number) => `Ұйымдар ${from}–${to}, барлығы ${of}`,
    columns: { clause: 'Тармақ', commitment: 'Тапсырма', owners: 'Орындаушылар', deadline: 'Мерзімі', report: 'Орындаушының есебі', assessment: 'Біздің бағамыз', evidence: 'Растау', progress: 'Орындалды, %', nextStep: 'Келесі кезең' },
    notOwner: '—',
    delayReason: (reason: string) => `Кешігу себебі: ${reason}`,
    changes: 'Өткен ақпараттан өзгерістер',
    changesSince: (day: string) => `Салыстыру: ${day} күнгі ақпарат`,
  },
  uz: {
    title: (subject: string) => `Ijro borishi toʻgʻrisida maʼlumot: ${subject}`,
    summary: 'Yigʻma maʼlumot',
    asOf: 'Holat sanasi',
    total: 'Jami topshiriqlar',
    overdue: 'Muddati oʻtgan',
    completedSince: (day: string) => `${day}dan beri bajarilgan`,
    byClause: 'Bandlar boʻyicha ijro borishi',
    matrix: 'Tashkilotlar boʻyicha ijro',
    matrixPart: (from: number, to: number, of: number) => `Tashkilotlar ${from}–${to}, jami ${of}`,
    columns: { clause: 'Band', commitment: 'Topshiriq', owners: 'Ijrochilar', deadline: 'Muddat', report: 'Ijrochining hisoboti', assessment: 'Bizning baholashimiz', evidence: 'Tasdiq', progress: 'Bajarildi, %', nextStep: 'Keyingi bosqich' },
    notOwner: '—',
    delayReason: (reason: string) => `Kechikish sababi: ${reason}`,
    changes: 'Oʻtgan maʼlumotdan oʻzgarishlar',
    changesSince: (day: string) => `${day}dagi maʼlumotga nisbatan`,
  },
}

export interface ReportRun {
  subject: string
  language: OutputLanguage
  today: string
  /** "Completed since": the day of the last report; null leaves the line out. */
  since: string | null
  /** The report issued before on the same selection: what changed since is shown after the summary. */
  previous: Pick<IssuedReport, 'issuedOn' | 'included'> | null
}

/** What a report shows of each commitment: what the next one on the same selection compares with. */
export const reportIncluded = (items: readonly CommitmentListItem[]): IssuedCommitment[] =>
  items.map((i) => ({ commitmentId: i.id, status: i.status, dueDate: i.deadline.dueDate, words: i.deadline.words }))

/** An update in a cell: its status, progress and day, what was done, and the reason for a delay. */
const updateText = (u: StatusUpdate | null, language: OutputLanguage) =>
  u
    ? [`${briefLabels[language].statuses[u.status]}${u.progress === null ? '' : `, ${u.progress}%`} (${formatShortDay(u.date, language)})`, u.narrative, u.delayReason ? words[language].delayReason(u.delayReason) : '']
        .filter((t) => t.trim() !== '')
        .join('\n')
    : ''

export function implementationReport(data: DeskData, items: readonly CommitmentListItem[], run: ReportRun): BriefDocument {
  const W = words[run.language]
  const L = briefLabels[run.language]
  const commitments = new Map(data.commitments.map((c) => [c.id, c]))
  const organisations = new Map(data.organisations.map((o) => [o.id, o]))
  const histories = historiesOf(data.statusUpdates)
  const ours = data.settings.ourOrganisationId
  const layout = data.settings.briefLayout

  const counts = new Map(CommitmentStatus.options.map((s) => [s, 0]))
  let overdue = 0
  let completedSince = 0
  const rows: { cells: string[]; overdue: boolean }[] = []
  // Each organisation sharing the work, in order of first appearance; cells by commitment.
  const columns = new Map<string, string>()
  const matrix: { clause: string; cells: Map<string, string> }[] = []
  for (const item of items) {
    const c = commitments.get(item.id)
    if (!c) continue
    counts.set(item.status, (counts.get(item.status) ?? 0) + 1)
    if (item.overdue) overdue++
    const updates = histories.get(c.id)?.updates ?? []
    if (run.since !== null && item.status === 'completed' && updates.some((u) => u.status === 'completed' && u.date >= run.since!)) completedSince++
    const { selfReport, assessment } = latestUpdates(updates)
    // References as written, then the files attached, by name.
    const cited = updates.flatMap((u) => [...u.evidence.map((e) => [e.reference, e.page].filter((t) => t !== '').join(', ')), ...(u.files ?? []).map((f) => f.fileName)])
    const evidence = [...new Set(cited)].filter((t) => t !== '')
    const summary = pick(c.summary, run.language)
    rows.push({
      cells: [
        c.clause,
        summary.trim() === '' ? c.text : summary,
        ownersText(c.owners, organisations, run.language),
        [c.deadline.words, c.deadline.dueDate === null ? '' : formatShortDay(c.deadline.dueDate, run.language)].filter((t) => t !== '').join('\n'),
        updateText(selfReport, run.language),
        updateText(assessment, run.language),
        evidence.join('\n'),
        // Rolled up from the steps when it has them (see domain/milestones.ts), else the latest update's.
        item.progress === null ? '' : String(item.progress),
        item.nextStep ? [item.nextStep.text, item.nextStep.dueDate === null ? '' : formatShortDay(item.nextStep.dueDate, run.language)].filter((t) => t !== '').join('\n') : '',
      ],
      overdue: item.overdue,
    })
    const cells = new Map<string, string>()
    for (const owner of c.owners) {
      if (owner.organisationId === ours) continue
      const org = organisations.get(owner.organisationId)
      // A reply is signed with the name its request used, in the request's language: any of the four.
      const names = org ? [...everyLanguage(org.name), ...everyLanguage(org.shortName)].filter((n) => n.trim() !== '') : []
      if (!columns.has(owner.organisationId)) columns.set(owner.organisationId, org ? (pick(org.shortName, run.language) || pick(org.name, run.language)) : '?')
      // The organisation's own latest report when it made one, else the commitment's status.
      const own = latestUpdates(updates.filter((u) => u.source === 'self_report' && names.includes(u.author))).selfReport
      cells.set(owner.organisationId, L.statuses[own?.status ?? item.status])
    }
    matrix.push({ clause: c.clause, cells })
  }

  const facts = [
    { label: W.total, value: String(rows.length) },
    ...CommitmentStatus.options.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => ({ label: L.statuses[s], value: String(counts.get(s)) })),
    { label: W.overdue, value: String(overdue) },
    ...(run.since === null ? [] : [{ label: W.completedSince(formatDay(run.since, run.language)), value: String(completedSince) }]),
  ]
  const C = W.columns
  const byClause: BriefBlock = {
    type: 'table',
    columns: [
      { title: C.clause, width: 0.8 },
      { title: C.commitment, width: 2.4 },
      { title: C.owners, width: 1.5 },
      { title: C.deadline, width: 1.1 },
      { title: C.report, width: 2 },
      { title: C.assessment, width: 1.8 },
      // Wide enough on a sheet across for "Подтверждение" and "Выполнено," whole.
      { title: C.evidence, width: 1.6 },
      { title: C.progress, width: 1.2 },
      { title: C.nextStep, width: 1.6 },
    ],
    rows,
  }
  const matrixBlocks = matrixParts(columns, matrix, W)
  const ourOrg = ours === null ? undefined : organisations.get(ours)
  return {
    language: run.language,
    marking: '',
    title: W.title(run.subject),
    cover: [{ label: W.asOf, value: formatDay(run.today, run.language) }],
    footer: formatDay(run.today, run.language),
    edition: 'principal',
    layout: { margins: { ...layout.margins }, pageNumbers: layout.pageNumbers },
    letterhead: { organisation: ourOrg ? pick(ourOrg.name, run.language) : '', emblem: null, place: '' },
    sections: [
      // The title page names the report and the day; the summary flows after it, the two tables each start a page.
      { id: crypto.randomUUID(), kind: 'cover', title: '', blocks: [] },
      { id: crypto.randomUUID(), kind: 'logistics', title: W.summary, blocks: [{ type: 'facts', rows: facts }] },
      ...(run.previous === null
        ? []
        : [
            {
              id: crypto.randomUUID(),
              kind: 'addendum' as const,
              title: W.changes,
              blocks: [{ type: 'paragraph' as const, text: W.changesSince(formatDay(run.previous.issuedOn, run.language)) }, ...changeTables(data, run.previous.included, reportIncluded(items), run.language)],
            },
          ]),
      { id: crypto.randomUUID(), kind: 'commitments_annex', title: W.byClause, blocks: [byClause] },
      { id: crypto.randomUUID(), kind: 'annexes', title: W.matrix, blocks: matrixBlocks },
    ],
  }
}

/** Organisations to a table of the matrix: as many as an A4 sheet across can show in words. */
export const MATRIX_COLUMNS = 9

/**
 * The matrix as tables of MATRIX_COLUMNS organisations each, every one with only the commitments
 * those organisations share, under a heading naming the part when there are several. One table of
 * every organisation would be mostly "—" (each commitment has a few owners): with 200 of them and
 * 2,000 commitments, 400,000 cells no page can show and the Word writer ran a 4 GB heap out on.
 */
function matrixParts(columns: Map<string, string>, matrix: { clause: string; cells: Map<string, string> }[], W: ReportWords): BriefBlock[] {
  const orgIds = [...columns.keys()]
  const parts: BriefBlock[] = []
  for (let from = 0; from < orgIds.length; from += MATRIX_COLUMNS) {
    const ids = orgIds.slice(from, from + MATRIX_COLUMNS)
    if (orgIds.length > MATRIX_COLUMNS) parts.push({ type: 'heading', level: 3, text: W.matrixPart(from + 1, from + ids.length, orgIds.length) })
    parts.push({
      type: 'table',
      columns: [{ title: W.columns.clause, width: 1 }, ...ids.map((id) => ({ title: columns.get(id)!, width: 1 }))],
      rows: matrix.filter((m) => ids.some((id) => m.cells.has(id))).map((m) => ({ cells: [m.clause, ...ids.map((id) => m.cells.get(id) ?? W.notOwner)], overdue: false })),
    })
  }
  return parts
}

/**
 * The report as the PDF and Word writers take it: no emblem, never a numbered copy, on sheets
 * turned across for its tables' nine columns (as its workbook prints), and its pages broken by
 * Chromium as it prints — hundreds of them, which paged.js would take minutes over.
 */
export const reportPrintable = (doc: BriefDocument): PrintableBrief => ({ ...doc, emblemImage: null, copy: null, pagination: 'printer', orientation: 'landscape' })

/** The same document as a workbook: a sheet per section with content (not the title page), its facts, lines and tables as rows. */
export async function reportToXlsx(doc: BriefDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Delegation Desk'
  workbook.title = doc.title
  for (const section of doc.sections.filter((s) => s.blocks.length > 0)) {
    // A sheet of one table (the usual one) keeps its header in view and filters; the matrix's parts
    // and the changes' groups follow one another, a heading over each.
    const single = section.blocks.length === 1 && section.blocks[0]!.type === 'table'
    // Excel's sheet names: 31 characters at most, none of : \ / ? * [ ].
    const sheet = workbook.addWorksheet(section.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), single ? { views: [{ state: 'frozen', ySplit: 1 }] } : {})
    for (const block of section.blocks) {
      if (block.type === 'facts') {
        sheet.columns = [{ width: 40 }, { width: 12 }]
        for (const row of block.rows) sheet.addRow([row.label, Number.isNaN(Number(row.value)) ? row.value : Number(row.value)])
      } else if (block.type === 'paragraph') {
        sheet.addRow([block.text])
      } else if (block.type === 'heading') {
        if (sheet.rowCount > 0) sheet.addRow([])
        sheet.addRow([block.text]).font = { bold: true, italic: true }
      } else if (block.type === 'table') {
        sheet.columns = block.columns.map((c) => ({ width: Math.round(c.width * 16), style: { alignment: { vertical: 'top' as const, wrapText: true } } }))
        const header = sheet.addRow(block.columns.map((c) => c.title))
        header.font = { bold: true }
        for (const row of block.rows) sheet.addRow(row.cells)
        if (single) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: block.rows.length + 1, column: block.columns.length } }
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
