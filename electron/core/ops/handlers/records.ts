// Creating, changing and deleting records: ids and times, reference checks, refused deletes.
// One implementation for every collection, so each area only says what its records point to.
import { current, isDraft } from 'immer'
import { randomUUID } from 'node:crypto'
import type { Draft } from 'immer'
import { dependentsOf, type RecordKind } from '../../domain/dependents'
import type { DeskData } from '../../schema'
import { DeskError, type ErrorIssue } from '../errors'
import type { HandlerContext } from './context'

type Collection = 'countries' | 'organisations' | 'people' | 'meetings' | 'documents' | 'commitments' | 'briefs'
type RecordOf<C extends Collection> = DeskData[C][number]

/** A reference an input makes: the field, what it must point to, and the id. */
export interface Ref {
  path: string
  collection: Collection
  id: string | null
}

export const stamp = (now: Date) => {
  const time = now.toISOString()
  return { id: randomUUID(), createdAt: time, updatedAt: time }
}

export function findOrThrow<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((r) => r.id === id)
  if (!found) throw new DeskError('not_found', `No ${what} with id ${id}`, [{ path: 'id', message: 'validation.notFound' }])
  return found
}

/** Throws `invalid_arguments`, naming each field whose id points to nothing. */
/**
 * The data as it stands within a change, as plain objects, for reading many records: each record
 * read through a draft becomes a proxy of its own (10,000 of them to find one commitment). A
 * collection is copied out of the draft when first read (not at all when it is unchanged), so a
 * view is for reading now: made again after the change goes on.
 */
export function asRead(data: Draft<DeskData> | DeskData): DeskData {
  if (!isDraft(data)) return data as DeskData
  const view = {} as DeskData
  for (const key of Object.keys(data) as (keyof DeskData)[]) {
    Object.defineProperty(view, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = data[key]
        const plain = isDraft(value) ? current(value) : value
        Object.defineProperty(view, key, { enumerable: true, value: plain })
        return plain
      },
    })
  }
  return view
}

export function checkRefs(data: Draft<DeskData> | DeskData, refs: Ref[]): void {
  const read = asRead(data)
  // One set of ids per collection: a bulk action names thousands of records.
  const ids = new Map<Collection, Set<string>>()
  const idsOf = (collection: Collection) => {
    let set = ids.get(collection)
    if (!set) ids.set(collection, (set = new Set((read[collection] as { id: string }[]).map((rec) => rec.id))))
    return set
  }
  const issues: ErrorIssue[] = refs
    .filter((r) => r.id !== null && !idsOf(r.collection).has(r.id))
    .map((r) => ({ path: r.path, message: 'validation.unknownRef' }))
  if (issues.length > 0) throw new DeskError('invalid_arguments', `Unknown references: ${issues.map((i) => i.path).join(', ')}`, issues)
}

export function refuseIfUsed(data: DeskData, kind: RecordKind, id: string): void {
  const dependents = dependentsOf(data, kind, id)
  if (dependents.length > 0) {
    throw new DeskError('conflict', `It is still used by ${dependents.length} record(s); change or delete those first.`, [], dependents)
  }
}

interface RecordOpsSpec<C extends Collection, I> {
  collection: C
  kind: RecordKind
  what: string
  /** The references an input makes, checked before anything is saved. */
  refs: (input: I, id: string | null) => Ref[]
  /** Further rules on the whole data (uniqueness, cycles); throw a DeskError to refuse. */
  check?: (data: Draft<DeskData>, input: I, id: string | null) => void
  /** Runs inside every change, after it is made (e.g. to move due dates that hang on meetings). */
  afterChange?: (data: Draft<DeskData>) => void
  /** Turns the input into the stored fields (e.g. computes a due date); `existing` on update. */
  toFields?: (data: Draft<DeskData>, input: I, existing: RecordOf<C> | null) => Omit<RecordOf<C>, 'id' | 'createdAt' | 'updatedAt' | 'sample'>
}

export function recordOps<C extends Collection, I extends object>(ctx: HandlerContext, spec: RecordOpsSpec<C, I>) {
  const list = (d: Draft<DeskData>) => d[spec.collection] as unknown as RecordOf<C>[]
  const fields = (d: Draft<DeskData>, input: I, existing: RecordOf<C> | null) => (spec.toFields ? spec.toFields(d, input, existing) : input)
  const prepare = (d: Draft<DeskData>, input: I, id: string | null) => {
    checkRefs(d, spec.refs(input, id))
    spec.check?.(d, input, id)
  }
  /** Adds a record inside a change already under way (a bulk import makes many in one change). */
  const insert = (d: Draft<DeskData>, input: I): RecordOf<C> => {
    prepare(d, input, null)
    const record = { ...stamp(ctx.clock()), ...fields(d, input, null) } as RecordOf<C>
    list(d).push(record)
    spec.afterChange?.(d)
    return record
  }
  return {
    insert,
    create: (input: I): Promise<RecordOf<C>> => ctx.store.update((d) => insert(d, input)),
    update: ({ id, input }: { id: string; input: I }): Promise<RecordOf<C>> =>
      ctx.store.update((d) => {
        const existing = findOrThrow(list(d), id, spec.what)
        prepare(d, input, id)
        // Keeps what the input does not carry: id, creation time, the sample mark.
        Object.assign(existing, fields(d, input, existing), { updatedAt: ctx.clock().toISOString() })
        spec.afterChange?.(d)
        return current(existing as Draft<RecordOf<C>>) as RecordOf<C>
      }),
    remove: ({ id }: { id: string }): Promise<void> =>
      ctx.store.update((d) => {
        findOrThrow(list(d), id, spec.what)
        refuseIfUsed(d as DeskData, spec.kind, id)
        const l = list(d)
        l.splice(
          l.findIndex((r) => r.id === id),
          1,
        )
        spec.afterChange?.(d)
      }),
  }
}
