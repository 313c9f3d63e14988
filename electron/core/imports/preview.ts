// Every row of an imported table as it will be saved — clause, text, deadline parsed into the
// deadline model, owners matched to organisations — with what stands in its way. The same
// function serves the preview and the commit, so what is saved is what was shown.
import { computeDueDate, deadlineSetOn } from '../domain/deadline'
import { parseDeadlinePhrase, type DeadlineProblem } from '../domain/deadlinePhrase'
import { fold } from '../domain/search'
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, type DeadlineInput, type DeskData, type Document, type ImportField, type OwnerRole } from '../schema'
import { indexOrganisations, splitOwners, type MatchContext, type OwnerName } from './owners'
import { classifyRows, sectionTitle, type RowKind } from './rowKinds'

/** What the user decided about an owner name the registry does not know. */
export type OwnerDecision = { action: 'map'; organisationId: string } | { action: 'create' } | { action: 'ignore' }

/** The user's corrections to one row, by field, as text (a deadline and owners as written). */
export interface RowFix {
  clause?: string
  text?: string
  deadline?: string
  owners?: string
}

export interface PreviewSettings {
  /** 0-based index of the header row in the sheet; null when the table has none. */
  headerRow: number | null
  columns: ImportField[]
  /** Row index (in the sheet) → the user's corrections. */
  fixes: Record<number, RowFix>
  /** Rows the user left out. */
  skip: number[]
  /** Owner name (folded) → what to do with it. */
  owners: Record<string, OwnerDecision>
  /** Rows taken for a section, column numbers or a note that the user imports as commitments. */
  keep: number[]
  /** Where a section heading goes in the rows under it. */
  sectionAs: SectionField
  /** A table (rows are classified) or clauses of pasted text (every row is a clause). */
  kind: 'table' | 'text'
}

export type SectionField = 'themes' | 'summary' | 'ignore'

export type RowProblem = 'no_text' | 'too_long' | 'owner_unknown' | 'deadline_unrecognised' | 'deadline_ambiguous' | 'deadline_invalid' | 'duplicate'
/** Blocking problems keep a row out until fixed or skipped; warnings are shown and saved through. */
export const BLOCKING: ReadonlySet<RowProblem> = new Set<RowProblem>(['no_text', 'too_long', 'owner_unknown'])

export interface PreviewOwner {
  name: string
  role: OwnerRole
  /** The matched or chosen organisation; null when it is to be created or is unknown. */
  organisationId: string | null
  decision: 'matched' | 'map' | 'create' | 'ignore' | 'unknown'
}

export interface PreviewRow {
  /** The row's index in the sheet. */
  index: number
  /** Only commitments are imported; the other kinds are shown, skipped, and can be taken. */
  kind: RowKind
  /** The heading of the section the row is in ('' when none). */
  section: string
  skipped: boolean
  clause: string
  text: string
  summary: string
  completionForm: string
  themes: string[]
  deadline: DeadlineInput & { dueDate: string | null }
  owners: PreviewOwner[]
  problems: RowProblem[]
}

/** An ambiguous phrase comes with its likelier reading: a warning of its own, not "not understood". */
const DEADLINE_PROBLEMS: Record<DeadlineProblem, RowProblem> = { unrecognised: 'deadline_unrecognised', ambiguous: 'deadline_ambiguous', invalid_date: 'deadline_invalid' }

/** The cell of `field` in `row`, '' when the field is not mapped. */
const cellOf = (row: readonly string[], columns: readonly ImportField[], field: ImportField) => {
  const at = columns.indexOf(field)
  return at === -1 ? '' : (row[at] ?? '').trim()
}

const CYRILLIC = /[а-яё]/i

/** "1", "1.2." → "п. 1", "п. 1.2" (for a Russian text; the bare number otherwise); anything else as written. */
export function clauseOf(cell: string, text: string): string {
  const bare = /^(\d+(?:\.\d+)*)\.?$/.exec(cell.trim())
  if (!bare) return cell.trim()
  return CYRILLIC.test(text) ? `п. ${bare[1]}` : bare[1]!
}

export const ownerKey = (name: string) => fold(name).replace(/\s+/g, ' ').trim()

/** Whose organisations a name without a country means, and which countries "the Parties" are. */
export function matchContext(data: DeskData, document: Document): MatchContext {
  const ours = data.organisations.find((o) => o.id === data.settings.ourOrganisationId)
  const parties = document.parties.map((p) => p.countryId)
  // The document is ours when our country is a party to it, or it names no parties (a national plan).
  const homeCountryId = ours?.countryId && (parties.length === 0 || parties.includes(ours.countryId)) ? ours.countryId : null
  return { homeCountryId, partyCountryIds: parties }
}

