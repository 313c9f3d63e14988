import ExcelJS from 'exceljs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MAX_CELL_NOTES, ReaderError } from './table'
import { readXlsx } from './xlsx'

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const utc = (year: number, month: number, day: number, hours = 0, minutes = 0) => new Date(Date.UTC(year, month - 1, day, hours, minutes))

/** A roadmap as a secretariat would send it, and a second sheet without a header. */
async function roadmapWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Дорожная карта')
  sheet.addRow(['№', 'Мероприятие', 'Срок исполнения', 'Ответственные исполнители', 'Форма завершения'])
  sheet.addRow([1, 'Провести заседание\nДелового совета', utc(2025, 12, 1), 'МИД России,\nМинэкономразвития России', 'Доклад'])
  sheet.addRow([
    2,
    { richText: [{ text: 'Подготовить ', font: { bold: true } }, { text: 'соглашение' }] },
    utc(2026, 3, 15, 14, 30),
    null,
    { text: 'Протокол', hyperlink: 'https://example.org/protocol' },
  ])
  sheet.mergeCells('D2:D3')
  sheet.getCell('C2').numFmt = 'dd.mm.yyyy'
  sheet.getCell('C3').numFmt = 'dd.mm.yyyy hh:mm'
  sheet.addRow(['Раздел 2. Гуманитарное сотрудничество'])
  sheet.mergeCells('A4:E4')
  sheet.addRow([3.5, 0.256, { formula: 'A2+A3', result: 3 }, { formula: 'B1&"!"' }, true])
  sheet.getCell('A5').numFmt = '0.00'
  sheet.getCell('B5').numFmt = '0.0%'
  sheet.addRow([0.1 + 0.2, 1234567.891, { error: '#DIV/0!' }, '  padded  ', 12])
  sheet.getCell('B6').numFmt = '#,##0.00\\ "₽"'
  sheet.getCell('E6').numFmt = '@'
  // Formatting far below and to the right, without values: must not add rows or columns.
  sheet.getCell('H40').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }
  sheet.getCell('G2').value = '   '

  const plain = workbook.addWorksheet('Без заголовка')
  plain.getCell('B3').value = 'Визит'
  plain.getCell('C3').value = utc(2025, 1, 9)
  plain.getCell('B5').value = '<script>alert(1)</script>'
  return toBytes(workbook)
}

describe('readXlsx', () => {
  it('reads every sheet as the user sees it: dates, numbers, rich text, links, merged cells, formulas', async () => {
    const table = await readXlsx(await roadmapWorkbook())
    expect(table.sheets).toEqual([
      {
        name: 'Дорожная карта',
        rows: [
          ['№', 'Мероприятие', 'Срок исполнения', 'Ответственные исполнители', 'Форма завершения'],
          ['1', 'Провести заседание\nДелового совета', '01.12.2025', 'МИД России,\nМинэкономразвития России', 'Доклад'],
          ['2', 'Подготовить соглашение', '15.03.2026 14:30', 'МИД России,\nМинэкономразвития России', 'Протокол'],
          Array(5).fill('Раздел 2. Гуманитарное сотрудничество'),
          ['3.50', '25.6%', '3', '', 'TRUE'],
          ['0.3', '1234567.89', '#DIV/0!', 'padded', '12'],
        ],
      },
      { name: 'Без заголовка', rows: [[], [], ['', 'Визит', '09.01.2025'], [], ['', '<script>alert(1)</script>']] },
    ])
    expect(table.notes).toEqual([
      { code: 'formula_value_used', sheet: 0, row: 4, column: 2 },
      { code: 'formula_without_value', sheet: 0, row: 4, column: 3 },
      { code: 'merged_cells_filled', sheet: 0, row: 1, column: 3, rows: 2, columns: 1 },
      { code: 'merged_cells_filled', sheet: 0, row: 3, column: 0, rows: 1, columns: 5 },
    ])
  })

  it('keeps at most MAX_CELL_NOTES formula notes per sheet and counts the rest', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Итоги')
    for (let i = 1; i <= MAX_CELL_NOTES + 20; i++) sheet.addRow([i, { formula: `A${i}*2`, result: i * 2 }])
    const table = await readXlsx(await toBytes(workbook))
    expect(table.sheets[0]?.rows[MAX_CELL_NOTES + 19]).toEqual([String(MAX_CELL_NOTES + 20), String((MAX_CELL_NOTES + 20) * 2)])
    expect(table.notes.filter((note) => note.code === 'formula_value_used')).toHaveLength(MAX_CELL_NOTES)
    expect(table.notes.at(-1)).toEqual({ code: 'notes_truncated', sheet: 0, note: 'formula_value_used', omitted: 20 })
  })

  it('reads 50,000 rows', { timeout: 120_000 }, async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Большой')
    sheet.addRow(['№', 'Мероприятие', 'Срок', 'Ответственные'])
    for (let i = 1; i <= 50_000; i++) sheet.addRow([i, `Мероприятие ${i}`, utc(2026, (i % 12) + 1, (i % 28) + 1), 'МИД России'])
    const rows = (await readXlsx(await toBytes(workbook))).sheets[0]?.rows ?? []
    expect(rows).toHaveLength(50_001)
    expect(rows[50_000]).toEqual(['50000', 'Мероприятие 50000', '21.09.2026', 'МИД России'])
  })

  it('keeps a cell of 1 MB whole', async () => {
    const big = 'Ответственные исполнители '.repeat(40_000)
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Лист1').addRow(['a', big, 'c'])
    const table = await readXlsx(await toBytes(workbook))
    expect(table.sheets[0]?.rows[0]).toEqual(['a', big.trim(), 'c'])
  })

  it('reports a file cut in half as truncated', async () => {
    const bytes = await roadmapWorkbook()
    await expect(readXlsx(bytes.subarray(0, bytes.length / 2))).rejects.toMatchObject({ code: 'truncated' })
  })

  it('reports a damaged sheet inside a whole archive as unreadable', async () => {
    const files = unzipSync(await roadmapWorkbook())
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array())
    files['xl/worksheets/sheet1.xml'] = strToU8(sheetXml.slice(0, sheetXml.length / 2))
    const error = await readXlsx(zipSync(files)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ReaderError)
    expect(error).toMatchObject({ code: 'unreadable' })
  })

  it('refuses a workbook without any text with no_table', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Пусто').getCell('B2').value = '  '
    await expect(readXlsx(await toBytes(workbook))).rejects.toMatchObject({ code: 'no_table' })
  })
})
