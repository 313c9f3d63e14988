// Derived commitment state: current status from the append-only history, and overdue.
// Nothing here is stored: it is computed against the injectable clock's "today".
//
// A recurring commitment ("ежегодно") has occurrences, each with its due date; an update about it
// names the occurrence it reports on. Completing an occurrence does not close the commitment:
// the next occurrence becomes due (its due date is the commitment's), and the commitment stays
// "in progress" until the series ends with a completed last occurrence, or is cancelled.
import type { CommitmentStatus, Deadline, StatusUpdate } from '../schema'

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
  return latestUpdate(updates)?.status ?? 'no_information'
}

/** The latest update, whichever its source; on equal date and entry time, the last listed. */
export function latestUpdate(updates: StatusUpdate[]): StatusUpdate | null {
  let latest: StatusUpdate | null = null
  for (const u of updates) if (!latest || byRecency(latest, u) <= 0) latest = u
  return latest
}

/**
 * The due date of the last occurrence the history completed: an occurrence is completed when the
 * latest update about it says so (a later correction can take that back). null when none is.
 */
export function completedThrough(updates: StatusUpdate[]): string | null {
  const latest = new Map<string, StatusUpdate>()
  for (const u of updates) {
    if (!u.occurrence) continue
    const before = latest.get(u.occurrence)
    if (!before || byRecency(before, u) <= 0) latest.set(u.occurrence, u)
  }
  let through: string | null = null
  for (const [occurrence, u] of latest) if (u.status === 'completed' && (through === null || occurrence > through)) through = occurrence
  return through
}

/**
 * The status a commitment shows, given its latest update: that update's, except that a recurring
 * commitment whose latest update completed an occurrence, while a later one is due, is in progress.
 */
export function statusWithOccurrences(deadline: Pick<Deadline, 'rule' | 'dueDate'>, latest: StatusUpdate | null): CommitmentStatus {
  const status = latest?.status ?? 'no_information'
  const nextIsDue = deadline.rule.kind === 'recurring' && latest?.occurrence && deadline.dueDate !== null && deadline.dueDate > latest.occurrence
  return status === 'completed' && nextIsDue ? 'in_progress' : status
}

const closed: ReadonlySet<CommitmentStatus> = new Set(['completed', 'cancelled'])

/** Overdue: the due date has passed and the commitment is neither completed nor cancelled. */
export function isOverdue(commitment: { deadline: Pick<Deadline, 'dueDate'> }, status: CommitmentStatus, today: string): boolean {
  const due = commitment.deadline.dueDate
  return due !== null && due < today && !closed.has(status)
}

/**
 * An update must give its reason for a delay when it says "delayed", or reports on a commitment
 * past its date without closing it (issue 14, point 4): the form, bulk updates and replies alike.
 */
export function needsDelayReason(commitment: { deadline: Pick<Deadline, 'dueDate'> }, reported: CommitmentStatus, today: string): boolean {
  return reported === 'delayed' || isOverdue(commitment, reported, today)
}
