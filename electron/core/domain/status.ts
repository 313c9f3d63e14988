// Derived commitment state: current status from the append-only history, and overdue.
// Nothing here is stored: it is computed against the injectable clock's "today".
import type { Commitment, CommitmentStatus, StatusUpdate } from '../schema'

const byRecency = (a: StatusUpdate, b: StatusUpdate) =>
  a.date === b.date ? a.createdAt.localeCompare(b.createdAt) : a.date.localeCompare(b.date)

/** The latest update of each source; a later update (including a correction) supersedes earlier ones. */
export function latestUpdates(updates: StatusUpdate[]): { selfReport: StatusUpdate | null; assessment: StatusUpdate | null } {
  let selfReport: StatusUpdate | null = null
  let assessment: StatusUpdate | null = null
  for (const u of updates) {
    if (u.source === 'self_report') {
      if (!selfReport || byRecency(selfReport, u) < 0) selfReport = u
    } else if (!assessment || byRecency(assessment, u) < 0) {
      assessment = u
    }
  }
  return { selfReport, assessment }
}

/**
 * The commitment's current status: that of the latest update, whichever its source
 * (both stay visible on the commitment); "no information" when nothing was reported.
 */
export function currentStatus(updates: StatusUpdate[]): CommitmentStatus {
  let latest: StatusUpdate | null = null
  for (const u of updates) if (!latest || byRecency(latest, u) <= 0) latest = u
  return latest?.status ?? 'no_information'
}

const closed: ReadonlySet<CommitmentStatus> = new Set(['completed', 'cancelled'])

/** Overdue: the due date has passed and the commitment is neither completed nor cancelled. */
export function isOverdue(commitment: Pick<Commitment, 'deadline'>, status: CommitmentStatus, today: string): boolean {
  const due = commitment.deadline.dueDate
  return due !== null && due < today && !closed.has(status)
}
