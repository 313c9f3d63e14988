// Which requests a selection makes: one per owner organisation (any role, our own organisation
// left out: the secretariat does not ask itself), each listing that owner's commitments of the
// selection in the selection's order. The lookup tables are built once for the whole run, so
// 200 owners of 10,000 commitments cost one pass, not one per owner.
import { historiesOf } from '../domain/commitmentQuery'
import { textOrder } from '../domain/collation'
import { formatDay, pick } from '../domain/dates'
import type { CommitmentListItem } from '../ops/views'
import type { Commitment, CommitmentStatus, DeskData, OutputLanguage, UpdateRequest } from '../schema'

/** One row of a request's workbook: what the owner is shown of a commitment. */
export interface RequestRow {
  commitmentId: string
  clause: string
  text: string
  deadline: string
  /** The due date at 00:00 UTC, or null. */
  dueDate: Date | null
  lastStatus: CommitmentStatus
}

export interface PlannedRequest {
  request: UpdateRequest
  rows: RequestRow[]
}

export interface RequestRun {
  replyBy: string
  language: OutputLanguage
  subject: string
  today: string
  now: string
}

export function planRequests(data: DeskData, items: readonly CommitmentListItem[], run: RequestRun): PlannedRequest[] {
  const commitments = new Map<string, Commitment>(data.commitments.map((c) => [c.id, c]))
  const organisations = new Map(data.organisations.map((o) => [o.id, o]))
  const histories = historiesOf(data.statusUpdates)
  const ours = data.settings.ourOrganisationId
  const byOwner = new Map<string, PlannedRequest>()
  for (const item of items) {
    const commitment = commitments.get(item.id)
    if (!commitment) continue
    const row: RequestRow = {
      commitmentId: item.id,
      clause: commitment.clause,
      text: commitment.text,
      deadline: commitment.deadline.words,
      dueDate: commitment.deadline.dueDate === null ? null : new Date(`${commitment.deadline.dueDate}T00:00:00Z`),
      lastStatus: item.status,
    }
    const lastUpdateId = histories.get(item.id)?.latest?.id ?? null
    for (const organisationId of new Set(commitment.owners.map((o) => o.organisationId))) {
      if (organisationId === ours) continue
      let planned = byOwner.get(organisationId)
      if (!planned) {
        const org = organisations.get(organisationId)
        planned = {
          request: {
            id: crypto.randomUUID(),
            createdAt: run.now,
            updatedAt: run.now,
            organisationId,
            organisationName: org ? pick(org.name, run.language) : '?',
            subject: run.subject,
            sentOn: run.today,
            replyBy: run.replyBy,
            language: run.language,
            items: [],
            reply: null,
          },
          rows: [],
        }
        byOwner.set(organisationId, planned)
      }
      planned.request.items.push({ commitmentId: item.id, lastUpdateId })
      planned.rows.push(row)
    }
  }
  const order = textOrder(run.language)
  return [...byOwner.values()].sort((a, b) => order(a.request.organisationName, b.request.organisationName))
}

/** The reply-by date as the letter and the workbook write it. */
export const replyByWords = (request: Pick<UpdateRequest, 'replyBy' | 'language'>) => formatDay(request.replyBy, request.language)
