// Every row of an imported table as it will be saved — clause, text, deadline parsed into the
// deadline model, owners matched to organisations — with what stands in its way. The same
// function serves the preview and the commit, so what is saved is what was shown.
import { computeDueDate, deadlineSetOn } from '../domain/deadline'
import { fold } from '../domain/search'
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, type DeadlineInput, type DeskData, type Document, type ImportField, type OwnerRole } from '../schema'
import { parseDeadlinePhrase, type DeadlineProblem } from '../domain/deadlinePhrase'
import { indexOrganisations, splitOwners } from './owners'

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
}

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

export function previewRows(data: DeskData, document: Document, rows: readonly (readonly string[])[], settings: PreviewSettings, now: string): PreviewRow[] {
  const index = indexOrganisations(data.organisations)
  const meeting = document.meetingId ? data.meetings.find((m) => m.id === document.meetingId) : undefined
  const skip = new Set(settings.skip)
  const existing = new Set(data.commitments.filter((c) => c.documentId === document.id).map((c) => fold(`${c.clause}\u0000${c.text}`)))
  const seen = new Set<string>()
  const after = deadlineSetOn(document.date, now)
  const first = settings.headerRow === null ? 0 : settings.headerRow + 1
  const out: PreviewRow[] = []
  for (let i = first; i < rows.length; i++) {
    const row = rows[i]!
    if (row.every((cell) => cell.trim() === '')) continue
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
    for (const { name, role } of splitOwners(fix.owners ?? cellOf(row, settings.columns, 'owners'))) {
      const decision = settings.owners[ownerKey(name)]
      const found = decision ? null : index.find(name)
      const owner: PreviewOwner = decision
        ? { name, role, organisationId: decision.action === 'map' ? decision.organisationId : null, decision: decision.action }
        : { name, role, organisationId: found?.id ?? null, decision: found ? 'matched' : 'unknown' }
      // The same organisation twice in one cell: the first mention (and its role) counts.
      if (owner.organisationId && owners.some((o) => o.organisationId === owner.organisationId)) continue
      owners.push(owner)
    }
    if (owners.some((o) => o.decision === 'unknown')) problems.push('owner_unknown')

    const summary = cellOf(row, settings.columns, 'summary')
    const completionForm = cellOf(row, settings.columns, 'completionForm')
    if (text.length > MAX_LONG_TEXT || [clause, summary, completionForm].some((t) => t.length > MAX_SHORT_TEXT)) problems.push('too_long')

    const key = fold(`${clause}\u0000${text}`)
    if (text !== '' && (existing.has(key) || seen.has(key))) problems.push('duplicate')
    seen.add(key)

    out.push({
      index: i,
      skipped: skip.has(i),
      clause,
      text,
      summary,
      completionForm,
      themes: cellOf(row, settings.columns, 'themes')
        .split(/[,;\n]+/)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
      deadline: { ...deadline, dueDate: computeDueDate(deadline.rule, { meetings: data.meetings, after }) },
      owners,
      problems,
    })
  }
  return out
}

export const isBlocked = (row: PreviewRow) => !row.skipped && row.problems.some((p) => BLOCKING.has(p))
