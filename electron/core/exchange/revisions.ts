// Revisions, CouchDB's way: a record's `_rev` is its generation and a hash of its content, and
// `_revisions` the revisions it descends from. Every change that becomes the new state passes
// through `stampRevisions`: a record that really changed gets a new revision, a deleted one
// leaves a tombstone. Immer keeps unchanged records by identity, so finding what changed costs a
// comparison per record, and hashing only the changed ones.
import { createHash } from 'node:crypto'
import { current, isDraft, original, type Draft } from 'immer'
import { canonicalJson } from '../domain/canonicalJson'
import { MAX_BASES, MAX_REVISIONS, TRAVELLING_KINDS, type BaseVersion, type DeskData, type Tombstone, type TravellingKind } from '../schema'
import type { Store } from '../store/store'

type Json = Record<string, unknown>
export interface Revised {
  id: string
  _rev?: string
  _revisions?: string[]
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32)
export const generationOf = (rev: string) => Number(rev.slice(0, rev.indexOf('-')))

/** What a revision names: everything but the revision members themselves. */
export function contentOf(record: object): Json {
  const { _rev: _r, _revisions: _h, ...content } = record as Json
  return content
}

/** A record's first revision, named by its content alone: two laptops' copies of the same record agree. */
export const firstRevision = (record: object) => `1-${hash(canonicalJson(contentOf(record)))}`

/** The revision a record is at: its own, or (a record from before revisions) its first. */
export const revisionOf = (record: Revised) => record._rev ?? firstRevision(record)

/** The revision and every earlier one it descends from, newest first. */
export const chainOf = (record: Revised | Tombstone): string[] => [revisionOf(record), ...(record._revisions ?? [])]

/** Whether `rev` is the record's revision or one it descends from: the record has it, or has superseded it. */
export const hasSeen = (record: Revised | Tombstone, rev: string) => revisionOf(record) === rev || (record._revisions ?? []).includes(rev)

/** Newest first by generation, then by hash: the same order on every laptop. */
export const byRecency = (a: string, b: string) => generationOf(b) - generationOf(a) || (a < b ? 1 : a > b ? -1 : 0)

/**
 * The revision that follows `parents` (one for an edit, two for a merge) with `content`, and
 * its history: deterministic, so two laptops making the same merge make the same revision.
 */
export function nextRevision(parents: (Revised | Tombstone)[], content: unknown): { _rev: string; _revisions: string[] } {
  const heads = parents.map(revisionOf).sort(byRecency)
  const generation = generationOf(heads[0]!) + 1
  const history = [...new Set(parents.flatMap(chainOf))].sort(byRecency).slice(0, MAX_REVISIONS)
  return { _rev: `${generation}-${hash(`${heads.join(',')}\n${canonicalJson(content)}`)}`, _revisions: history }
}

/** Content equal but for the time of the last save: saving a form unchanged is no change. */
export const sameContent = (a: object, b: object) => {
  const { updatedAt: _a, ...x } = contentOf(a)
  const { updatedAt: _b, ...y } = contentOf(b)
  return canonicalJson(x) === canonicalJson(y)
}

/** Keeps a version that may have travelled as a base for later merges (newest first, bounded). */
export function keepBase(history: Draft<DeskData['history']>, record: Revised): void {
  const rev = revisionOf(record)
  const kept = (history.bases[record.id] ?? []).filter((b) => b._rev !== rev)
  history.bases[record.id] = [{ ...structuredClone(record), _rev: rev } as BaseVersion, ...kept].slice(0, MAX_BASES)
}

/** Forgets what the history keeps of a record that is no longer here. */
export function forgetBases(history: Draft<DeskData['history']>, id: string): void {
  delete history.bases[id]
  delete history.unsent[id]
}

export function tombstoneOf(record: Revised, collection: TravellingKind, deletedAt: string, also: (Revised | Tombstone)[] = []): Tombstone {
  return { id: record.id, collection, ...nextRevision([record, ...also], { id: record.id, _deleted: true }), _deleted: true, deletedAt }
}

/**
 * Stamps, in `draft`, what the change from `before` made: a new revision for each record whose
 * content changed (a record the change gave a revision of its own, as a merge does, keeps it), a
 * first revision for a new one, a tombstone for each deleted one (unless the change left one).
 * A record saved unchanged is put back as it was, its time included. The first change after a
 * record travelled keeps the travelled version as a base.
 */
export function stampRevisions(before: DeskData, draft: Draft<DeskData>, now: string): void {
  // A change that puts a history of its own in place (a restored backup, the demo): what it
  // removes was not deleted by anyone, so it leaves no tombstone to travel.
  const replaced = !isDraft(draft.history) && (draft.history as DeskData['history']) !== before.history
  const history = draft.history
  let tombstones: Set<string> | null = null
  for (const kind of TRAVELLING_KINDS) {
    const list = draft[kind] as unknown as Revised[]
    // A recipe may put a new array in place (a filter), holding drafts or plain records.
    const plainOf = (value: Revised) => (isDraft(value) ? (current(value) as Revised) : value)
    // current() copies what is not frozen: records added in bulk come frozen (see applyMerge).
    const after = isDraft(list) ? (current(list) as Revised[]) : list.map(plainOf)
    const earlier = before[kind] as Revised[]
    if (after === earlier) continue
    const earlierById = new Map(earlier.map((r) => [r.id, r]))
    const live = new Set<string>()
    after.forEach((record, i) => {
      live.add(record.id)
      const old = earlierById.get(record.id)
      if (old === record) return
      if (!old) {
        tombstones ??= new Set(history.deleted.map((t) => t.id))
        // Back after a deletion (a restored backup): the record supersedes its tombstone.
        if (tombstones.has(record.id)) {
          tombstones.delete(record.id)
          const [tombstone] = history.deleted.splice(history.deleted.findIndex((t) => t.id === record.id), 1)
          if (!hasSeen(record, tombstone!._rev)) list[i] = { ...record, ...nextRevision([record, tombstone!], contentOf(record)) }
        } else if (record._rev === undefined) list[i] = { ...record, _rev: firstRevision(record), _revisions: [] }
        return
      }
      if (record._rev !== undefined && record._rev !== old._rev) return
      if (sameContent(old, record)) {
        list[i] = old
        return
      }
      if (!history.unsent[record.id]) {
        keepBase(history, old)
        history.unsent[record.id] = true
      }
      list[i] = { ...record, ...nextRevision([old], contentOf(record)) }
    })
    for (const old of earlier) {
      if (live.has(old.id) || replaced) continue
      tombstones ??= new Set(history.deleted.map((t) => t.id))
      if (!tombstones.has(old.id)) history.deleted.push(tombstoneOf(old, kind, now))
      forgetBases(history, old.id)
    }
  }
}

/**
 * The store as the handlers see it: every change is stamped before it becomes the new state.
 * Everything else is the store itself.
 */
export function withRevisions(store: Store, now: () => Date): Store {
  const update: Store['update'] = (recipe) =>
    store.update((draft) => {
      const result = recipe(draft)
      stampRevisions(original(draft) as DeskData, draft, now().toISOString())
      return result
    })
  return new Proxy(store, {
    get(target, property) {
      if (property === 'update') return update
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })
}

/** After a package is saved: the records it carried have travelled at their current revision. */
export function markSent(draft: Draft<DeskData>, carried: Iterable<string>): void {
  for (const id of carried) delete draft.history.unsent[id]
}
