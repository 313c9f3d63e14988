// Combining a package with the local registry: a plan to review, then applying it.
//
// Each incoming record (or tombstone) is compared with ours of the same id by their revisions.
// One that descends from the other is simply the newer one; two that went apart are merged field
// by field against the version both last shared (a base: kept by either side when the record
// changed after it travelled): a field changed on one side only is taken from that side, a field
// changed differently on both sides is the user's choice. Deletions travel as tombstones.
import { current, freeze, isDraft, type Draft } from 'immer'
import { canonicalJson } from '../domain/canonicalJson'
import { DeskError, type ErrorIssue } from '../ops/errors'
import type { BaseVersion, DeskData, Tombstone } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { EXCHANGED_COLLECTIONS, ExchangeRecords, type ExchangeContent, type ExchangeRecord, type ExchangedCollection } from './format'
import { labelOf, type RecordLabel } from './labels'
import { DELETION_FIELD, defaultDeletion, type Deletion, type FieldDifference, type MergeChoices, type MergeItem, type MergePlan, type MergeVerdict } from './plan'
import { byRecency, contentOf, forgetBases, hasSeen, keepBase, nextRevision, revisionOf, sameContent, type Revised } from './revisions'

export type { Deletion, DeletionChoice, FieldChoice, FieldDifference, MergeChoices, MergeItem, MergePlan, MergeVerdict } from './plan'

export interface MergeResult {
  added: number
  updated: number
  deleted: number
  kept: number
}

type Json = Record<string, unknown>
/** Members that are no content of their own: compared and merged apart. */
const META = new Set(['_rev', '_revisions', 'updatedAt'])
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b)
const stampOf = (record: ExchangeRecord | null, tombstone: Tombstone | null) => ({ updatedAt: record?.updatedAt ?? null, deletedAt: tombstone?.deletedAt ?? null })
const tombstoneLabel = (id: string): RecordLabel => ({ ru: id, en: id })

/** The newest version both sides have seen, from what either kept as bases. */
function baseOf(ours: Revised, theirs: Revised, candidates: BaseVersion[]): Json | null {
  const shared = candidates.filter((b) => hasSeen(ours, b._rev) && hasSeen(theirs, b._rev)).sort((a, b) => byRecency(a._rev, b._rev))
  return (shared[0] as Json | undefined) ?? null
}

/** A text kept in both languages (or any object of strings only): merged language by language. */
const isTexts = (v: unknown): v is Record<string, string> => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')

/**
 * The fields where the two differ: against a base, one changed there only is taken (not a
 * conflict), one changed here only is kept (not listed), one changed on both sides differently
 * is a conflict. Without a base every difference is one. A bilingual text is compared per
 * language (`name.ru`): one side's Russian and the other's English are no conflict.
 */
function differencesOf(ours: Json, theirs: Json, base: Json | null, fastForward: boolean, prefix = ''): FieldDifference[] {
  const fields = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].filter((f) => prefix !== '' || !META.has(f)).sort()
  const differences: FieldDifference[] = []
  for (const name of fields) {
    const field = `${prefix}${name}`
    const o = ours[name]
    const t = theirs[name]
    const b = base?.[name]
    if (same(o, t)) continue
    if (!fastForward && prefix === '' && isTexts(o) && isTexts(t) && (base === null || isTexts(b))) {
      differences.push(...differencesOf(o, t, base === null ? null : (b as Json), false, `${name}.`))
    } else if (fastForward) differences.push({ field, base: o, hasBase: true, ours: o, theirs: t, conflict: false })
    else if (!base) differences.push({ field, base: undefined, hasBase: false, ours: o, theirs: t, conflict: true })
    else if (same(b, o)) differences.push({ field, base: b, hasBase: true, ours: o, theirs: t, conflict: false })
    else if (!same(b, t)) differences.push({ field, base: b, hasBase: true, ours: o, theirs: t, conflict: true })
  }
  return differences
}

