// What a merge plan is: pure types, shared with the renderer's review page (no Node imports here).
import type { Tombstone } from '../schema/v7'
import type { ExchangeRecord, ExchangedCollection } from './format'
import type { RecordLabel } from './labels'

/**
 * Each incoming record (or tombstone) against ours, by their revisions:
 * - new: we have no record with that id, and never deleted one;
 * - same: the same revision, or the same content (the same change made on both sides);
 * - ours: nothing new: we have their revision or one that superseded it (an older file, or a
 *   change made here since);
 * - theirs: changed there, and what changed is taken without a question (changed there only,
 *   or fields changed there only, merged field by field with ours against the shared version);
 * - conflict: a field changed differently on both sides since the shared version (or there is
 *   no shared version and the records differ): the user chooses per such field;
 * - deleted: deleted on one side, there or here, while the other still has the record: the user
 *   deletes it or keeps it (see `MergeItem.deletion`);
 * - gone: a deletion of a record we do not have (or have deleted too): remembered, so no laptop
 *   brings it back as new.
 */
export type MergeVerdict = 'new' | 'same' | 'ours' | 'theirs' | 'conflict' | 'deleted' | 'gone'

export interface FieldDifference {
  /** A top-level field of the record, or one language of a bilingual text (`name.ru`). */
  field: string
  /** The version both sides last shared; undefined where it lacks the field, or there is none (`hasBase`). */
  base: unknown
  hasBase: boolean
  /** undefined where that side does not have the field (an optional one). */
  ours: unknown
  theirs: unknown
  /** Changed differently on both sides: a choice is needed. Otherwise theirs is taken. */
  conflict: boolean
}

export interface Deletion {
  /** there: the other laptop deleted the record we have; here: we deleted the record they have. */
  side: 'there' | 'here'
  /** The side that still has the record changed it after the version that was deleted: a choice is needed. */
  changedSince: boolean
}

/** Who changed a record last, and when, on each side. */
export interface SideStamp {
  updatedAt: string | null
  deletedAt: string | null
}

export interface MergeItem {
  /** `${collection}:${id}`: what choices are keyed by. */
  key: string
  collection: ExchangedCollection
  id: string
  label: RecordLabel
  verdict: MergeVerdict
  /** For `theirs` (what taking it changes) and `conflict` (what to choose between); otherwise empty. */
  differences: FieldDifference[]
  /** For `deleted`. */
  deletion: Deletion | null
  ours: SideStamp
  theirs: SideStamp
  /** Their record; null for a deletion. */
  incoming: ExchangeRecord | null
  /** Their tombstone, for a deletion. */
  deletedThere: Tombstone | null
  incomingRev: string
  /** Our revision when the plan was made (null for none): applying refuses a plan the registry has moved away from. */
  localRev: string | null
}

export interface MergePlan {
  peer: { installationId: string; name: string }
  /** The package was made on this installation: harmless (it merges like any other), but worth saying. */
  ownFile: boolean
  items: MergeItem[]
  counts: Record<MergeVerdict, number>
  /** Items applying would change something for (a same record's newer-named revision included); 0: applying changes nothing, skip the write. */
  changes: number
}

export type FieldChoice = 'ours' | 'theirs'
/** For a deletion: delete the record on both sides, or keep it on both. */
export type DeletionChoice = 'delete' | 'keep'
export const DELETION_FIELD = '_deleted'
/**
 * Item key → conflicting field → the side to take; for a deletion, `_deleted` → delete or keep.
 * Needed for every conflicting field, and for a deletion whose record changed since.
 */
export type MergeChoices = Record<string, Record<string, FieldChoice | DeletionChoice>>

/** What a deletion comes to without a choice: deleted when the record stayed as it was deleted, otherwise no default. */
export const defaultDeletion = (d: Deletion): DeletionChoice | null => (d.changedSince ? null : d.side === 'there' ? 'delete' : 'keep')
