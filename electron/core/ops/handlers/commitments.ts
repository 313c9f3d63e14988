// Commitments, their append-only status history, bulk actions and the dashboard.
import type { Draft } from 'immer'
import { addDays, addMonths, format } from 'date-fns'
import { commitmentFilter, historyOf, queryCommitments, toListItem } from '../../domain/commitmentQuery'
import { parseDay } from '../../domain/deadline'
import { dueDateFor } from '../../domain/dueDates'
import { latestUpdates, needsDelayReason } from '../../domain/status'
import type { FileStore } from '../../files/sourceFiles'
import { CommitmentStatus, type CommitmentInput, type DeskData, type SourceFile, type StatusUpdateInput } from '../../schema'
import type { CommitmentQuery, commitmentsContract } from '../contracts/commitments'
import { DeskError } from '../errors'
import type { CommitmentListItem, Dashboard } from '../views'
import { dropCommitmentsFromBriefs } from './briefs'
import { chooseAttachments, openAttachment } from './attachments'
import type { HandlerContext, HandlersOf } from './context'
import { asRead, checkRefs, findOrThrow, recordOps, stamp, type Ref } from './records'

/** How many commitments the dashboard lists in each of its tables. */
export const DASHBOARD_LIST_LIMIT = 10

const idRefs = (ids: string[], path: string, collection: Ref['collection']): Ref[] =>
  ids.map((id, i) => ({ path: `${path}.${i}`, collection, id }))

/** Evidence may name a file only among the source files of the commitment's own document. */
function checkEvidence(d: DeskData, commitmentIds: string[], evidence: StatusUpdateInput['evidence'], path: string): void {
  const named = evidence.flatMap((e, i) => (e.fileId === null ? [] : [{ fileId: e.fileId, i }]))
  if (named.length === 0) return
  const documentIds = new Map(d.commitments.map((c) => [c.id, c.documentId]))
  for (const commitmentId of commitmentIds) {
    const document = d.documents.find((doc) => doc.id === documentIds.get(commitmentId))
    const files = new Set(document?.sourceFiles.map((f) => f.id))
    const unknown = named.filter((e) => !files.has(e.fileId))
    if (unknown.length > 0) {
      throw new DeskError('invalid_arguments', 'Evidence names a file the commitment’s document does not have', unknown.map((e) => ({ path: `${path}.${e.i}.fileId`, message: 'validation.unknownRef' })))
    }
  }
}

/**
 * Files an update names must be in the data folder, intact (chooseUpdateFiles put them there),
 * each once: a caller cannot name a path of its own making.
 */
async function checkUpdateFiles(files: FileStore, attached: SourceFile[] | undefined, path: string): Promise<void> {
  const ids = new Set<string>()
  const issues: { path: string; message: string }[] = []
  for (const [i, file] of (attached ?? []).entries()) {
    const bytes = await files.get(file.storedPath)
    if (!bytes || bytes.length !== file.size) issues.push({ path: `${path}.${i}`, message: 'validation.fileMissing' })
    else if (ids.has(file.id)) issues.push({ path: `${path}.${i}.id`, message: 'validation.duplicateFile' })
    ids.add(file.id)
  }
  if (issues.length > 0) throw new DeskError('invalid_arguments', 'An attached file is not in the data folder, or is named twice', issues)
}

/** A delay, or an update of a commitment past its date that does not close it, gives its reason (issue 14, point 4). */
function checkDelayReason(d: DeskData, commitmentIds: string[], update: Pick<StatusUpdateInput, 'status' | 'delayReason'>, today: string, path: string): void {
  if ((update.delayReason ?? '').trim() !== '') return
  const read = asRead(d)
  const wanted = new Set(commitmentIds)
  const late = read.commitments.filter((c) => wanted.has(c.id) && needsDelayReason(c, update.status, today))
  if (late.length > 0) throw new DeskError('invalid_arguments', 'A delayed or overdue commitment’s update needs its reason for the delay', [{ path, message: 'validation.delayReasonRequired' }])
}

/** What the list's query needs to know beyond the data: today, and who "we" are. */
export const queryContextOf = (ctx: HandlerContext) => ({ today: ctx.today(), ourOrganisationId: ctx.store.data.settings.ourOrganisationId })