/** Sets a field of `record` by its path (`name.ru`: one level down), or removes it. */
function setField(record: Json, path: string, value: unknown): void {
  const [head, leaf] = path.split('.') as [string, string | undefined]
  if (leaf === undefined) {
    if (value === undefined) delete record[head]
    else record[head] = structuredClone(value)
  } else record[head] = { ...(record[head] as Json), [leaf]: value }
}

interface Local {
  records: Record<ExchangedCollection, Map<string, ExchangeRecord>>
  tombstones: Map<string, Tombstone>
}

function indexOf(data: DeskData): Local {
  return {
    records: Object.fromEntries(EXCHANGED_COLLECTIONS.map((c) => [c, new Map<string, ExchangeRecord>(data[c].map((r) => [r.id, r]))])) as Local['records'],
    tombstones: new Map(data.history.deleted.map((t) => [t.id, t])),
  }
}

type Assessment = Pick<MergeItem, 'verdict' | 'differences' | 'deletion'>
const plain = (verdict: MergeVerdict, differences: FieldDifference[] = [], deletion: Deletion | null = null): Assessment => ({ verdict, differences, deletion })

function assessRecord(mine: ExchangeRecord | undefined, gone: Tombstone | undefined, theirs: ExchangeRecord, bases: BaseVersion[]): Assessment {
  const rev = revisionOf(theirs)
  if (mine) {
    if (revisionOf(mine) === rev) return plain('same')
    if (hasSeen(mine, rev)) return plain('ours')
    if (hasSeen(theirs, revisionOf(mine))) return plain('theirs', differencesOf(mine as Json, theirs as Json, null, true))
    const differences = differencesOf(mine as Json, theirs as Json, baseOf(mine, theirs, bases), false)
    if (differences.some((d) => d.conflict)) return plain('conflict', differences)
    if (differences.length > 0) return plain('theirs', differences)
    // The same change made on both sides is the same record (applying keeps the newer-named
    // revision on both, so they end alike); otherwise only ours changed.
    return plain(sameContent(mine, theirs) ? 'same' : 'ours')
  }
  if (gone) {
    if (hasSeen(gone, rev)) return plain('ours')
    return plain('deleted', [], { side: 'here', changedSince: !hasSeen(theirs, gone._rev) })
  }
  return plain('new')
}

function assessDeletion(mine: ExchangeRecord | undefined, gone: Tombstone | undefined, theirs: Tombstone): Assessment {
  if (mine) {
    if (hasSeen(mine, theirs._rev)) return plain('ours')
    return plain('deleted', [], { side: 'there', changedSince: !hasSeen(theirs, revisionOf(mine)) })
  }
  if (gone) {
    if (gone._rev === theirs._rev) return plain('same')
    if (hasSeen(gone, theirs._rev)) return plain('ours')
    // Deleted on both sides apart: the newer deletion on both, whoever's it is.
    if (!hasSeen(theirs, gone._rev) && byRecency(theirs._rev, gone._rev) > 0) return plain('ours')
  }
  return plain('gone')
}

/** The same content under two revisions: theirs is taken when it is the newer-named, so both laptops end with one. */
const quietlyTheirs = (item: MergeItem) => item.verdict === 'same' && item.incoming !== null && item.localRev !== null && item.localRev !== item.incomingRev && byRecency(item.incomingRev, item.localRev) < 0