export function previewRows(data: DeskData, document: Document, rows: readonly (readonly string[])[], settings: PreviewSettings, now: string): PreviewRow[] {
  const index = indexOrganisations(data.organisations, data.countries, matchContext(data, document))
  const isKnown = (name: string) => index.findAll(name).length > 0
  // Owner cells repeat down a table ("МТ РК (отв.), МИД РК"): each is split once.
  const split = new Map<string, OwnerName[]>()
  const ownersIn = (cell: string) => {
    let names = split.get(cell)
    if (!names) split.set(cell, (names = splitOwners(cell, isKnown)))
    return names
  }
  const meeting = document.meetingId ? data.meetings.find((m) => m.id === document.meetingId) : undefined
  const skip = new Set(settings.skip)
  const keep = new Set(settings.keep)
  const existing = new Set(data.commitments.filter((c) => c.documentId === document.id).map((c) => fold(`${c.clause}\u0000${c.text}`)))
  const seen = new Set<string>()
  const after = deadlineSetOn(document.date, now)
  const first = settings.headerRow === null ? 0 : settings.headerRow + 1
  const kinds = settings.kind === 'table' ? classifyRows(rows, first, settings.columns) : []
  let section = ''
  const out: PreviewRow[] = []
  for (let i = first; i < rows.length; i++) {
    const row = rows[i]!
    if (row.every((cell) => cell.trim() === '')) continue
    const kind = kinds[i] ?? 'commitment'
    const taken = kind === 'commitment' || keep.has(i)
    if (!taken) {
      if (kind === 'section') section = sectionTitle([...new Set(row.map((c) => c.trim()).filter((c) => c !== ''))].join(' '))
      out.push(leftOut(i, kind, row, section))
      continue
    }
    const fix = settings.fixes[i] ?? {}
    const text = (fix.text ?? cellOf(row, settings.columns, 'text')).trim()
    const clause = clauseOf(fix.clause ?? cellOf(row, settings.columns, 'clause'), text)
    const problems: RowProblem[] = []
    if (text === '') problems.push('no_text')

    const words = fix.deadline ?? cellOf(row, settings.columns, 'deadline')
    const parsed = words === '' ? null : parseDeadlinePhrase(words, { documentDate: document.date, series: meeting?.series })
    const deadline: DeadlineInput = parsed?.deadline ?? { words: '', rule: { kind: 'none' } }
    if (parsed && !parsed.ok) problems.push(DEADLINE_PROBLEMS[parsed.problem])

    const owners: PreviewOwner[] = []
    for (const { name, role } of ownersIn(fix.owners ?? cellOf(row, settings.columns, 'owners'))) {
      const decision = settings.owners[ownerKey(name)]
      const found = decision ? [] : index.findAll(name)
      const named: PreviewOwner[] = decision
        ? [{ name, role, organisationId: decision.action === 'map' ? decision.organisationId : null, decision: decision.action }]
        : found.length > 0
          ? found.map((o) => ({ name, role, organisationId: o.id, decision: 'matched' as const }))
          : [{ name, role, organisationId: null, decision: 'unknown' }]
      // The same organisation twice in one cell: the first mention (and its role) counts.
      for (const owner of named) if (!owner.organisationId || !owners.some((o) => o.organisationId === owner.organisationId)) owners.push(owner)
    }
    if (owners.some((o) => o.decision === 'unknown')) problems.push('owner_unknown')

    const summary = cellOf(row, settings.columns, 'summary') || (settings.sectionAs === 'summary' ? section : '')
    const completionForm = cellOf(row, settings.columns, 'completionForm')
    if (text.length > MAX_LONG_TEXT || [clause, summary, completionForm].some((t) => t.length > MAX_SHORT_TEXT)) problems.push('too_long')

    const key = fold(`${clause}\u0000${text}`)
    if (text !== '' && (existing.has(key) || seen.has(key))) problems.push('duplicate')
    seen.add(key)

    const themes = cellOf(row, settings.columns, 'themes')
      .split(/[,;\n]+/)
      .map((t) => t.trim())
      .filter((t) => t !== '')
    if (settings.sectionAs === 'themes' && section !== '' && !themes.includes(section)) themes.push(section)

    out.push({
      index: i,
      kind: 'commitment',
      section,
      skipped: skip.has(i),
      clause,
      text,
      summary,
      completionForm,
      themes,
      deadline: { ...deadline, dueDate: computeDueDate(deadline.rule, { meetings: data.meetings, after }) },
      owners,
      problems,
    })
  }
  return out
}

/** A section heading, the column numbers or a note: shown as it is, never imported. */
function leftOut(index: number, kind: RowKind, row: readonly string[], section: string): PreviewRow {
  const text = [...new Set(row.map((c) => c.trim()).filter((c) => c !== ''))].join(' | ')
  return { index, kind, section, skipped: true, clause: '', text, summary: '', completionForm: '', themes: [], deadline: { words: '', rule: { kind: 'none' }, dueDate: null }, owners: [], problems: [] }
}

/** A row that will be saved unless the user skips it. */
export const isCommitment = (row: PreviewRow) => row.kind === 'commitment'

export const isBlocked = (row: PreviewRow) => isCommitment(row) && !row.skipped && row.problems.some((p) => BLOCKING.has(p))
