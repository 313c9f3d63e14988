// The implementation of every operation in the contract. Arguments arrive already validated.
import type { Draft } from 'immer'
import { buildDemoData } from '../demo/demoData'
import { currentStatus, isOverdue, updatesByCommitment } from '../domain/status'
import { CommitmentStatus, type Commitment, type DeskData, type StatusUpdate } from '../schema'
import type { Store } from '../store/store'
import type { OperationName, ParsedArgsOf, ResultOf } from './contract'
import { DeskError } from './errors'
import type { AppStatus, CommitmentRow } from './views'

export interface HandlerContext {
  store: Store
  today: () => string
  status: () => AppStatus
}

/** getStatus is answered by the Desk itself: it must work even when the store is blocked. */
export type Handlers = {
  [K in Exclude<OperationName, 'getStatus'>]: (args: ParsedArgsOf<K>) => Promise<ResultOf<K>> | ResultOf<K>
}

function toRow(commitment: Commitment, updates: StatusUpdate[], today: string): CommitmentRow {
  const status = currentStatus(updates)
  const lastUpdateDate = updates.reduce<string | null>((max, u) => (max === null || u.date > max ? u.date : max), null)
  return { commitment, status, overdue: isOverdue(commitment, status, today), lastUpdateDate }
}

function rows(data: DeskData, today: string, keep: (c: Commitment) => boolean): CommitmentRow[] {
  const byCommitment = updatesByCommitment(data.statusUpdates)
  return data.commitments.filter(keep).map((c) => toRow(c, byCommitment.get(c.id) ?? [], today))
}

const ownedBy = (organisationId: string | null) => (c: Commitment) =>
  organisationId !== null && c.owners.some((o) => o.organisationId === organisationId)

function requireFirstRun(store: Store) {
  if (store.onDisk) throw new DeskError('conflict', 'The data folder already holds data; the demo loads only into an empty one.')
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const { store } = ctx
  const data = () => store.data

  return {
    loadDemo: async () => {
      requireFirstRun(store)
      const demo = buildDemoData()
      await store.update((draft: Draft<DeskData>) => {
        Object.assign(draft, demo)
      })
      return ctx.status()
    },

    startEmpty: async () => {
      requireFirstRun(store)
      await store.persist()
      return ctx.status()
    },

    getSettings: () => data().settings,

    updateSettings: async (args) => {
      const { ourOrganisationId, language } = args
      if (ourOrganisationId && !data().organisations.some((o) => o.id === ourOrganisationId)) {
        throw new DeskError('not_found', 'No such organisation', [{ path: 'ourOrganisationId', message: 'No such organisation' }])
      }
      await store.update((draft) => {
        if (ourOrganisationId !== undefined) draft.settings.ourOrganisationId = ourOrganisationId
        if (language !== undefined) draft.settings.language = language
      })
      return data().settings
    },

    listCountries: () => data().countries,
    listOrganisations: () => data().organisations,
    listPeople: () => data().people,
    listMeetings: () => data().meetings,
    listDocuments: () => data().documents,
    listBriefs: () => data().briefs,

    listCommitments: (args) => {
      const mine = ownedBy(data().settings.ourOrganisationId)
      return rows(data(), ctx.today(), (c) => (!args.documentId || c.documentId === args.documentId) && (!args.mine || mine(c)))
    },

    getDashboard: () => {
      const today = ctx.today()
      const { settings, organisations } = data()
      const ours = rows(data(), today, ownedBy(settings.ourOrganisationId))
      const byStatus = Object.fromEntries(CommitmentStatus.options.map((s) => [s, 0])) as Record<(typeof CommitmentStatus.options)[number], number>
      for (const r of ours) byStatus[r.status]++
      const overdue = ours
        .filter((r) => r.overdue)
        .sort((a, b) => (a.commitment.deadline.dueDate ?? '').localeCompare(b.commitment.deadline.dueDate ?? ''))
      return {
        today,
        ourOrganisation: organisations.find((o) => o.id === settings.ourOrganisationId) ?? null,
        total: ours.length,
        byStatus,
        overdue,
      }
    },
  }
}
