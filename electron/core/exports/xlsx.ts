// The commitments list as an Excel workbook: one sheet, a bold frozen header with filters, real
// dates that sort and filter as dates, long text wrapped.
import ExcelJS from 'exceljs'
import type { Cell, CommitmentsTable } from './commitmentsTable'

const CREATOR = 'Delegation Desk'
const DATE_FORMAT = 'dd.mm.yyyy'

/**
 * Text goes in as a plain string: exceljs writes strings as shared strings and makes a formula only
 * of a `{ formula }` value, so text that starts with "=" stays text in Excel.
 */
function cellValue(cell: Cell, table: CommitmentsTable): ExcelJS.CellValue {
  if (cell === null) return null
  switch (cell.type) {
    case 'text':
      return cell.value
    case 'date':
      // exceljs turns a Date into a serial day number from its UTC time: 00:00 UTC is that day.
      return cell.value
    case 'boolean':
      // The words rather than Excel's TRUE/FALSE (ИСТИНА/ЛОЖЬ), which read like a formula's result.
      return cell.value ? table.yes : table.no
  }
}

export async function commitmentsToXlsx(table: CommitmentsTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = CREATOR
  workbook.lastModifiedBy = CREATOR
  workbook.title = table.title

  const sheet = workbook.addWorksheet(table.title, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed, the wide table goes on landscape A4 with the header on every page.
    pageSetup: { orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1' },
  })
  sheet.columns = table.columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: { alignment: { vertical: 'top', wrapText: c.wrap } },
  }))

  const header = sheet.addRow(table.columns.map((c) => c.title))
  header.font = { bold: true }
  header.alignment = { vertical: 'top', wrapText: true }

  for (const row of table.rows) {
    const added = sheet.addRow(row.map((cell) => cellValue(cell, table)))
    row.forEach((cell, i) => {
      if (cell?.type === 'date') added.getCell(i + 1).numFmt = DATE_FORMAT
    })
  }

  // Over the header and every row, so the filter covers the data even before Excel extends it.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.rows.length + 1, column: table.columns.length } }

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