export function planMerge(local: DeskData, incoming: ExchangeContent): MergePlan {
  const { from } = incoming.manifest
  const { records, tombstones } = indexOf(local)
  const items: MergeItem[] = []
  for (const collection of EXCHANGED_COLLECTIONS) {
    for (const record of incoming.records[collection]) {
      const mine = records[collection].get(record.id)
      const gone = tombstones.get(record.id)
      const bases = [...(local.history.bases[record.id] ?? []), ...(incoming.shared[record.id] ?? [])]
      items.push({
        key: `${collection}:${record.id}`,
        collection,
        id: record.id,
        label: labelOf(collection, record),
        ...assessRecord(mine, gone, record, bases),
        ours: stampOf(mine ?? null, gone ?? null),
        theirs: stampOf(record, null),
        incoming: record,
        deletedThere: null,
        incomingRev: revisionOf(record),
        localRev: mine ? revisionOf(mine) : (gone?._rev ?? null),
      })
    }
  }
  for (const tombstone of incoming.deleted) {
    const mine = records[tombstone.collection].get(tombstone.id)
    const gone = tombstones.get(tombstone.id)
    items.push({
      key: `${tombstone.collection}:${tombstone.id}`,
      collection: tombstone.collection,
      id: tombstone.id,
      label: mine ? labelOf(tombstone.collection, mine) : tombstoneLabel(tombstone.id),
      ...assessDeletion(mine, gone, tombstone),
      ours: stampOf(mine ?? null, gone ?? null),
      theirs: stampOf(null, tombstone),
      incoming: null,
      deletedThere: tombstone,
      incomingRev: tombstone._rev,
      localRev: mine ? revisionOf(mine) : (gone?._rev ?? null),
    })
  }
  const counts: Record<MergeVerdict, number> = { new: 0, same: 0, ours: 0, theirs: 0, conflict: 0, deleted: 0, gone: 0 }
  for (const item of items) counts[item.verdict]++
  return {
    peer: { installationId: from.installationId, name: from.name },
    ownFile: from.installationId === local.exchange.installationId,
    items,
    counts,
    changes: counts.new + counts.theirs + counts.conflict + counts.deleted + counts.gone + items.filter(quietlyTheirs).length,
  }
}

type Outcome =
  | { kind: 'keep' }
  | { kind: 'add' | 'replace'; record: ExchangeRecord; shared: ExchangeRecord[] }
  | { kind: 'delete'; tombstone: Tombstone }
  | { kind: 'tombstone'; tombstone: Tombstone }
  | { kind: 'restore'; record: ExchangeRecord; shared: ExchangeRecord[] }

/** The refusal of a plan the registry has moved away from since it was made. */
export const CHANGED_SINCE_REVIEW = 'validation.exchange.changedSinceReview'

/** A refusal the review can show in words: the message names no id (the log's text does). */
const refused = (item: MergeItem, message: string, text: string, params: ErrorIssue['params'] = {}) =>
  new DeskError('conflict', `${item.collection} ${item.key}: ${text}`, [{ path: '', message, params: { name: item.label.en, ...params } }])

/** Their record as it travelled, with the revision it is at (a record of an older file has its first). */
const asTravelled = (record: ExchangeRecord): ExchangeRecord => {
  const copy = structuredClone(isDraft(record) ? current(record) : record)
  return { ...copy, _rev: revisionOf(copy), _revisions: copy._revisions ?? [] }
}
const plainOf = <T>(value: T): T => structuredClone(isDraft(value) ? (current(value as Draft<T>) as T) : value)

/**
 * Their record merged into ours as the choices say: fields changed there only are theirs, fields
 * changed here only ours, conflicting fields as chosen. A result equal to theirs is their record
 * as it is (revision and time included), one equal to ours keeps ours; anything else is a new
 * revision descending from both (checked against the schema: fields from two versions can break
 * a rule between them), stamped with the later of the two times.
 */
