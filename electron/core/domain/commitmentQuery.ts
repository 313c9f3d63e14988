// The commitments list in core: derived status, filters, text search and order. What is derived
// from the data is cached per data version (immer gives each version new arrays), so a filter
// or a search runs over ready-made values instead of rescanning histories and names.
import { addDays, format } from 'date-fns'
import type { CommitmentQuery, CommitmentSort } from '../ops/contracts/commitments'
import type { CommitmentListItem } from '../ops/views'
import { CommitmentStatus, type Commitment, type DeskData, type StatusUpdate } from '../schema'
import { pick } from './dates'
import { parseDay } from './deadline'
import { nextStepOf, rolledUpProgress } from './milestones'
import { everyLanguage, fold, matchesAll, queryWords } from './search'
import { isOverdue, latestUpdate, statusWithOccurrences } from './status'

interface History {
  /** The latest update's status; see `historyOf` for the status a commitment shows. */
  status: CommitmentStatus
  latest: StatusUpdate | null
  lastUpdateDate: string | null
  updates: StatusUpdate[]
}

const histories = new WeakMap<StatusUpdate[], Map<string, History>>()
// Per commitment record (immer replaces only changed records), with the organisations list it
// was built against: an edit rebuilds one entry, a renamed organisation rebuilds them all.
const haystacks = new WeakMap<Commitment, { organisations: DeskData['organisations']; text: string }>()
const orgNameTables = new WeakMap<DeskData['organisations'], Map<string, string>>()

/** Status and last update date of every commitment that has updates. */
export function historiesOf(updates: StatusUpdate[]): Map<string, History> {
  let map = histories.get(updates)
  if (!map) {
    const grouped = new Map<string, StatusUpdate[]>()
    for (const u of updates) {
      const list = grouped.get(u.commitmentId)
      if (list) list.push(u)
      else grouped.set(u.commitmentId, [u])
    }
    map = new Map()
    for (const [id, list] of grouped) {
      const lastUpdateDate = list.reduce((max, u) => (u.date > max ? u.date : max), list[0]!.date)
      const latest = latestUpdate(list)
      map.set(id, { status: latest?.status ?? 'no_information', latest, lastUpdateDate, updates: list })
    }
    histories.set(updates, map)
  }
  return map
}

const noHistory: History = { status: 'no_information', latest: null, lastUpdateDate: null, updates: [] }
const commitmentTables = new WeakMap<DeskData['commitments'], Map<string, Commitment>>()

/** The history as the commitment shows it: a recurring one stays open while occurrences remain. */
function shownHistory(c: Commitment | undefined, history: History): History {
  if (!c || c.deadline.rule.kind !== 'recurring') return history
  const status = statusWithOccurrences(c.deadline, history.latest)
  return status === history.status ? history : { ...history, status }
}

const historyFor = (hist: Map<string, History>, c: Commitment) => shownHistory(c, hist.get(c.id) ?? noHistory)

/** A commitment's history and the status it shows. */
export function historyOf(data: DeskData, id: string): History {
  let byId = commitmentTables.get(data.commitments)
  if (!byId) {
    byId = new Map(data.commitments.map((c) => [c.id, c]))
    commitmentTables.set(data.commitments, byId)
  }
  return shownHistory(byId.get(id), historiesOf(data.statusUpdates).get(id) ?? noHistory)
}

function orgNames(organisations: DeskData['organisations']): Map<string, string> {
  let names = orgNameTables.get(organisations)
  if (!names) {
    names = new Map(organisations.map((o) => [o.id, [...everyLanguage(o.name), ...everyLanguage(o.shortName)].join(' ')]))
    orgNameTables.set(organisations, names)
  }
  return names
}

/** The folded text a search looks in: clause, text, summaries and the owners' names, in every language they are kept in. */
export function haystackOf(data: DeskData, c: Commitment): string {
  const cached = haystacks.get(c)
  if (cached && cached.organisations === data.organisations) return cached.text
  const names = orgNames(data.organisations)
  const text = fold([c.clause, c.text, ...everyLanguage(c.summary), ...c.owners.map((o) => names.get(o.organisationId) ?? '')].join('\n'))
  haystacks.set(c, { organisations: data.organisations, text })
  return text
}

/** Builds what the first search and filter would otherwise build, so they answer at once; a commitment per step. */
export function* warmQueryCaches(data: DeskData): Generator<void> {
  historiesOf(data.statusUpdates)
  yield
  for (const c of data.commitments) {
    haystackOf(data, c)
    yield
  }
}

const EXCERPT_LENGTH = 200

export function toListItem(c: Commitment, history: History, today: string): CommitmentListItem {
  const next = nextStepOf(c.milestones)
  return {
    id: c.id,
    clause: c.clause,
    summary: c.summary,
    excerpt: c.text.length > EXCERPT_LENGTH ? `${c.text.slice(0, EXCERPT_LENGTH)}…` : c.text,
    documentId: c.documentId,
    owners: c.owners,
    deadline: c.deadline,
    priority: c.priority,
    sample: c.sample,
    status: history.status,
    statusSource: history.latest?.source ?? null,
    overdue: isOverdue(c, history.status, today),
    lastUpdateDate: history.lastUpdateDate,
    progress: rolledUpProgress(c.milestones, history.latest?.progress ?? null),
    nextStep: next && { text: next.text, dueDate: next.dueDate },
  }
}

