// What a merge plan is: pure types, shared with the renderer's review page (no Node imports here).
import type { ExchangeRecord, ExchangedCollection } from './format'
import type { RecordLabel } from './labels'

/**
 * - new: we have no record with that id;
 * - same: the content is equal;
 * - theirs: changed on their side only (ours is at the base): taken;
 * - ours: changed on our side only (theirs is at the base): nothing to do;
 * - conflict: changed on both sides, or no base tells which side changed: the user chooses per field.
 */
export type MergeVerdict = 'new' | 'same' | 'theirs' | 'ours' | 'conflict'

export interface FieldDifference {
  /** A top-level field of the record. */
  field: string
  /** undefined where that side does not have the field (an optional one). */
  ours: unknown
  theirs: unknown
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
  incoming: ExchangeRecord
  incomingFingerprint: string
  /** Ours when the plan was made (null for new): applying refuses a plan the registry has moved away from. */
  localFingerprint: string | null
}

export interface MergePlan {
  peer: { installationId: string; name: string }
  /** The package was made on this installation: harmless (it merges like any other), but worth saying. */
  ownFile: boolean
  items: MergeItem[]
  counts: Record<MergeVerdict, number>
  /** Records applying would add or change (new, theirs, conflict); 0: applying changes nothing, skip the write. */
  changes: number
}

export type FieldChoice = 'ours' | 'theirs'
/** Item key → differing field → the side to take. Needed for every field of every conflict. */
export type MergeChoices = Record<string, Record<string, FieldChoice>>

