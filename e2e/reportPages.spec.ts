// An implementation report's pages as they come off the printer. Its pages are broken by Chromium
// as it prints (not paged.js, which takes minutes over a long report), so what paged.js's pages
// carried is checked here on the PDF: the title page with no number and no foot line, then on
// every page its number in "Страница X из Y" with the true total and the day in the foot, and
// the table's header row at the head of each page it runs over.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures/app'
import { pdfPages, squash } from './fixtures/documents'
import { numberPagesAtFoot, open } from './pages'
import { pick } from './pickers'

const OUTPUT = join(import.meta.dirname, '.output', 'report-pages')
const DOCUMENT = 'Дорожная карта по развитию регионального сотрудничества на 2025–2027 годы'

test.beforeAll(() => mkdir(OUTPUT, { recursive: true }))

test('a report in PDF: a title page, then every page numbered of the true total, the day at its foot and the table header at its head', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await numberPagesAtFoot(page)

  await open(page, '/requests')
  await page.getByRole('button', { name: 'Отчёт об исполнении' }).click()
  const report = page.getByRole('dialog', { name: 'Информация о ходе исполнения' })
  await pick(page, 'Документ', 'Дорожная', DOCUMENT)
  const path = join(OUTPUT, 'report.pdf')
  await app.queueSavePath(path)
  await report.getByRole('button', { name: 'PDF', exact: true }).click()
  // Waits for the work, however long a busy machine takes over it.
  await expect(report.getByText(`Сохранено: ${path}`)).toBeVisible({ timeout: 120_000 })

  const printed = await pdfPages(path)
  const sheets = printed.map(squash)
  const total = sheets.length
  expect(total).toBeGreaterThan(3)
  const [cover, ...rest] = sheets
  expect(cover).toContain(squash(`Информация о ходе исполнения: ${DOCUMENT}`))
  expect(cover).not.toContain('Страница')
  expect(cover).not.toContain(squash('28 ноября 2026 г. ·'))
  rest.forEach((sheet, i) => {
    expect(sheet, `page ${i + 2}`).toContain(squash(`28 ноября 2026 г. · Страница ${i + 2} из ${total}`))
  })
  // The table by clause starts a page and runs over several: each of them opens with its header row.
  const first = sheets.findIndex((sheet) => sheet.includes(squash('Ход исполнения по пунктам')))
  const matrix = sheets.findIndex((sheet) => sheet.includes(squash('Исполнение по организациям')))
  expect(first).toBeGreaterThan(0)
  expect(matrix - first).toBeGreaterThan(1)
  // Its first lines (after the section's heading on the first): a narrow column's title wraps onto a second line.
  printed.slice(first, matrix).forEach((sheet, i) => {
    const head = sheet.split('\n').filter((line) => line.trim() !== '' && !line.includes('Ход исполнения по пунктам')).slice(0, 2).join('\n')
    expect(head, `page ${first + i + 1}`).toMatch(/Поручение\s+Исполнит.*Срок/)
  })
})