function mergeRecord(item: MergeItem, mine: ExchangeRecord, choices: MergeChoices): Outcome {
  const theirs = item.incoming!
  const chosen = choices[item.key] ?? {}
  const missing = item.differences.filter((d) => d.conflict && chosen[d.field] !== 'ours' && chosen[d.field] !== 'theirs').map((d) => d.field)
  if (missing.length > 0) throw refused(item, 'validation.exchange.chooseSide', `choose ours or theirs for ${missing.join(', ')}`, { fields: missing.join(', ') })
  const merged: Json = plainOf(mine) as Json
  for (const d of item.differences) {
    if (d.conflict && chosen[d.field] === 'ours') continue
    setField(merged, d.field, d.theirs)
  }
  if (sameContent(merged, theirs)) return { kind: 'replace', record: asTravelled(theirs), shared: [] }
  // Ours chosen for every conflict: still a revision after theirs, so the question is not asked again.
  if (sameContent(merged, mine) && item.verdict !== 'conflict') return { kind: 'keep' }
  merged.updatedAt = mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt
  Object.assign(merged, nextRevision([mine, theirs], contentOf(merged)))
  const valid = ExchangeRecords.shape[item.collection].element.safeParse(merged)
  if (!valid.success) throw refused(item, 'validation.exchange.mixDoesNotFit', `the chosen fields do not fit together: ${valid.error.issues[0]?.message ?? ''}`)
  return { kind: 'replace', record: valid.data, shared: [asTravelled(theirs), mine] }
}

function decideDeletion(item: MergeItem, choices: MergeChoices): 'delete' | 'keep' {
  const choice = choices[item.key]?.[DELETION_FIELD] ?? defaultDeletion(item.deletion!)
  if (choice !== 'delete' && choice !== 'keep') throw refused(item, 'validation.exchange.chooseDeletion', 'choose to delete or keep it')
  return choice
}

function outcomeOf(item: MergeItem, mine: ExchangeRecord | undefined, gone: Tombstone | undefined, choices: MergeChoices, now: string): Outcome {
  const theirsDeleted = item.deletedThere ?? undefined
  switch (item.verdict) {
    case 'new':
      return { kind: 'add', record: asTravelled(item.incoming!), shared: [] }
    case 'theirs':
    case 'conflict':
      return mergeRecord(item, mine!, choices)
    case 'same':
      return quietlyTheirs(item) ? { kind: 'replace', record: asTravelled(item.incoming!), shared: [] } : { kind: 'keep' }
    case 'gone':
      return { kind: 'tombstone', tombstone: structuredClone(theirsDeleted!) }
    case 'deleted': {
      const choice = decideDeletion(item, choices)
      const { side, changedSince } = item.deletion!
      const tombstoneAfter = (other: Revised | Tombstone, own: Tombstone | null): Tombstone => ({
        id: item.id,
        collection: item.collection,
        ...nextRevision(own ? [own, other] : [other], { id: item.id, _deleted: true }),
        _deleted: true,
        deletedAt: own?.deletedAt ?? now,
      })
      if (side === 'there') {
        if (choice === 'delete') return { kind: 'delete', tombstone: changedSince ? tombstoneAfter(mine!, theirsDeleted!) : structuredClone(theirsDeleted!) }
        // Kept: a revision of ours that supersedes their deletion, so it does not come back.
        return { kind: 'replace', record: { ...plainOf(mine!), ...nextRevision([mine!, theirsDeleted!], contentOf(mine!)) }, shared: [mine!] }
      }
      if (choice === 'delete') return { kind: 'tombstone', tombstone: tombstoneAfter(item.incoming!, plainOf(gone!)) }
      if (!changedSince) return { kind: 'restore', record: asTravelled(item.incoming!), shared: [] }
      return { kind: 'restore', record: { ...asTravelled(item.incoming!), ...nextRevision([item.incoming!, gone!], contentOf(item.incoming!)) }, shared: [item.incoming!] }
    }
    default:
      return { kind: 'keep' }
  }
}

/** Bases for what becomes a revision of our own: the versions that travelled (theirs always; ours unless made here since). */
function keepShared(history: Draft<DeskData['history']>, id: string, shared: ExchangeRecord[]): void {
  if (shared.length === 0) {
    // Read before deleting: deleting through a draft marks it changed, even for nothing.
    if (history.unsent[id]) delete history.unsent[id]
    return
  }
  const [theirs, ours] = shared
  if (ours && !history.unsent[id]) keepBase(history, ours)
  if (theirs && theirs !== ours) keepBase(history, theirs)
  history.unsent[id] = true
}

