import { describe, expect, it } from 'vitest'
import { historyOf } from '../domain/commitmentQuery'
import { computeDueDate, deadlineSetOn } from '../domain/deadline'
import { refreshDueDates } from '../domain/dueDates'
import { isOverdue } from '../domain/status'
import { DeskData } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { DEMO_TODAY } from './common'
import { buildDemoData } from './demoData'
import { generateData } from './generate'

const N = 300
const data = generateData(N)

describe('generateData', () => {
  it('passes the schema and has no broken references', () => {
    const parsed = DeskData.safeParse(data)
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([])
    expect(findBrokenReferences(data)).toEqual([])
  })

  it('has exactly n commitments, on the demo reference data plus extra meetings and documents', () => {
    expect(data.commitments).toHaveLength(N)
    const demo = buildDemoData()
    expect(data.countries).toEqual(demo.countries)
    expect(data.organisations).toEqual(demo.organisations)
    expect(data.settings).toEqual(demo.settings)
    expect(data.documents.length).toBe(demo.documents.length + N / 100)
    expect(data.meetings.length).toBeGreaterThan(demo.meetings.length)
    expect(generateData(0).commitments).toEqual([])
  })

  it('is deterministic per seed', () => {
    expect(generateData(N)).toEqual(data)
    const other = generateData(N, 2)
    expect(other.commitments.map((c) => c.id)).not.toEqual(data.commitments.map((c) => c.id))
  })

  it('has unique ids', () => {
    const ids = [...data.meetings, ...data.meetings.flatMap((m) => m.agenda), ...data.documents, ...data.commitments, ...data.statusUpdates].map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('marks everything it generates as sample', () => {
    for (const list of [data.commitments, data.statusUpdates]) expect(list.every((r) => r.sample === true)).toBe(true)
    const demoIds = new Set([...buildDemoData().meetings, ...buildDemoData().documents].map((r) => r.id))
    for (const r of [...data.meetings, ...data.documents]) if (!demoIds.has(r.id)) expect(r.sample).toBe(true)
  })

  it('writes Russian texts of realistic length with summaries in both languages', () => {
    for (const c of data.commitments) {
      expect(c.text).toMatch(/[а-яё]/i)
      expect(c.text.length).toBeGreaterThanOrEqual(200)
      expect(c.text.length).toBeLessThanOrEqual(1200)
      expect(c.summary.ru).toMatch(/[а-яё]/i)
      expect(c.summary.en).toMatch(/^[\x20-\x7e–]+$/)
      expect(c.owners.length).toBeGreaterThanOrEqual(1)
      expect(c.owners.length).toBeLessThanOrEqual(5)
      expect(c.owners[0]!.role).toBe('lead')
      expect(new Set(c.owners.map((o) => o.organisationId)).size).toBe(c.owners.length)
    }
    for (const u of data.statusUpdates) {
      expect(u.narrative.length).toBeGreaterThanOrEqual(50)
      expect(u.narrative.length).toBeLessThanOrEqual(400)
      expect(u.date <= DEMO_TODAY).toBe(true)
    }
  })

  it('computes every due date from its rule, as the app does', () => {
    const documentDates = new Map(data.documents.map((d) => [d.id, d.date]))
    for (const c of data.commitments) {
      const after = deadlineSetOn(documentDates.get(c.documentId), c.createdAt)
      expect(c.deadline.dueDate).toBe(computeDueDate(c.deadline.rule, { meetings: data.meetings, after }))
    }
    const refreshed = structuredClone(data)
    refreshDueDates(refreshed)
    expect(refreshed.commitments).toEqual(data.commitments)
    expect(new Set(data.commitments.map((c) => c.deadline.rule.kind)).size).toBeGreaterThanOrEqual(8)
  })

  it('gives our organisation about a fifth, and has overdue and completed items against the demo today', () => {
    const ours = data.commitments.filter((c) => c.owners.some((o) => o.organisationId === data.settings.ourOrganisationId))
    expect(ours.length / N).toBeGreaterThan(0.1)
    expect(ours.length / N).toBeLessThan(0.3)
    const statuses = data.commitments.map((c) => ({ c, status: historyOf(data, c.id).status }))
    expect(statuses.filter(({ c, status }) => isOverdue(c, status, DEMO_TODAY)).length).toBeGreaterThan(0)
    expect(statuses.filter(({ status }) => status === 'completed').length).toBeGreaterThan(0)
    expect(statuses.filter(({ status }) => status === 'no_information').length).toBeGreaterThan(0)
    const perCommitment = new Map<string, number>()
    for (const u of data.statusUpdates) perCommitment.set(u.commitmentId, (perCommitment.get(u.commitmentId) ?? 0) + 1)
    expect(Math.max(...perCommitment.values())).toBeLessThanOrEqual(6)
  })
})