/** Commitments' create, update and delete, with their checks and computed due date: also what an import adds through. */
export const commitmentRecords = (ctx: HandlerContext) =>
  recordOps<'commitments', CommitmentInput>(ctx, {
    collection: 'commitments',
    kind: 'commitment',
    what: 'commitment',
    refs: (input) => [
      { path: 'documentId', collection: 'documents', id: input.documentId },
      ...input.owners.map((o, i) => ({ path: `owners.${i}.organisationId`, collection: 'organisations' as const, id: o.organisationId })),
      ...idRefs(input.partnerCountryIds, 'partnerCountryIds', 'countries'),
      ...idRefs(input.relatedIds, 'relatedIds', 'commitments'),
      ...input.milestones.map((m, i) => ({ path: `milestones.${i}.organisationId`, collection: 'organisations' as const, id: m.organisationId })),
    ],
    check: (_d, input, id) => {
      if (id !== null && input.relatedIds.includes(id)) {
        throw new DeskError('invalid_arguments', 'A commitment cannot be related to itself', [
          { path: `relatedIds.${input.relatedIds.indexOf(id)}`, message: 'validation.selfReference' },
        ])
      }
      const seen = new Set<string>()
      input.owners.forEach((o, i) => {
        if (seen.has(o.organisationId)) {
          throw new DeskError('invalid_arguments', 'An organisation is named twice among the owners', [{ path: `owners.${i}.organisationId`, message: 'validation.duplicateOwner' }])
        }
        seen.add(o.organisationId)
      })
    },
    toFields: (d, input, existing) => {
      const dueDate = dueDateFor(d, { id: existing?.id, documentId: input.documentId, createdAt: existing?.createdAt ?? ctx.clock().toISOString(), deadline: { ...input.deadline, dueDate: null } })
      return { ...input, deadline: { ...input.deadline, dueDate } }
    },
  })

/**
 * The occurrence a new update of a recurring commitment reports on: the one its correction
 * corrects, else the one due now. null for other commitments.
 */
export function occurrenceOf(d: DeskData, commitmentId: string, correctsId: string | null): string | null {
  const read = asRead(d)
  const c = read.commitments.find((x) => x.id === commitmentId)
  if (c?.deadline.rule.kind !== 'recurring') return null
  const corrected = correctsId === null ? undefined : read.statusUpdates.find((u) => u.id === correctsId)
  return corrected?.occurrence ?? c.deadline.dueDate
}

/** After an update, a recurring commitment's due date is its next open occurrence. */
export function moveOnOccurrence(d: DeskData, commitmentId: string): void {
  const read = asRead(d)
  const index = read.commitments.findIndex((x) => x.id === commitmentId)
  const c = read.commitments[index]
  if (c?.deadline.rule.kind !== 'recurring') return
  const due = dueDateFor(read, c)
  if (due !== c.deadline.dueDate) d.commitments[index]!.deadline.dueDate = due
}

