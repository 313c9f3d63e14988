// Schema version 7: version 6 plus the revision history the exchange reasons with, kept in the
// shape CouchDB keeps it, so the same records can later replicate with a CouchDB server:
// - every record that travels carries `_rev` ("generation-hash") and `_revisions`, the earlier
//   revisions it descends from (newest first, at most MAX_REVISIONS; a merge names both sides);
// - a deleted record leaves a tombstone (`_deleted: true`) in `history.deleted`, outside the
//   collections, so no list, query or reference check ever sees it, and the deletion travels;
// - `history.bases` keeps the versions of a record that travelled before it changed here (the
//   base a three-way merge compares both sides against), `history.unsent` the records changed
//   here since they last travelled;
// - a peer no longer keeps fingerprints of each record (the revisions replace them).
// Both revision members are optional in a record: one from an exchange file of an older version
// has none, and is at its first revision, named by its content (see exchange/revisions.ts).
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { Country as CountryV1, Id, IsoDateTime, Organisation as OrganisationV1, Person as PersonV1 } from './v1'
import { ExchangePeer, ExchangeState } from './v2'
import { Commitment as CommitmentV3, StatusUpdate as StatusUpdateV3 } from './v3'
import { Document as DocumentV5, Meeting as MeetingV5 } from './v5'
import { DeskDataV6 } from './v6'

/** At most this many earlier revisions are kept per record (CouchDB keeps 1000; a desk needs far fewer). */
export const MAX_REVISIONS = 50
/** At most this many earlier versions are kept as bases per record. */
export const MAX_BASES = 3

/** CouchDB's revision id: the generation (1 for a new record), a dash, a hash of the content. */
export const Revision = z.string().regex(/^[1-9]\d{0,8}-[0-9a-f]{32}$/)

const revisionFields = {
  _rev: Revision.optional(),
  _revisions: z.array(Revision).max(MAX_REVISIONS).optional(),
}

export const TRAVELLING_KINDS = ['countries', 'organisations', 'people', 'meetings', 'documents', 'commitments', 'statusUpdates'] as const
export const TravellingKind = z.enum(TRAVELLING_KINDS)

/** A deleted record: its id, its kind, and the deletion's own revision. */
export const Tombstone = z.strictObject({
  id: Id,
  collection: TravellingKind,
  _rev: Revision,
  _revisions: z.array(Revision).max(MAX_REVISIONS),
  _deleted: z.literal(true),
  deletedAt: IsoDateTime,
})

/** A version of a record as it travelled: only compared with, never stored as a record, so checked loosely. */
export const BaseVersion = z.looseObject({ id: Id, _rev: Revision })

export const History = z.strictObject({
  deleted: z.array(Tombstone),
  bases: z.record(Id, z.array(BaseVersion).max(MAX_BASES)),
  unsent: z.record(Id, z.literal(true)),
})

export const ExchangeStateV7 = ExchangeState.extend({ peers: z.record(Id, ExchangePeer.omit({ bases: true })) })

export const Country = CountryV1.extend(revisionFields)
export const Organisation = OrganisationV1.extend(revisionFields)
export const Person = PersonV1.extend(revisionFields)
// Version 5's meeting keeps its rules on the dates: an extension that keeps refinements.
export const Meeting = MeetingV5.safeExtend(revisionFields)
export const Document = DocumentV5.extend(revisionFields)
export const Commitment = CommitmentV3.extend(revisionFields)
export const StatusUpdate = StatusUpdateV3.extend(revisionFields)

export const DeskDataV7 = DeskDataV6.extend({
  countries: z.array(Country),
  organisations: z.array(Organisation),
  people: z.array(Person),
  meetings: z.array(Meeting),
  documents: z.array(Document),
  commitments: z.array(Commitment),
  statusUpdates: z.array(StatusUpdate),
  exchange: ExchangeStateV7,
  history: History,
})

export type Country = z.infer<typeof Country>
export type Organisation = z.infer<typeof Organisation>
export type Person = z.infer<typeof Person>
export type Meeting = z.infer<typeof Meeting>
export type Document = z.infer<typeof Document>
export type Commitment = z.infer<typeof Commitment>
export type StatusUpdate = z.infer<typeof StatusUpdate>
export type Revision = z.infer<typeof Revision>
export type TravellingKind = z.infer<typeof TravellingKind>
export type Tombstone = z.infer<typeof Tombstone>
export type BaseVersion = z.infer<typeof BaseVersion>
export type History = z.infer<typeof History>

export const emptyHistory = (): History => ({ deleted: [], bases: {}, unsent: {} })

type Json = Record<string, unknown>

/**
 * The upgrade from version 6: each record of a travelling kind gets its first revision
 * (`firstRevision` names it by its content, so two laptops' copies of the same record agree),
 * the history starts empty, and peers drop their fingerprints. Frozen: a later version changes
 * its own step, never this one.
 */
export function upgradeV6ToV7(data: unknown, firstRevision: (record: Json) => string): unknown {
  const v6 = data as Json & { exchange?: Json & { peers?: Record<string, Json> } }
  const upgraded: Json = { ...v6, history: emptyHistory() }
  for (const kind of TRAVELLING_KINDS) {
    const list = v6[kind]
    // A damaged file is left as it is: validation after the upgrade says what is wrong with it.
    if (Array.isArray(list)) upgraded[kind] = list.map((r: unknown) => (r !== null && typeof r === 'object' && !('_rev' in r) ? { ...r, _rev: firstRevision(r as Json), _revisions: [] } : r))
  }
  if (v6.exchange?.peers) {
    const peers = Object.fromEntries(Object.entries(v6.exchange.peers).map(([id, { bases: _bases, ...peer }]) => [id, peer]))
    upgraded.exchange = { ...v6.exchange, peers }
  }
  return upgraded
}
