// Combining a package with the local registry: a plan to review, then applying it.
//
// Each incoming record is compared with the local record of the same id, three ways: against
// the base, the fingerprint of the version both sides last had in common. The base comes from
// what we recorded when we last imported from that laptop, or from what that laptop recorded
// when it last imported from us (the package carries it): either is a version both sides had.
//
// Known limit: deletions are not propagated. A package carries the records that exist, not the
// ones that were deleted (there are no tombstones), so a record deleted on one laptop simply
// comes back from a peer that still has it, as `new`. Deleting on every laptop is the way.
import { current, isDraft } from 'immer'
import type { DeskData } from '../schema'
import { EXCHANGED_COLLECTIONS, ExchangeRecords, type ExchangeContent, type ExchangeRecord, type ExchangedCollection } from './format'
import { canonicalJson, fingerprint } from './fingerprint'
import { labelOf } from './labels'
import type { FieldDifference, MergeChoices, MergeItem, MergePlan, MergeVerdict } from './plan'

export { fingerprint } from './fingerprint'

export type { FieldChoice, FieldDifference, MergeChoices, MergeItem, MergePlan, MergeVerdict } from './plan'

export interface MergeResult {
  added: number
  updated: number
  kept: number
}

function verdictOf(ours: string | null, theirs: string, bases: ReadonlySet<string>): MergeVerdict {
  if (ours === null) return 'new'
  if (ours === theirs) return 'same'
  const oursAtBase = bases.has(ours)
  const theirsAtBase = bases.has(theirs)
  if (oursAtBase && !theirsAtBase) return 'theirs'
  if (theirsAtBase && !oursAtBase) return 'ours'
  return 'conflict'
}

/** Top-level fields whose content differs; `updatedAt` is no content (see `fingerprint`). */
function differencesOf(ours: ExchangeRecord, theirs: ExchangeRecord): FieldDifference[] {
  const o = ours as Record<string, unknown>
  const t = theirs as Record<string, unknown>
  const fields = new Set([...Object.keys(o), ...Object.keys(t)])
  fields.delete('updatedAt')
  return [...fields].filter((f) => canonicalJson(o[f]) !== canonicalJson(t[f])).map((field) => ({ field, ours: o[field], theirs: t[field] }))
}

export function planMerge(local: DeskData, incoming: ExchangeContent): MergePlan {
  const { from } = incoming.manifest
  const recorded = local.exchange.peers[from.installationId]?.bases ?? {}
  const carried = incoming.bases[local.exchange.installationId] ?? {}
  const items: MergeItem[] = []
  for (const collection of EXCHANGED_COLLECTIONS) {
    const locals = new Map<string, ExchangeRecord>(local[collection].map((r) => [r.id, r]))
    for (const record of incoming.records[collection]) {
      const mine = locals.get(record.id)
      const incomingFingerprint = fingerprint(record)
      const localFingerprint = mine ? fingerprint(mine) : null
      const bases = new Set([recorded[record.id], carried[record.id]].filter((b) => b !== undefined))
      const verdict = verdictOf(localFingerprint, incomingFingerprint, bases)
      items.push({
        key: `${collection}:${record.id}`,
        collection,
        id: record.id,
        label: labelOf(collection, record),
        verdict,
        differences: mine && (verdict === 'theirs' || verdict === 'conflict') ? differencesOf(mine, record) : [],
        incoming: record,
        incomingFingerprint,
        localFingerprint,
      })
    }
  }
  const counts: Record<MergeVerdict, number> = { new: 0, same: 0, theirs: 0, ours: 0, conflict: 0 }
  for (const item of items) counts[item.verdict]++
  return {
    peer: { installationId: from.installationId, name: from.name },
    ownFile: from.installationId === local.exchange.installationId,
    items,
    counts,
    changes: counts.new + counts.theirs + counts.conflict,
  }
}

type Outcome = { kind: 'keep' } | { kind: 'add' | 'replace'; record: ExchangeRecord }

const describe = (item: MergeItem) => `${item.collection} “${item.label.en}” (${item.key})`

/**
 * A conflict as the choices resolve it. All theirs is their record as it is, updatedAt included
 * (the same as taking theirs whole); all ours keeps ours untouched; a mix is a new version made
 * here, so it is stamped now. A mix is checked against the record's schema: fields from two
 * versions can break a rule between them (a meeting ending before it starts).
 */