const closed = new Set<CommitmentStatus>(['completed', 'cancelled'])

/** The status a commitment had before `date`, from the updates dated earlier. */
export function statusBefore(updates: StatusUpdate[], date: string): CommitmentStatus {
  return latestUpdate(updates.filter((u) => u.date < date))?.status ?? 'no_information'
}

function matchesChange(c: Commitment, history: History, since: string, change: NonNullable<CommitmentQuery['change']>): boolean {
  switch (change) {
    case 'new':
      return c.createdAt.slice(0, 10) >= since
    case 'status':
      return history.updates.some((u) => u.date >= since) && statusBefore(history.updates, since) !== history.status
    case 'completed':
      // An occurrence of a recurring commitment completed since then counts: this year's report was made.
      return (
        (history.status === 'completed' && statusBefore(history.updates, since) !== 'completed') ||
        (c.deadline.rule.kind === 'recurring' && history.updates.some((u) => u.date >= since && u.status === 'completed' && u.occurrence))
      )
  }
}

export interface QueryContext {
  today: string
  ourOrganisationId: string | null
}

/** The predicate of a query; the list, the dashboard and bulk actions all filter through it. */
export function commitmentFilter(data: DeskData, query: CommitmentQuery, ctx: QueryContext): (c: Commitment) => boolean {
  const hist = historiesOf(data.statusUpdates)
  const words = query.text ? queryWords(query.text) : []
  const orgCountry = new Map(data.organisations.map((o) => [o.id, o.countryId]))
  const meetingDocs = query.meetingId ? new Set(data.documents.filter((d) => d.meetingId === query.meetingId).map((d) => d.id)) : null
  const statuses = query.status && query.status.length > 0 ? new Set(query.status) : null
  const dueLimit = query.dueWithin !== undefined ? format(addDays(parseDay(ctx.today), query.dueWithin), 'yyyy-MM-dd') : null
  const ours = ctx.ourOrganisationId

  return (c) => {
    // The record's own fields first: a commitment's shown history (a recurring one's occurrences)
    // costs more than they do, and most queries are decided before it is needed.
    if (query.mine) {
      if (!ours || !c.owners.some((o) => o.organisationId === ours && (query.mine === 'any' || o.role === 'lead'))) return false
    }
    if (query.ownerId && !c.owners.some((o) => o.organisationId === query.ownerId)) return false
    if (query.countryId && !c.partnerCountryIds.includes(query.countryId) && !c.owners.some((o) => orgCountry.get(o.organisationId) === query.countryId)) {
      return false
    }
    if (query.documentId && c.documentId !== query.documentId) return false
    if (meetingDocs && !meetingDocs.has(c.documentId)) return false
    if (query.theme && !c.themes.includes(query.theme)) return false
    if (query.priority !== undefined && c.priority !== query.priority) return false
    const h = historyFor(hist, c)
    if (statuses && !statuses.has(h.status)) return false
    if (query.overdue !== undefined && isOverdue(c, h.status, ctx.today) !== query.overdue) return false
    if (dueLimit) {
      const due = c.deadline.dueDate
      if (due === null || due < ctx.today || due > dueLimit || closed.has(h.status)) return false
    }
    if (query.dueMonth && (c.deadline.dueDate?.slice(0, 7) !== query.dueMonth || closed.has(h.status))) return false
    if (query.updatedSince && (h.lastUpdateDate === null || h.lastUpdateDate < query.updatedSince)) return false
    if (query.change && query.changedSince && !matchesChange(c, h, query.changedSince, query.change)) return false
    if (words.length > 0 && !matchesAll(haystackOf(data, c), words)) return false
    return true
  }
}

const statusRank = new Map(CommitmentStatus.options.map((s, i) => [s, i]))
const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' })

function comparator(data: DeskData, sort: CommitmentSort): (a: CommitmentListItem, b: CommitmentListItem) => number {
  switch (sort) {
    case 'due':
      // Commitments without a due date go last.
      return (a, b) => (a.deadline.dueDate ?? '9999').localeCompare(b.deadline.dueDate ?? '9999')
    case 'status':
      return (a, b) => statusRank.get(a.status)! - statusRank.get(b.status)!
    case 'updated':
      // Most recently updated first; never updated last.
      return (a, b) => (b.lastUpdateDate ?? '').localeCompare(a.lastUpdateDate ?? '')
    case 'clause':
      return (a, b) => collator.compare(a.clause, b.clause)
    case 'document': {
      const order = new Map(
        [...data.documents]
          .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || collator.compare(pick(x.title, 'ru'), pick(y.title, 'ru')))
          .map((d, i) => [d.id, i]),
      )
      return (a, b) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || collator.compare(a.clause, b.clause)
    }
  }
}

export function queryCommitments(data: DeskData, query: CommitmentQuery, ctx: QueryContext) {
  const keep = commitmentFilter(data, query, ctx)
  const hist = historiesOf(data.statusUpdates)
  const items = data.commitments.filter(keep).map((c) => toListItem(c, historyFor(hist, c), ctx.today))
  const compare = comparator(data, query.sort ?? 'due')
  items.sort(query.desc ? (a, b) => compare(b, a) : compare)
  return { items, total: data.commitments.length }
}
