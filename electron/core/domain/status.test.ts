import { describe, expect, it } from 'vitest'
import type { StatusUpdate } from '../schema'
import { completedThrough, currentStatus, isOverdue, latestUpdates, statusWithOccurrences } from './status'

let n = 0
const update = (date: string, source: StatusUpdate['source'], status: StatusUpdate['status'], createdAt = `${date}T09:00:00.000Z`): StatusUpdate => ({
  id: `00000008-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  createdAt,
  updatedAt: createdAt,
  commitmentId: '00000007-0000-4000-8000-000000000001',
  date,
  author: 'test',
  source,
  status,
  progress: null,
  confidence: null,
  narrative: '',
  evidence: [],
  correctsId: null,
})

describe('currentStatus', () => {
  it('is "no information" without updates', () => expect(currentStatus([])).toBe('no_information'))
  it('follows the latest update by date, whatever its source or order in the file', () => {
    const updates = [update('2026-03-01', 'self_report', 'completed'), update('2025-01-01', 'assessment', 'not_started'), update('2026-02-01', 'assessment', 'delayed')]
    expect(currentStatus(updates)).toBe('completed')
  })
  it('breaks a same-day tie by the order updates were entered (a correction wins)', () => {
    const updates = [update('2026-03-01', 'self_report', 'completed', '2026-03-01T10:00:00.000Z'), update('2026-03-01', 'self_report', 'in_progress', '2026-03-01T11:00:00.000Z')]
    expect(currentStatus(updates)).toBe('in_progress')
  })
  it('keeps the latest self-report and the latest assessment apart', () => {
    const self = update('2026-05-01', 'self_report', 'completed')
    const assessment = update('2026-04-01', 'assessment', 'delayed')
    expect(latestUpdates([update('2026-01-01', 'self_report', 'in_progress'), self, assessment])).toEqual({ selfReport: self, assessment })
  })
})

describe('isOverdue', () => {
  const due = (dueDate: string | null) => ({ deadline: { words: '', rule: { kind: 'none' as const }, dueDate } })
  it('is overdue the day after the due date, not on it', () => {
    expect(isOverdue(due('2026-12-31'), 'in_progress', '2026-12-31')).toBe(false)
    expect(isOverdue(due('2026-12-31'), 'in_progress', '2027-01-01')).toBe(true)
  })
  it('is never overdue when completed or cancelled, or without a due date', () => {
    expect(isOverdue(due('2025-01-01'), 'completed', '2026-01-01')).toBe(false)
    expect(isOverdue(due('2025-01-01'), 'cancelled', '2026-01-01')).toBe(false)
    expect(isOverdue(due(null), 'delayed', '2026-01-01')).toBe(false)
  })
})

describe('occurrences of a recurring commitment', () => {
  const about = (occurrence: string, u: StatusUpdate): StatusUpdate => ({ ...u, occurrence })
  const annually = { kind: 'recurring' as const, frequency: 'annually' as const, until: null }

  it('are completed when the latest update about each says so; a later correction takes it back', () => {
    const done2025 = about('2025-12-31', update('2025-11-20', 'self_report', 'completed'))
    expect(completedThrough([done2025])).toBe('2025-12-31')
    const done2026 = about('2026-12-31', update('2026-11-20', 'self_report', 'completed'))
    expect(completedThrough([done2025, done2026])).toBe('2026-12-31')
    const takenBack = about('2026-12-31', update('2026-11-25', 'assessment', 'in_progress'))
    expect(completedThrough([done2025, done2026, takenBack])).toBe('2025-12-31')
    expect(completedThrough([update('2026-01-01', 'self_report', 'completed')])).toBeNull()
  })

  it('keep the commitment in progress while the next occurrence is due, completed once the series has ended', () => {
    const done = about('2025-12-31', update('2025-11-20', 'self_report', 'completed'))
    expect(statusWithOccurrences({ rule: annually, dueDate: '2026-12-31' }, done)).toBe('in_progress')
    expect(statusWithOccurrences({ rule: { ...annually, until: '2025-12-31' }, dueDate: null }, done)).toBe('completed')
    // Not recurring, or no occurrence named (an update from before occurrences existed): as reported.
    expect(statusWithOccurrences({ rule: { kind: 'year', year: 2026 }, dueDate: '2026-12-31' }, done)).toBe('completed')
    expect(statusWithOccurrences({ rule: annually, dueDate: '2026-12-31' }, update('2025-11-20', 'self_report', 'completed'))).toBe('completed')
    expect(statusWithOccurrences({ rule: annually, dueDate: '2026-12-31' }, null)).toBe('no_information')
  })
})
