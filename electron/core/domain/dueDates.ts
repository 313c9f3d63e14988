// The stored due date of a commitment where it depends on other records: a meeting ("by the next
// meeting of …": it moves when a meeting is planned, moved or cancelled, or the document's date
// changes) or the status history (a recurring deadline's current occurrence moves on when one is
// completed). Every change to those records recomputes them here, so any read of the registry —
// the list, the dashboard, briefs, exports — sees the current due date.
import type { DeskData, StatusUpdate } from '../schema'
import { historiesOf } from './commitmentQuery'
import { computeDueDate, deadlineSetOn, type DeadlineContext } from './deadline'
import { completedThrough } from './status'

type Records = Pick<DeskData, 'meetings' | 'documents' | 'statusUpdates'>
type DueCommitment = Pick<DeskData['commitments'][number], 'documentId' | 'createdAt' | 'deadline'> & { id?: string }

/** The context a commitment's deadline is computed in: its meetings, start and completions. */
function contextOf(data: Records, c: DueCommitment, documentDate: string | null | undefined, updates: () => StatusUpdate[]): DeadlineContext {
  const completions = c.deadline.rule.kind === 'recurring' ? completedThrough(updates()) : null
  return { meetings: data.meetings, after: deadlineSetOn(documentDate, c.createdAt), completedThrough: completions }
}

/** The due date of one commitment (new or stored) as the registry stands. */
export function dueDateFor(data: Records, c: DueCommitment): string | null {
  const updates = () => (c.id === undefined ? [] : data.statusUpdates.filter((u) => u.commitmentId === c.id))
  return computeDueDate(c.deadline.rule, contextOf(data, c, data.documents.find((d) => d.id === c.documentId)?.date, updates))
}

/** Recomputes, in place, every due date that hangs on a meeting or on a status history. */
export function refreshDueDates(data: Records & { commitments: (DueCommitment & { id: string })[] }): void {
  const documentDates = new Map(data.documents.map((d) => [d.id, d.date]))
  // Grouping every update costs a pass over the history: only when a recurring deadline needs it.
  let histories: ReturnType<typeof historiesOf> | null = null
  const updatesOf = (id: string) => (histories ??= historiesOf(data.statusUpdates)).get(id)?.updates ?? []
  for (const c of data.commitments) {
    const kind = c.deadline.rule.kind
    if (kind !== 'next_meeting' && kind !== 'recurring') continue
    const due = computeDueDate(c.deadline.rule, contextOf(data, c, documentDates.get(c.documentId), () => updatesOf(c.id)))
    // Only a real change makes a new record (immer): unchanged commitments keep their caches.
    if (c.deadline.dueDate !== due) c.deadline.dueDate = due
  }
}
