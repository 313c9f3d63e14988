// Exchange files: packed from a scope; read and planned against the registry; kept for this
// session under a token while the user reviews; applied in one change. Nothing is written when
// the plan changes nothing, so importing the same file twice leaves the data file as it was.
import { format } from 'date-fns'
import { basename, extname } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { readChosenFile } from '../../files/chosenFile'
import { pick } from '../../domain/dates'
import { refreshDueDates } from '../../domain/dueDates'
import { installExchangeFiles } from '../../exchange/files'
import { EXCHANGE_EXTENSION, EXCHANGED_COLLECTIONS, ExchangeError, MAX_EXCHANGE_BYTES, type ExchangeContent } from '../../exchange/format'
import { labelOf, type RecordLabel } from '../../exchange/labels'
import { applyMerge, CHANGED_SINCE_REVIEW, planMerge, type MergeItem, type MergePlan } from '../../exchange/merge'
import type { DeskData, StatusUpdate } from '../../schema'
import { packExchange } from '../../exchange/pack'
import { readingExchange } from '../../exchange/read'
import { markSent } from '../../exchange/revisions'
import { selectRecords } from '../../exchange/scope'
import { safeFileName } from '../../files/fileNames'
import type { exchangeContract } from '../contracts/exchange'
import { DeskError, fileRefused } from '../errors'
import type { CallContext } from '../progress'
import type { ExchangeApplied, ExchangeReview } from '../views'
import type { HandlerContext, HandlersOf } from './context'
import { openFiles } from './openFiles'
import { findOrThrow } from './records'
import { saveAs } from './saveAs'
import { checkProtection, heldTransfers, protect, type Arrival } from './transferFiles'

interface Opened {
  fileName: string
  content: ExchangeContent
  plan: MergePlan
  /** Once applied: what it did. The review stays open and says so; applying again changes nothing. */
  applied: ExchangeApplied | null
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The ids a value holds, wherever in it. */
function idsIn(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (ID.test(value)) into.add(value)
  } else if (Array.isArray(value)) value.forEach((v) => idsIn(v, into))
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => idsIn(v, into))
}

/** Names for the ids the listed differences hold, and the listed updates' commitments: from our records, or from the file's. */
function namesOf(data: DeskData, content: ExchangeContent, items: MergeItem[]): Record<string, RecordLabel> {
  const ids = new Set<string>()
  for (const item of items) {
    for (const d of item.differences) [d.base, d.ours, d.theirs].forEach((v) => idsIn(v, ids))
    // A status update is listed under its commitment, which may not be listed itself.
    if (item.collection === 'statusUpdates' && item.incoming) ids.add((item.incoming as StatusUpdate).commitmentId)
  }
  const names: Record<string, RecordLabel> = {}
  if (ids.size === 0) return names
  for (const collection of EXCHANGED_COLLECTIONS) {
    for (const source of [content.records[collection], data[collection]]) {
      for (const record of source) if (ids.has(record.id)) names[record.id] = labelOf(collection, record)
    }
  }
  return names
}

/** A first exchange of everything lists thousands of new records: the review shows this many. */
const LISTED_NEW = 500

/** Reads and checks the package, saying how many records are checked so far; a cancel stops it between slices. */
async function readOrRefuse(bytes: Uint8Array, fileName: string, call: CallContext): Promise<ExchangeContent> {
  try {
    const reading = readingExchange(bytes)
    for (;;) {
      const step = reading.next()
      if (step.done) return step.value
      await call.progress('checking', step.value, true)
      call.checkCancelled()
    }
  } catch (e) {
    if (e instanceof ExchangeError) throw fileRefused('exchange', e.code, e.message, fileName)
    throw e
  }
}

/**
 * Who we are travels: a laptop that has not said which organisation it is offered the sender's,
 * once that organisation is in its registry (or comes with the file).
 */
function offeredOrganisation(data: DeskData, content: ExchangeContent): ExchangeReview['offeredOrganisation'] {
  const id = content.manifest.from.organisationId
  if (!id || data.settings.ourOrganisationId !== null) return null
  const organisation = data.organisations.find((o) => o.id === id) ?? content.records.organisations.find((o) => o.id === id)
  return organisation ? { id, name: labelOf('organisations', organisation) } : null
}

