// Implementation reports issued through the Desk: kept frozen once saved (never when the save is
// cancelled), re-exported unchanged, the next report on the same selection saying what changed.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { DEMO_TODAY } from '../../demo/demoData'
import { Desk } from '../../desk'
import type { DeskData } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import type { IssuedReportView } from '../contracts/reporting'
import { unwrap as value } from '../errors'
import { noShell } from './context'

const DOCUMENT = '00000006-0000-4000-8000-000000000007'

async function desk() {
  const dir = await tempDir()
  const saves: string[] = []
  const d = await Desk.open({ dataDir: dir, clock: clockFrom(DEMO_TODAY), shell: { ...noShell, chooseSavePath: async () => saves.shift() ?? null } })
  value(await d.dispatch('loadDemo', {}))
  const data = async () => JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData
  return { desk: d, dir, saves, data }
}

/** Every cell's text of every sheet, in order: what the report says. */
async function sheetsOf(path: string): Promise<Record<string, string[]>> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer)
  const sheets: Record<string, string[]> = {}
  book.eachSheet((sheet) => {
    const cells: string[] = []
    sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value ?? ''))))
    sheets[sheet.name] = cells
  })
  return sheets
}

const report = { query: { documentId: DOCUMENT }, format: 'xlsx' as const, language: 'ru' as const, since: null }

describe('issued implementation reports', () => {
  it('are kept once saved, re-exported as issued, and the next one shows what changed since', async () => {
    const { desk: d, dir, saves, data } = await desk()
    expect(value(await d.dispatch('exportImplementationReport', { ...report, issue: true }))).toBeNull()
    expect((await data()).reports).toEqual([])

    saves.push(join(dir, 'first.xlsx'))
    value(await d.dispatch('exportImplementationReport', { ...report, issue: true }))
    const [issued] = value<IssuedReportView[]>(await d.dispatch('listIssuedReports', {}))
    expect(issued).toMatchObject({ issuedOn: DEMO_TODAY, comparesWith: null, language: 'ru' })
    expect(Object.keys(await sheetsOf(join(dir, 'first.xlsx')))).not.toContain('Изменения с прошлой информации')

    // One commitment completed after the report was issued.
    const open = (await data()).commitments.find((c) => c.documentId === DOCUMENT && c.deadline.dueDate !== null)!
    value(
      await d.dispatch('addStatusUpdate', { commitmentId: open.id, date: DEMO_TODAY, author: 'Секретариат', source: 'assessment', status: 'completed', progress: 100, confidence: null, narrative: 'Исполнено', evidence: [], correctsId: null }),
    )
    saves.push(join(dir, 'draft.xlsx'))
    value(await d.dispatch('exportImplementationReport', report))
    const draft = await sheetsOf(join(dir, 'draft.xlsx'))
    const changes = draft['Изменения с прошлой информации']!
    expect(changes).toContain(`По сравнению с информацией от 28 ноября 2026 г.`)
    expect(changes).toContain('Выполнено')
    expect(changes).toContain(open.clause)
    // A draft issues nothing.
    expect((await data()).reports).toHaveLength(1)

    saves.push(join(dir, 'again.xlsx'))
    value(await d.dispatch('exportIssuedReport', { id: issued!.id, format: 'xlsx' }))
    expect(await sheetsOf(join(dir, 'again.xlsx'))).toEqual(await sheetsOf(join(dir, 'first.xlsx')))

    saves.push(join(dir, 'second.xlsx'))
    value(await d.dispatch('exportImplementationReport', { ...report, issue: true }))
    const [second, first] = value<IssuedReportView[]>(await d.dispatch('listIssuedReports', {}))
    expect(second).toMatchObject({ comparesWith: DEMO_TODAY })
    expect(first!.id).toBe(issued!.id)
  })

  it('is forgotten when deleted, and the next compares with the one before; an unknown one is not found', async () => {
    const { desk: d, dir, saves, data } = await desk()
    saves.push(join(dir, 'a.xlsx'), join(dir, 'b.xlsx'))
    value(await d.dispatch('exportImplementationReport', { ...report, issue: true }))
    value(await d.dispatch('exportImplementationReport', { ...report, issue: true }))
    const [latest, earlier] = value<IssuedReportView[]>(await d.dispatch('listIssuedReports', {}))
    value(await d.dispatch('deleteIssuedReport', { id: latest!.id }))
    expect((await data()).reports.map((r) => r.id)).toEqual([earlier!.id])
    const before = await readFile(storePaths(dir).dataFile, 'utf-8')
    expect(await d.dispatch('deleteIssuedReport', { id: latest!.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await d.dispatch('exportIssuedReport', { id: latest!.id, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await readFile(storePaths(dir).dataFile, 'utf-8')).toBe(before)
  })
})