function resolveConflict(item: MergeItem, mine: ExchangeRecord, choices: MergeChoices, now: string): Outcome {
  const chosen = choices[item.key] ?? {}
  const missing = item.differences.filter((d) => chosen[d.field] !== 'ours' && chosen[d.field] !== 'theirs').map((d) => d.field)
  if (missing.length > 0) throw new Error(`Choose ours or theirs for ${missing.join(', ')} of ${describe(item)}`)
  const taken = item.differences.filter((d) => chosen[d.field] === 'theirs')
  if (taken.length === 0) return { kind: 'keep' }
  if (taken.length === item.differences.length) return { kind: 'replace', record: structuredClone(item.incoming) }
  // A plain copy: an immer draft is a proxy, which structuredClone refuses.
  const merged: Record<string, unknown> = { ...structuredClone(isDraft(mine) ? current(mine) : mine), updatedAt: now }
  for (const { field, theirs } of taken) {
    if (theirs === undefined) delete merged[field]
    else merged[field] = structuredClone(theirs)
  }
  const valid = ExchangeRecords.shape[item.collection].element.safeParse(merged)
  if (!valid.success) throw new Error(`The chosen fields of ${describe(item)} do not fit together: ${valid.error.issues[0]?.message ?? ''}`)
  return { kind: 'replace', record: valid.data }
}

/**
 * Applies a reviewed plan to `draft` (an immer draft or a plain object), in place. Everything is
 * checked before anything is changed: a missing choice or a registry changed since the plan
 * throws and leaves the draft as it was.
 *
 * Taking theirs keeps their `updatedAt`: both laptops then hold the very same record, and the
 * time says when it was last really edited, not when it travelled.
 *
 * Afterwards, the peer's bases hold the incoming fingerprint of every record in the package:
 * their version as received is what both sides now have in common (for a conflict resolved
 * partly our way, the next package shows our side as changed, theirs as not). Bases of records
 * outside the package are kept: a package may carry one meeting only.
 *
 * A plan with no changes (everything same or ours) changes nothing at all, peers included, so
 * the caller can skip the write. A package from this installation itself is recorded like any
 * peer's, under our own id: importing it again is then as quiet as any repeated import.
 */
export function applyMerge(draft: DeskData, plan: MergePlan, choices: MergeChoices, now: string): MergeResult {
  const indexes = Object.fromEntries(EXCHANGED_COLLECTIONS.map((c) => [c, new Map(draft[c].map((r, i) => [r.id, i]))])) as Record<
    ExchangedCollection,
    Map<string, number>
  >
  const recordAt = (item: MergeItem) => {
    const index = indexes[item.collection].get(item.id)
    return index === undefined ? undefined : (draft[item.collection][index] as ExchangeRecord)
  }
  const outcomes = plan.items.map((item): Outcome => {
    const mine = recordAt(item)
    if ((mine ? fingerprint(mine) : null) !== item.localFingerprint) {
      throw new Error(`${describe(item)} changed since the import was reviewed: review it again`)
    }
    if (item.verdict === 'new') return { kind: 'add', record: structuredClone(item.incoming) }
    if (item.verdict === 'theirs') return { kind: 'replace', record: structuredClone(item.incoming) }
    if (item.verdict === 'conflict') return resolveConflict(item, mine!, choices, now)
    return { kind: 'keep' }
  })
  const result: MergeResult = { added: 0, updated: 0, kept: 0 }
  if (plan.changes === 0) return { ...result, kept: plan.items.length }

  plan.items.forEach((item, i) => {
    const outcome = outcomes[i]!
    const list = draft[item.collection] as ExchangeRecord[]
    if (outcome.kind === 'add') {
      list.push(outcome.record)
      result.added++
    } else if (outcome.kind === 'replace') {
      list[indexes[item.collection].get(item.id)!] = outcome.record
      result.updated++
    } else result.kept++
  })
  const bases = { ...draft.exchange.peers[plan.peer.installationId]?.bases }
  for (const item of plan.items) bases[item.id] = item.incomingFingerprint
  draft.exchange.peers[plan.peer.installationId] = { name: plan.peer.name, lastImportAt: now, bases }
  return result
}