export function exchangeHandlers(ctx: HandlerContext): HandlersOf<typeof exchangeContract> {
  const data = () => ctx.store.data
  const opened = openFiles<Opened>('exchange', 'This exchange file is no longer open: open it again')
  const sealed = heldTransfers()

  const review = (token: string, { fileName, content, plan, applied }: Opened): ExchangeReview => {
    const changing = plan.items.filter((i) => i.verdict === 'new' || i.verdict === 'theirs' || i.verdict === 'conflict' || i.verdict === 'deleted')
    const newOnes = changing.filter((i) => i.verdict === 'new')
    const listed = [...changing.filter((i) => i.verdict !== 'new'), ...newOnes.slice(0, LISTED_NEW)]
    return {
      token,
      fileName,
      from: plan.peer,
      createdAt: content.manifest.createdAt,
      scope: content.manifest.scope,
      ownFile: plan.ownFile,
      counts: plan.counts,
      changes: plan.changes,
      items: listed.map(({ key, collection, label, verdict, differences, deletion, ours, theirs, incoming }) => {
        const update = collection === 'statusUpdates' && incoming ? (incoming as StatusUpdate) : null
        return { key, collection, label, verdict, differences, deletion, ours, theirs, under: update && `commitments:${update.commitmentId}`, day: update?.date ?? null }
      }),
      unlisted: changing.length - listed.length,
      unlistedByKind: newOnes.slice(LISTED_NEW).reduce<ExchangeReview['unlistedByKind']>((n, i) => ({ ...n, [i.collection]: (n[i.collection] ?? 0) + 1 }), {}),
      files: [
        ...content.records.documents.flatMap((d) => d.sourceFiles.map((f) => ({ f, of: labelOf('documents', d) }))),
        ...content.records.statusUpdates.flatMap((u) => (u.files ?? []).map((f) => ({ f, of: labelOf('statusUpdates', u) }))),
      ]
        .filter(({ f }) => content.files.has(f.storedPath))
        .map(({ f, of }) => ({ name: f.fileName, size: f.size, document: of })),
      names: namesOf(data(), content, listed),
      applied,
      offeredOrganisation: offeredOrganisation(data(), content),
    }
  }

  const open = async ({ name: fileName, bytes }: Arrival, call: CallContext): Promise<ExchangeReview> => {
    await call.progress('checking', undefined, true)
    const content = await readOrRefuse(bytes, fileName, call)
    await call.progress('planning', undefined, true)
    const entry: Opened = { fileName, content, plan: planMerge(data(), content), applied: null }
    // The plan is made in one go: a cancel pressed meanwhile is heard on the next turn, not lost.
    await nextTurn()
    call.checkCancelled()
    return review(opened.keep(entry), entry)
  }

  return {
    exportExchange: async ({ scope, protection }, call) => {
      checkProtection(protection)
      const title = scope.kind === 'meeting' ? pick(findOrThrow(data().meetings, scope.id, 'meeting').title, 'ru') : scope.kind === 'document' ? pick(findOrThrow(data().documents, scope.id, 'document').title, 'ru') : ''
      const ours = data().organisations.find((o) => o.id === data().settings.ourOrganisationId)
      const name = safeFileName(`${ours ? pick(ours.shortName, 'ru') || pick(ours.name, 'ru') : 'Delegation Desk'} ${title} ${format(ctx.clock(), 'yyyy-MM-dd')}`.replace(/\s+/g, ' '), EXCHANGE_EXTENSION)
      const packed = data()
      const saved = await saveAs(ctx, call, name, EXCHANGE_EXTENSION, async () => {
        const bytes = await packExchange(packed, scope, {
          files: ctx.store.files,
          now: ctx.clock(),
          fromName: ours ? pick(ours.name, 'ru') : '',
          // How many records are packed, with a cancel let in between slices (nothing is written yet).
          progress: async (done, total) => {
            await call.progress('packing', { done, total }, true)
            call.checkCancelled()
          },
        })
        if (protection.kind === 'passphrase') await call.progress('sealing')
        return protect(bytes, protection)
      })
      // The records it carried have travelled as they were packed: their next change keeps them as a base.
      if (saved && Object.keys(packed.history.unsent).length > 0) {
        const carried = selectRecords(packed, scope).records
        // Only records still as they were packed: one changed meanwhile has not travelled as it is now.
        const now = new Set<object>(EXCHANGED_COLLECTIONS.flatMap((c): object[] => data()[c]))
        const sent = EXCHANGED_COLLECTIONS.flatMap((c) => carried[c].filter((r) => packed.history.unsent[r.id] && now.has(r)).map((r) => r.id))
        if (sent.length > 0) await ctx.store.update((d) => markSent(d, sent))
      }
      return saved
    },

    openExchangeFile: async (args, call) => {
      if ('held' in args) return open(await sealed.opened(args.held, call), call)
      const chosen = args.path ?? (await ctx.shell.chooseFiles())[0]
      if (!chosen) return null
      // Only exchange files: a path from outside the dialog must not read just any file.
      if (extname(chosen).toLowerCase() !== `.${EXCHANGE_EXTENSION}`) throw fileRefused('exchange', 'not_exchange', `Not a .${EXCHANGE_EXTENSION} file`, basename(chosen))
      await call.progress('reading', undefined, true)
      return open(sealed.arrived({ name: basename(chosen), bytes: await readChosenFile(chosen, 'exchange', MAX_EXCHANGE_BYTES) }), call)
    },

    readExchangeFile: ({ name, base64 }, call) => open(sealed.arrived({ name: basename(name), bytes: new Uint8Array(Buffer.from(base64, 'base64')) }), call),

    getExchangeReview: ({ token }) => review(token, opened.get(token)),

    applyExchange: async ({ token, choices }, call) => {
      const entry = opened.get(token)
      if (entry.applied) return entry.applied
      const { content, plan } = entry
      await call.progress('installing_files')
      const files = await installExchangeFiles(content, ctx.store.files, (done, total) => call.progress('installing_files', { done, total }))
      await call.progress('applying')
      if (plan.changes === 0) return (entry.applied = { added: 0, updated: 0, deleted: 0, kept: plan.items.length, files })
      const result = await ctx.store
        .update((d) => {
          const applied = applyMerge(d, plan, choices, ctx.clock().toISOString())
          // A meeting or status updates taken from the other laptop move the due dates that hang on them.
          refreshDueDates(d)
          return applied
        })
        .catch((e: unknown) => {
          // A refused choice or a plan the registry moved away from: nothing was applied.
          if (!(e instanceof DeskError)) throw new DeskError('conflict', (e as Error).message)
          // Moved away because this file (another review of it) was applied meanwhile: say that.
          if (e.issues[0]?.message === CHANGED_SINCE_REVIEW && planMerge(data(), content).changes === 0) {
            throw new DeskError('conflict', 'Everything in this exchange file is here already', [{ path: '', message: 'validation.exchange.alreadyApplied' }])
          }
          throw e
        })
      return (entry.applied = { ...result, files })
    },

    takeOpenedFiles: () => ctx.shell.takeOpenedFiles(),
  }
}