/**
 * Applies a reviewed plan to `draft` (an immer draft or a plain object), in place. Everything is
 * checked before anything is changed: a missing choice or a registry changed since the plan
 * throws and leaves the draft as it was; so do deletions that would leave a record pointing to
 * a deleted one. A plan with no changes changes nothing at all, peers included.
 */
export function applyMerge(draft: DeskData, plan: MergePlan, choices: MergeChoices, now: string): MergeResult {
  const { records, tombstones } = indexOf(isDraft(draft) ? (current(draft) as DeskData) : draft)
  const outcomes = plan.items.map((item): Outcome => {
    const mine = records[item.collection].get(item.id)
    const gone = tombstones.get(item.id)
    if ((mine ? revisionOf(mine) : (gone?._rev ?? null)) !== item.localRev) {
      throw refused(item, CHANGED_SINCE_REVIEW, 'changed since the file was reviewed: open it again')
    }
    return outcomeOf(item, mine, gone, choices, now)
  })
  const result: MergeResult = { added: 0, updated: 0, deleted: 0, kept: 0 }
  if (plan.changes === 0) return { ...result, kept: plan.items.length }
  return applyOutcomes(draft, plan, outcomes, result, now)
}

function applyOutcomes(draft: DeskData, plan: MergePlan, outcomes: Outcome[], result: MergeResult, now: string): MergeResult {
  const positions = Object.fromEntries(EXCHANGED_COLLECTIONS.map((c) => [c, new Map(draft[c].map((r, i) => [r.id, i]))])) as Record<ExchangedCollection, Map<string, number>>
  const history = draft.history as Draft<DeskData['history']>
  const removed = new Map<ExchangedCollection, Set<string>>()
  const dropTombstone = (id: string) => {
    const at = history.deleted.findIndex((t) => t.id === id)
    if (at >= 0) history.deleted.splice(at, 1)
  }
  let deletions = false
  plan.items.forEach((item, i) => {
    const outcome = outcomes[i]!
    const list = draft[item.collection] as ExchangeRecord[]
    switch (outcome.kind) {
      case 'add':
      case 'restore':
        dropTombstone(item.id)
        // Frozen, as immer leaves every record: taken as they are, not copied again when the change is stamped.
        list.push(freeze(outcome.record, true))
        keepShared(history, item.id, outcome.shared)
        result.added++
        deletions ||= outcome.kind === 'restore'
        break
      case 'replace':
        list[positions[item.collection].get(item.id)!] = freeze(outcome.record, true)
        keepShared(history, item.id, outcome.shared)
        result.updated++
        break
      case 'delete':
        if (!removed.has(item.collection)) removed.set(item.collection, new Set())
        removed.get(item.collection)!.add(item.id)
        history.deleted.push(outcome.tombstone)
        forgetBases(history, item.id)
        result.deleted++
        deletions = true
        break
      case 'tombstone':
        dropTombstone(item.id)
        history.deleted.push(outcome.tombstone)
        break
      case 'keep':
        result.kept++
    }
  })
  for (const [collection, ids] of removed) {
    ;(draft as Json)[collection] = (draft[collection] as ExchangeRecord[]).filter((r) => !ids.has(r.id))
  }
  // A deletion taken, or a record restored, must leave no record pointing to a deleted one.
  if (deletions) {
    const broken = findBrokenReferences(isDraft(draft) ? (current(draft) as DeskData) : draft)
    if (broken.length > 0) {
      throw new DeskError(
        'conflict',
        `Applying would leave records pointing to deleted ones (${broken.slice(0, 3).map((p) => p.path).join(', ')}): keep what they point to`,
        [{ path: '', message: 'validation.exchange.stillUsed' }],
      )
    }
  }
  draft.exchange.peers[plan.peer.installationId] = { name: plan.peer.name, lastImportAt: now }
  return result
}
