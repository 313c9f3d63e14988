import ExcelJS from 'exceljs'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEMO_TODAY, buildDemoData } from '../demo/demoData'
import { queryCommitments } from '../domain/commitmentQuery'
import { commitmentsTable } from './commitmentsTable'
import { commitmentsToXlsx } from './xlsx'

const FORMULA = '=1+1'

async function exported() {
  const data = buildDemoData()
  // Text that a spreadsheet would run if it were written as a formula.
  const injected = data.commitments[0]!
  injected.summary = { ru: FORMULA, en: FORMULA }
  const ctx = { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }
  const items = queryCommitments(data, {}, ctx).items
  const table = commitmentsTable(data, items, 'ru')
  const buffer = await commitmentsToXlsx(table)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
  return { data, items, table, buffer, workbook, sheet: workbook.getWorksheet('Поручения')! }
}

describe('the Excel export', () => {
  it('reads back as one sheet with a bold, frozen, filtered header and a row per commitment', async () => {
    const { items, table, workbook, sheet } = await exported()
    expect(workbook.worksheets).toHaveLength(1)
    expect(workbook.creator).toBe('Delegation Desk')
    expect(sheet.rowCount).toBe(items.length + 1)

    const header = sheet.getRow(1)
    expect(table.columns.map((_, i) => header.getCell(i + 1).value)).toEqual(table.columns.map((c) => c.title))
    expect(header.getCell(1).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBe(`A1:O${items.length + 1}`)
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1' })
    expect(sheet.getColumn(3).width).toBe(60)
    expect(sheet.getCell('C2').alignment?.wrapText).toBe(true)
  })

  it('writes dates as Excel dates and keeps Cyrillic and yes/no words', async () => {
    const { items, table, sheet } = await exported()
    const column = (key: string) => table.columns.findIndex((c) => c.key === key) + 1
    const row = items.findIndex((item) => item.deadline.dueDate !== null) + 2
    const due = sheet.getCell(row, column('dueDate'))
    expect(due.type).toBe(ExcelJS.ValueType.Date)
    expect(due.value).toEqual(new Date(`${items[row - 2]!.deadline.dueDate}T00:00:00Z`))
    expect(due.numFmt).toBe('dd.mm.yyyy')

    const status = sheet.getCell(2, column('status')).value
    expect(status).toMatch(/^[А-Яа-яЁё /]+$/)
    const overdue = items.findIndex((item) => item.overdue) + 2
    expect(sheet.getCell(overdue, column('overdue')).value).toBe('да')
    expect(sheet.getCell(overdue, column('text')).value).toBe(table.rows[overdue - 2]![column('text') - 1]!.value)
  })

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const { data, items, table, buffer, sheet } = await exported()
    const row = items.findIndex((item) => item.id === data.commitments[0]!.id) + 2
    const cell = sheet.getCell(row, table.columns.findIndex((c) => c.key === 'summary') + 1)
    expect(cell.value).toBe(FORMULA)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.formula).toBeUndefined()
    // And in the file itself: no formula element anywhere in the sheet.
    const xml = strFromU8(unzipSync(new Uint8Array(buffer))['xl/worksheets/sheet1.xml']!)
    expect(xml).not.toMatch(/<f[ >]/)
  })
})
