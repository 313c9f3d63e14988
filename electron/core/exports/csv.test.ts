import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { DEMO_TODAY, buildDemoData } from '../demo/demoData'
import { queryCommitments } from '../domain/commitmentQuery'
import { commitmentsTable, type CommitmentsTable } from './commitmentsTable'
import { commitmentsToCsv } from './csv'

const TRICKY = 'Он сказал: "согласовано"; см.\nвторую строку, и третью'

function table(): { table: CommitmentsTable; column: (key: string) => number } {
  const data = buildDemoData()
  data.commitments[0]!.text = TRICKY
  data.commitments[1]!.text = '=HYPERLINK("http://example.com")'
  data.commitments[2]!.text = '-2+3'
  data.commitments[3]!.text = '@SUM(A1)'
  const ctx = { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }
  // In the order of the data, so the first rows are the commitments changed above.
  const items = queryCommitments(data, {}, ctx).items.sort((a, b) => data.commitments.findIndex((c) => c.id === a.id) - data.commitments.findIndex((c) => c.id === b.id))
  const t = commitmentsTable(data, items, 'ru')
  return { table: t, column: (key) => t.columns.findIndex((c) => c.key === key) }
}

function parse(csv: Buffer, delimiter: string): string[][] {
  const text = csv.toString('utf-8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const result = Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true })
  expect(result.errors).toEqual([])
  return result.data
}

describe('the CSV export', () => {
  it('is UTF-8 with a BOM, separated by semicolons, with CRLF line ends', () => {
    const { table: t } = table()
    const csv = commitmentsToCsv(t)
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = csv.toString('utf-8')
    const headerLine = text.slice(1, text.indexOf('\r\n'))
    expect(headerLine).toBe(t.columns.map((c) => c.title).join(';'))
    // Every line break outside a quoted field is CRLF; a bare LF appears only inside the quoted text.
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '').replace(TRICKY.replace(/"/g, '""'), '')).not.toContain('\n')
    expect(parse(csv, ';')).toHaveLength(t.rows.length + 1)
  })

  it('round-trips a field with quotes, the delimiter and a line break', () => {
    const { table: t, column } = table()
    for (const delimiter of [';', ','] as const) {
      const rows = parse(commitmentsToCsv(t, { delimiter }), delimiter)
      expect(rows[1]![column('text')]).toBe(TRICKY)
      expect(rows.every((r) => r.length === t.columns.length)).toBe(true)
    }
  })

  it('writes dates as dd.mm.yyyy, yes/no as words, and keeps Cyrillic', () => {
    const { table: t, column } = table()
    const rows = parse(commitmentsToCsv(t), ';').slice(1)
    const index = t.rows.findIndex((r) => r[column('dueDate')] !== null)
    const due = t.rows[index]![column('dueDate')] as { value: Date }
    expect(rows[index]![column('dueDate')]).toBe(due.value.toISOString().slice(0, 10).split('-').reverse().join('.'))
    expect(rows.every((r) => /^(\d\d\.\d\d\.\d{4})?$/.test(r[column('lastUpdateDate')]!))).toBe(true)
    expect(new Set(rows.map((r) => r[column('overdue')]))).toEqual(new Set(['да', 'нет']))
    expect(rows[0]![column('status')]).toMatch(/^[А-Яа-яЁё /]+$/)
  })

  it('quotes a field with a comma in a semicolon file too: a reader splitting on commas finds no formula', () => {
    const { table: t, column } = table()
    t.rows[0]![column('text')] = { type: 'text', value: 'согласовано,=HYPERLINK("http://x")' }
    const csv = commitmentsToCsv(t).toString('utf-8')
    // Split on commas as a careless reader would: no cell starts with "=".
    const commaRows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data
    expect(commaRows.flat().some((cell) => cell.startsWith('='))).toBe(false)
    expect(parse(Buffer.from(csv), ';')[1]![column('text')]).toBe('согласовано, =HYPERLINK("http://x")')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    const { table: t, column } = table()
    const rows = parse(commitmentsToCsv(t), ';').slice(1)
    expect(rows.slice(1, 4).map((r) => r[column('text')])).toEqual(["'=HYPERLINK(\"http://example.com\")", "'-2+3", "'@SUM(A1)"])
  })
})
