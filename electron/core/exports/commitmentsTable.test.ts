import { describe, expect, it } from 'vitest'
import { DEMO_TODAY, buildDemoData } from '../demo/demoData'
import { queryCommitments } from '../domain/commitmentQuery'
import { commitmentColumns, commitmentsTable } from './commitmentsTable'

function demo() {
  const data = buildDemoData()
  const ctx = { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }
  return { data, items: queryCommitments(data, { mine: 'any' }, ctx).items }
}

describe('the commitments table', () => {
  it('has the same columns in both languages, titled in each', () => {
    const ru = commitmentColumns('ru')
    const en = commitmentColumns('en')
    expect(ru.map((c) => c.key)).toEqual([
      'document',
      'clause',
      'text',
      'summary',
      'owners',
      'lead',
      'partners',
      'themes',
      'deadline',
      'dueDate',
      'status',
      'overdue',
      'lastUpdateDate',
      'lastUpdateText',
      'priority',
    ])
    expect(en.map((c) => c.key)).toEqual(ru.map((c) => c.key))
    expect(ru[0]!.title).toBe('Документ')
    expect(en[0]!.title).toBe('Document')
  })

  it('has a row per list item, in the list’s order, with typed cells read from the registry', () => {
    const { data, items } = demo()
    const table = commitmentsTable(data, items, 'ru')
    expect(table.rows).toHaveLength(items.length)
    const at = (key: string) => table.columns.findIndex((c) => c.key === key)

    table.rows.forEach((row, i) => {
      const item = items[i]!
      const commitment = data.commitments.find((c) => c.id === item.id)!
      expect(row).toHaveLength(table.columns.length)
      expect(row[at('clause')]).toEqual({ type: 'text', value: item.clause })
      // The whole text, not the list's excerpt.
      expect(row[at('text')]).toEqual({ type: 'text', value: commitment.text })
      expect(row[at('overdue')]).toEqual({ type: 'boolean', value: item.overdue })
      expect(row[at('priority')]).toEqual({ type: 'boolean', value: item.priority })
      expect(row[at('dueDate')]).toEqual(item.deadline.dueDate ? { type: 'date', value: new Date(`${item.deadline.dueDate}T00:00:00Z`) } : null)
      expect(row[at('lastUpdateDate')]).toEqual(item.lastUpdateDate ? { type: 'date', value: new Date(`${item.lastUpdateDate}T00:00:00Z`) } : null)
    })

    // The commitment with the longest history: the narrative shown is that of its newest update.
    const historyOf = (id: string) =>
      data.statusUpdates.filter((u) => u.commitmentId === id).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    const updated = items.reduce((best, item) => (historyOf(item.id).length > historyOf(best.id).length ? item : best))
    expect(historyOf(updated.id).length).toBeGreaterThan(1)
    const newest = historyOf(updated.id).at(-1)!
    expect(table.rows[items.indexOf(updated)]![at('lastUpdateText')]).toEqual({ type: 'text', value: newest.narrative })

    const ours = data.organisations.find((o) => o.id === data.settings.ourOrganisationId)!
    const led = items.findIndex((item) => item.owners.some((o) => o.organisationId === ours.id && o.role === 'lead'))
    expect((table.rows[led]![at('lead')] as { value: string }).value).toContain(ours.name.ru)
    expect((table.rows[led]![at('owners')] as { value: string }).value).toContain(`${ours.shortName.ru} (отв.)`)
  })

  it('speaks English when asked', () => {
    const { data, items } = demo()
    const table = commitmentsTable(data, items, 'en')
    expect(table.title).toBe('Commitments')
    const status = table.columns.findIndex((c) => c.key === 'status')
    expect(table.rows.map((r) => (r[status] as { value: string }).value)).toContain('In progress')
  })
})
