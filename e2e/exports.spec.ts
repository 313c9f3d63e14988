// The commitments view leaves the app as files other programs open: Excel (read back here with
// exceljs), CSV (read back as Excel would: UTF-8 with BOM, ';') and our deadlines as a calendar.
import ExcelJS from 'exceljs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures/app'

const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))

test.beforeAll(() => mkdir(OUTPUT, { recursive: true }))

test('the filtered list to Excel and CSV, and our deadlines to a calendar', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await page.getByRole('searchbox').fill('транспорт')
  const shown = page.getByRole('status').filter({ hasText: / из 37$/ })
  await expect(shown).not.toHaveText('37 из 37')
  const count = Number((await shown.textContent())!.split(' ')[0])
  const firstClause = (await page.getByRole('table', { name: 'Поручения' }).getByRole('row').nth(1).getByRole('cell').nth(1).textContent())!.trim()

  const exportAs = async (item: string, name: string) => {
    const path = join(OUTPUT, name)
    await app.queueSavePath(path)
    await page.getByRole('button', { name: 'Экспорт' }).click()
    await page.getByRole('menuitem', { name: item }).click()
    await expect(page.getByText(`Сохранено: ${path}`)).toBeVisible()
    return path
  }

  const xlsx = await exportAs('Показанные поручения в Excel…', 'commitments.xlsx')
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(xlsx)
  const sheet = book.worksheets[0]!
  expect(sheet.name).toBe('Поручения')
  expect(sheet.rowCount).toBe(count + 1)
  expect(sheet.autoFilter).toBeTruthy()
  const header = (sheet.getRow(1).values as unknown[]).slice(1)
  expect(header).toContain('Пункт')
  expect(header).toContain('Срок исполнения')
  const dueColumn = header.indexOf('Срок исполнения') + 1
  const dates = Array.from({ length: count }, (_, i) => sheet.getRow(i + 2).getCell(dueColumn).value).filter((v) => v !== null)
  expect(dates.length).toBeGreaterThan(0)
  expect(dates.every((v) => v instanceof Date)).toBe(true)
  const clauseColumn = header.indexOf('Пункт') + 1
  expect(sheet.getRow(2).getCell(clauseColumn).value).toBe(firstClause)

  const csv = await readFile(await exportAs('Показанные поручения в CSV…', 'commitments.csv'))
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = csv.toString('utf-8').slice(1).split('\r\n').filter((l) => l !== '')
  expect(lines[0]!.split(';')).toContain('Пункт')
  // Quoted fields may hold line breaks: count records by the clause column instead of lines.
  expect(csv.toString('utf-8')).toContain(firstClause)

  const ics = (await readFile(await exportAs('Наши сроки в календарь (.ics)…', 'deadlines.ics'), 'utf-8')).replace(/\r\n[ \t]/g, '')
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true)
  const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1])
  expect(uids.length).toBeGreaterThan(3)
  expect(new Set(uids).size).toBe(uids.length)
})