export function commitmentsHandlers(ctx: HandlerContext): HandlersOf<typeof commitmentsContract> {
  const data = () => ctx.store.data
  const queryContext = () => queryContextOf(ctx)

  const commitments = commitmentRecords(ctx)

  return {
    queryCommitments: ({ offset = 0, limit, ...query }) => {
      const { items, total } = queryCommitments(data(), query, queryContext())
      return { items: items.slice(offset, limit === undefined ? undefined : offset + limit), offset, matching: items.length, total }
    },

    commitmentIds: (query) => queryCommitments(data(), query, queryContext()).items.map((i) => i.id),

    commitmentCounts: () => {
      const counts: Record<string, number> = {}
      for (const c of data().commitments) counts[c.documentId] = (counts[c.documentId] ?? 0) + 1
      return counts
    },

    getCommitment: ({ id }) => {
      const commitment = findOrThrow(data().commitments, id, 'commitment')
      const history = historyOf(data(), id)
      const updates = [...history.updates].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
      const item = toListItem(commitment, history, ctx.today())
      return { commitment, status: item.status, overdue: item.overdue, progress: item.progress, nextStep: item.nextStep, updates, ...latestUpdates(history.updates) }
    },

    createCommitment: commitments.create,
    updateCommitment: commitments.update,

    deleteCommitment: ({ id }) =>
      ctx.store.update((d) => {
        const index = d.commitments.findIndex((c) => c.id === id)
        if (index < 0) throw new DeskError('not_found', `No commitment with id ${id}`)
        d.commitments.splice(index, 1)
        d.statusUpdates = d.statusUpdates.filter((u) => u.commitmentId !== id)
        for (const c of d.commitments) if (c.relatedIds.includes(id)) c.relatedIds = c.relatedIds.filter((r) => r !== id)
        dropCommitmentsFromBriefs(d, new Set([id]))
      }),

    addStatusUpdate: async (input) => {
      await checkUpdateFiles(ctx.store.files, input.files, 'files')
      return ctx.store.update((d) => {
        checkRefs(d, [{ path: 'commitmentId', collection: 'commitments', id: input.commitmentId }])
        if (input.correctsId !== null) {
          const corrected = asRead(d).statusUpdates.find((u) => u.id === input.correctsId)
          if (!corrected || corrected.commitmentId !== input.commitmentId) {
            throw new DeskError('invalid_arguments', 'The corrected update is not in this commitment’s history', [{ path: 'correctsId', message: 'validation.unknownRef' }])
          }
        }
        checkEvidence(d, [input.commitmentId], input.evidence, 'evidence')
        checkDelayReason(d, [input.commitmentId], input, ctx.today(), 'delayReason')
        const update = { ...stamp(ctx.clock()), ...input, occurrence: occurrenceOf(d, input.commitmentId, input.correctsId) }
        d.statusUpdates.push(update)
        moveOnOccurrence(d, input.commitmentId)
        return update
      })
    },

    chooseUpdateFiles: () => chooseAttachments(ctx),

    openUpdateFile: ({ updateId, fileId }) => openAttachment(ctx, findOrThrow(data().statusUpdates, updateId, 'status update').files ?? [], fileId),

    bulkSetOwner: ({ ids, organisationId, role, mode }) =>
      ctx.store.update((d) => {
        checkRefs(d, [{ path: 'organisationId', collection: 'organisations', id: organisationId }, ...idRefs(ids, 'ids', 'commitments')])
        const wanted = new Set(ids)
        const time = ctx.clock().toISOString()
        let changed = 0
        for (const c of d.commitments) {
          if (!wanted.has(c.id)) continue
          const others = mode === 'replace' ? [] : c.owners.filter((o) => o.organisationId !== organisationId)
          c.owners = [...others, { organisationId, role }]
          c.updatedAt = time
          changed++
        }
        return { changed }
      }),

    bulkAddStatusUpdate: async ({ ids, update }) => {
      await checkUpdateFiles(ctx.store.files, update.files, 'update.files')
      return ctx.store.update((d: Draft<DeskData>) => {
        checkRefs(d, idRefs(ids, 'ids', 'commitments'))
        checkEvidence(d, ids, update.evidence, 'update.evidence')
        checkDelayReason(d, ids, update, ctx.today(), 'update.delayReason')
        for (const commitmentId of ids) {
          d.statusUpdates.push({ ...stamp(ctx.clock()), ...update, commitmentId, correctsId: null, occurrence: occurrenceOf(d, commitmentId, null) })
          moveOnOccurrence(d, commitmentId)
        }
        return { added: ids.length }
      })
    },

    listThemes: () => [...new Set(data().commitments.flatMap((c) => c.themes))].sort((a, b) => a.localeCompare(b, 'ru')),

    getDashboard: ({ since, mine = 'any' }) => {
      const d = data()
      const qc = queryContext()
      const today = qc.today
      const lastHeld = d.meetings
        .filter((m) => m.status === 'held' && m.startDate <= today)
        .sort((a, b) => b.startDate.localeCompare(a.startDate))[0]
      const sinceDate = since ?? lastHeld?.startDate ?? format(addDays(parseDay(today), -90), 'yyyy-MM-dd')
      const oursOnly = d.commitments.filter(commitmentFilter(d, { mine }, qc))
      // Every count is of ours, so each looks only at them.
      const count = (query: CommitmentQuery) => oursOnly.filter(commitmentFilter(d, { mine, ...query }, qc)).length
      const ours = oursOnly.map((c) => toListItem(c, historyOf(d, c.id), today))

      const byStatus = Object.fromEntries(CommitmentStatus.options.map((s) => [s, 0])) as Dashboard['byStatus']
      const byDocument = new Map<string, number>()
      for (const item of ours) {
        byStatus[item.status]++
        byDocument.set(item.documentId, (byDocument.get(item.documentId) ?? 0) + 1)
      }
      const byDue = (a: CommitmentListItem, b: CommitmentListItem) => (a.deadline.dueDate ?? '').localeCompare(b.deadline.dueDate ?? '')
      return {
        today,
        ourOrganisation: d.organisations.find((o) => o.id === qc.ourOrganisationId) ?? null,
        since: sinceDate,
        sinceMeeting: since === undefined ? (lastHeld ?? null) : null,
        mine,
        total: ours.length,
        overdue: ours.filter((i) => i.overdue).length,
        dueIn30: count({ dueWithin: 30 }),
        dueIn90: count({ dueWithin: 90 }),
        // The next twelve months from this one; what is already overdue is counted apart.
        dueByMonth: Array.from({ length: 12 }, (_v, i) => {
          const month = format(addMonths(parseDay(today), i), 'yyyy-MM')
          return { month, count: count({ dueMonth: month, overdue: false }) }
        }),
        byStatus,
        byDocument: [...byDocument].map(([documentId, n]) => ({ documentId, count: n })),
        changes: {
          new: count({ changedSince: sinceDate, change: 'new' }),
          status: count({ changedSince: sinceDate, change: 'status' }),
          completed: count({ changedSince: sinceDate, change: 'completed' }),
        },
        // The most overdue first; the rest are one click away in the list.
        overdueItems: ours.filter((i) => i.overdue).sort(byDue).slice(0, DASHBOARD_LIST_LIMIT),
        recentlyUpdated: ours
          .filter((i) => i.lastUpdateDate !== null)
          .sort((a, b) => b.lastUpdateDate!.localeCompare(a.lastUpdateDate!))
          .slice(0, DASHBOARD_LIST_LIMIT),
      }
    },
  }
}
