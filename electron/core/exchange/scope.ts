// Which records a package carries. A scope names what the user chose to send; everything those
// records point to follows (the closure), so the package stands on its own: the receiver can add
// it to an empty registry and no reference dangles.
import type { DeskData } from '../schema'
import { organisationsOf } from '../domain/dependents'
import { DeskError } from '../ops/errors'
import { EXCHANGED_COLLECTIONS, type ExchangeRecord, type ExchangeRecords, type ExchangeScope, type ExchangedCollection } from './format'

/** What the user asks to send; the package's manifest adds the title. */
export type PackScope = { kind: 'all' } | { kind: 'meeting' | 'document'; id: string }

type Reference = readonly [ExchangedCollection, string | null]

/**
 * The records a record points to: the same links `findBrokenReferences` checks, plus the update
 * a status update corrects (not checked there, but a correction without what it corrects reads wrong).
 */
function referencesOf(collection: ExchangedCollection, record: ExchangeRecord): Reference[] {
  // The collection tells the record's type; TypeScript cannot narrow a record by a separate key.
  const get = <C extends ExchangedCollection>(_: C) => record as ExchangeRecords[C][number]
  switch (collection) {
    case 'countries':
      return []
    case 'organisations': {
      const o = get('organisations')
      return [
        ['countries', o.countryId],
        ['organisations', o.parentId],
      ]
    }
    case 'people': {
      const p = get('people')
      return [['organisations', p.organisationId], ...p.meetingIds.map((id) => ['meetings', id] as const)]
    }
    case 'meetings': {
      const m = get('meetings')
      return [
        ['countries', m.chairCountryId],
        ...m.participants.flatMap((p) => [['countries', p.countryId] as const, ['organisations', p.organisationId] as const]),
      ]
    }
    case 'documents': {
      const d = get('documents')
      return [
        ['meetings', d.meetingId],
        ['documents', d.parentDocumentId],
        ['documents', d.adoption.approvedByDocumentId],
        ...d.parties.map((p) => ['countries', p.countryId] as const),
      ]
    }
    case 'commitments': {
      const c = get('commitments')
      return [
        ['documents', c.documentId],
        // Owners and the steps' owners: a package carries every organisation its commitments name.
        ...organisationsOf(c).map((id) => ['organisations', id] as const),
        ...c.partnerCountryIds.map((id) => ['countries', id] as const),
        ...c.relatedIds.map((id) => ['commitments', id] as const),
      ]
    }
    case 'statusUpdates': {
      const u = get('statusUpdates')
      return [
        ['commitments', u.commitmentId],
        ['statusUpdates', u.correctsId],
      ]
    }
  }
}

/** The chosen records of a scope, before the closure: what the user means by "this meeting". */
function rootsOf(data: DeskData, scope: PackScope): Reference[] {
  if (scope.kind === 'all') return EXCHANGED_COLLECTIONS.flatMap((c) => data[c].map((r) => [c, r.id] as const))
  const documentIds = new Set(
    scope.kind === 'document' ? [scope.id] : data.documents.filter((d) => d.meetingId === scope.id).map((d) => d.id),
  )
  const commitmentIds = new Set(data.commitments.filter((c) => documentIds.has(c.documentId)).map((c) => c.id))
  return [
    // A meeting's counterparts: nothing points to people, so they would never follow by closure.
    ...(scope.kind === 'meeting'
      ? [['meetings', scope.id] as const, ...data.people.filter((p) => p.meetingIds.includes(scope.id)).map((p) => ['people', p.id] as const)]
      : []),
    ...[...documentIds].map((id) => ['documents', id] as const),
    ...[...commitmentIds].map((id) => ['commitments', id] as const),
    ...data.statusUpdates.filter((u) => commitmentIds.has(u.commitmentId)).map((u) => ['statusUpdates', u.id] as const),
  ]
}

function titleOf(data: DeskData, scope: PackScope): ExchangeScope {
  if (scope.kind === 'all') return scope
  const record = scope.kind === 'meeting' ? data.meetings.find((m) => m.id === scope.id) : data.documents.find((d) => d.id === scope.id)
  if (!record) throw new DeskError('not_found', `No ${scope.kind} ${scope.id}`)
  return { kind: scope.kind, id: scope.id, title: record.title }
}

/** The records a package of `scope` carries, in the registry's order, and the scope as the manifest states it. */
export function selectRecords(data: DeskData, scope: PackScope): { records: ExchangeRecords; scope: ExchangeScope } {
  const described = titleOf(data, scope)
  const byId = Object.fromEntries(EXCHANGED_COLLECTIONS.map((c) => [c, new Map<string, ExchangeRecord>(data[c].map((r) => [r.id, r]))])) as Record<
    ExchangedCollection,
    Map<string, ExchangeRecord>
  >
  const chosen = Object.fromEntries(EXCHANGED_COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<ExchangedCollection, Set<string>>
  const queue: Reference[] = []
  const want = ([collection, id]: Reference) => {
    if (id === null || chosen[collection].has(id) || !byId[collection].has(id)) return
    chosen[collection].add(id)
    queue.push([collection, id])
  }
  rootsOf(data, scope).forEach(want)
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [collection, id] = next
    referencesOf(collection, byId[collection].get(id!)!).forEach(want)
  }
  const pick = <C extends ExchangedCollection>(c: C) => data[c].filter((r) => chosen[c].has(r.id)) as ExchangeRecords[C]
  return {
    scope: described,
    records: {
      countries: pick('countries'),
      organisations: pick('organisations'),
      people: pick('people'),
      meetings: pick('meetings'),
      documents: pick('documents'),
      commitments: pick('commitments'),
      statusUpdates: pick('statusUpdates'),
    },
  }
}
