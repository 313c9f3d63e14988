// Commitments, their status history, the list's filters and the dashboard.
import { z } from 'zod'
import { CommitmentInput, CommitmentStatus, Id, IsoDate, OwnerRole, ShortText, StatusUpdateInput, type Commitment, type SourceFile, type StatusUpdate } from '../../schema'
import { byId, noArgs, op } from '../spec'
import type { CommitmentDetail, CommitmentList, Dashboard } from '../views'

export const CommitmentSort = z.enum(['due', 'status', 'document', 'updated', 'clause'])
export const ChangeKind = z.enum(['new', 'status', 'completed'])

/** The commitments list's filters and order. The list's URL carries exactly these. */
export const CommitmentQuery = z
  .object({
    /** Commitments our organisation leads, or owns in any role. */
    mine: z.enum(['lead', 'any']).optional(),
    ownerId: Id.optional(),
    /** An owner's country or a partner country. */
    countryId: Id.optional(),
    meetingId: Id.optional(),
    documentId: Id.optional(),
    theme: ShortText.optional(),
    status: z.array(CommitmentStatus).optional(),
    overdue: z.boolean().optional(),
    /** Due from today to today + N days, not completed or cancelled. */
    dueWithin: z.number().int().min(0).max(3650).optional(),
    /** Due in this calendar month (YYYY-MM), not completed or cancelled. */
    dueMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month').optional(),
    priority: z.boolean().optional(),
    /** Words to find in clause, text, summary and owner names; case and ё/е do not matter. */
    text: ShortText.optional(),
    /** With `change`: what happened on or after this date. */
    changedSince: IsoDate.optional(),
    change: ChangeKind.optional(),
    /** Updated (a status update dated) on or after this date. */
    updatedSince: IsoDate.optional(),
    sort: CommitmentSort.optional(),
    desc: z.boolean().optional(),
  })
  .strict()
export type CommitmentQuery = z.infer<typeof CommitmentQuery>
export type CommitmentSort = z.infer<typeof CommitmentSort>
export type ChangeKind = z.infer<typeof ChangeKind>

/** A status update for several commitments at once: the same update for each. */
const BulkUpdate = StatusUpdateInput.omit({ commitmentId: true, correctsId: true })

/**
 * The rows of the list a window shows: the query, and which of its matches (the list renders
 * the rows in view, so it asks for those, and learns how many match in all).
 */
const ListWindow = CommitmentQuery.extend({
  /** The first match to return, in the query's order. */
  offset: z.number().int().min(0).optional(),
  /** How many matches from there; without it, every one. 0 counts them only. */
  limit: z.number().int().min(0).max(1000).optional(),
})

export const commitmentsContract = {
  queryCommitments: op<CommitmentList>()(ListWindow),
  /** Every match's id, in order: what "select all" selects, without their rows. */
  commitmentIds: op<string[]>()(CommitmentQuery),
  /** How many commitments each document holds, by document id. */
  commitmentCounts: op<Record<string, number>>()(noArgs),
  getCommitment: op<CommitmentDetail>()(byId),
  createCommitment: op<Commitment>()(CommitmentInput.strict()),
  updateCommitment: op<Commitment>()(z.object({ id: Id, input: CommitmentInput }).strict()),
  /** Deletes the commitment with its status history, and removes links to it. */
  deleteCommitment: op<void>()(byId),
  /** Appends to the history; nothing in it is ever edited. A correction names the update it corrects. */
  addStatusUpdate: op<StatusUpdate>()(StatusUpdateInput.strict()),
  /**
   * Asks for files to attach to an update being written and copies them into the data folder;
   * the update names them when it is added ([] when the user cancelled).
   */
  chooseUpdateFiles: op<SourceFile[]>()(noArgs),
  /** Opens a file of an update with the system's viewer. */
  openUpdateFile: op<void>()(z.object({ updateId: Id, fileId: Id }).strict()),

  bulkSetOwner: op<{ changed: number }>()(
    z
      .object({
        ids: z.array(Id).min(1),
        organisationId: Id,
        role: OwnerRole,
        /** add: keep the other owners; replace: this organisation becomes the only owner. */
        mode: z.enum(['add', 'replace']),
      })
      .strict(),
  ),
  bulkAddStatusUpdate: op<{ added: number }>()(z.object({ ids: z.array(Id).min(1), update: BulkUpdate.strict() }).strict()),

  /** Every theme in use, for the filter. */
  listThemes: op<string[]>()(noArgs),
  getDashboard: op<Dashboard>()(
    z
      .object({
        /** "Changed since": a date; defaults to the last held meeting's date. */
        since: IsoDate.optional(),
        /** Commitments our organisation leads, or owns in any role (the default). */
        mine: z.enum(['lead', 'any']).optional(),
      })
      .strict(),
  ),
}
