// The reporting loop as a secretariat runs it: requests for a document's owners saved as one archive,
// each workbook filled by a script the way a ministry clerk fills it in Excel (values typed, the rows
// sorted, one deleted, a status typed in words the drop-down does not offer), then every reply
// opened from its request (the last one dropped on the window), reviewed and applied.
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { drop } from './drop'
import { expect, test } from './fixtures/app'
import { a4Across, pdfPageSizes, pdfText, squash, wordToPdf } from './fixtures/documents'
import { pick } from './pickers'

const OUTPUT = fileURLToPath(new URL('.output/reporting/', import.meta.url))
const DOCUMENT = 'Меморандум о взаимопонимании по развитию транспортно-логистических центров'

test.beforeAll(async () => {
  await rm(OUTPUT, { recursive: true, force: true })
  await mkdir(OUTPUT, { recursive: true })
})

/** Fills a request's workbook as a clerk would; the first workbook is also sorted, cut and given a status in words of its own. */
async function fill(bytes: Uint8Array, clumsy: boolean) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = book.worksheets[0]!
  const rows = sheet.getRows(4, sheet.rowCount - 3)!.filter((r) => r.getCell(1).value)
  for (const row of rows) {
    row.getCell(8).value = 'в работе'
    row.getCell(9).value = 50
    row.getCell(10).value = 'Рабочая группа провела заседание'
    // Some items are past their date: a report on them gives the reason.
    row.getCell(11).value = 'Ожидаем согласования сторон'
  }
  let adds = rows.length
  let shown = rows.length
  if (clumsy && rows.length >= 3) {
    const values = rows.map((r) => r.values as ExcelJS.CellValue[]).reverse()
    values.forEach((v, i) => (sheet.getRow(4 + i).values = v))
    sheet.getRow(4).getCell(8).value = 'выполнено'
    sheet.getRow(5).getCell(8).value = 'почти готово'
    sheet.spliceRows(6, 1)
    // The deleted row is not in the reply, the status in words of its own is named, not added.
    shown -= 1
    adds -= 2
  }
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), adds, shown, clumsy: shown !== rows.length }
}

test('requests for a document, replies filled in Excel, reviewed and applied', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Запросы' }).click()
  await expect(page.getByText(/Запросов пока нет/)).toBeVisible()

  const archive = join(OUTPUT, 'requests.zip')
  await app.queueSavePath(archive)
  await page.getByRole('button', { name: 'Новые запросы' }).click()
  const dialog = page.getByRole('dialog', { name: 'Запросить информацию у исполнителей' })
  await pick(page, 'Документ', 'Меморандум', DOCUMENT)
  await dialog.getByRole('button', { name: 'Создать и сохранить' }).click()
  await expect(page.getByText(`сохранены в ${archive}`)).toBeVisible()

  const files = unzipSync(new Uint8Array(await readFile(archive)))
  const workbooks = Object.keys(files).filter((n) => n.endsWith('.xlsx')).sort()
  expect(workbooks.length).toBeGreaterThanOrEqual(3)
  expect(Object.keys(files).filter((n) => n.endsWith('.docx'))).toHaveLength(workbooks.length)
  const table = page.getByRole('table', { name: 'Запросы информации' })
  await expect(table.getByRole('row')).toHaveCount(workbooks.length + 1)
  await expect(table.getByRole('cell', { name: 'Отправлен', exact: true })).toHaveCount(workbooks.length)

  for (const [i, name] of workbooks.entries()) {
    // "003 Министерство ….xlsx": the owner is in the file's name, as the clerk receives it.
    const organisation = name.replace(/^\d{3} /, '').replace(/\.xlsx$/, '')
    // The covering letter names the owner and the date to reply by.
    const letter = strFromU8(unzipSync(files[name.replace(/\.xlsx$/, '.docx')]!)['word/document.xml']!)
    expect(letter).toContain(organisation)
    expect(letter).toMatch(/в срок до \d{1,2} [а-я]+ \d{4} г\./)
    const filled = await fill(files[name]!, i === 0)
    const path = join(OUTPUT, `reply ${i + 1}.xlsx`)
    await writeFile(path, filled.bytes)
    if (i < workbooks.length - 1) {
      await app.queueChosenFiles([path])
      await page.getByRole('button', { name: `Открыть ответ: ${organisation}` }).click()
    } else {
      // The last reply dropped on the window from another page: it opens on the requests page all the same.
      await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click()
      await drop(page, `reply ${i + 1}.xlsx`, Buffer.from(filled.bytes))
      await expect(page.getByRole('heading', { level: 1, name: 'Запросы информации' })).toBeVisible()
    }
    const review = page.getByRole('region', { name: `Ответ: ${organisation} — reply ${i + 1}.xlsx` })
    await expect(review.getByRole('table', { name: 'Строки ответа' }).getByRole('row')).toHaveCount(filled.shown + 1)
    if (filled.clumsy) {
      await expect(review.getByText('Статус не распознан: «почти готово»')).toBeVisible()
      await expect(review.getByText(/^Выполнено · 50% · /)).toBeVisible()
    }
    await review.getByRole('button', { name: new RegExp(`^Добавить ${filled.adds} обновлен`) }).click()
    await expect(page.getByText(/^Добавлено обновлений: \d+\.$/)).toBeVisible()
    await expect(table.getByRole('row', { name: new RegExp(organisation) }).getByText('Ответ получен')).toBeVisible()
  }
  await expect(table.getByRole('cell', { name: 'Ответ получен', exact: true })).toHaveCount(workbooks.length)

  // A signed letter that came with the first reply, attached to its request and opened from there.
  const firstOwner = workbooks[0]!.replace(/^\d{3} /, '').replace(/\.xlsx$/, '')
  const letter = join(OUTPUT, 'Письмо-ответ.docx')
  await writeFile(letter, 'подписанное письмо')
  await app.queueChosenFiles([letter])
  await page.getByRole('button', { name: `Приложить письмо-ответ: ${firstOwner}` }).click()
  await table.getByRole('button', { name: 'Открыть письмо «Письмо-ответ.docx»' }).click()
  if (app.host === 'chromium') {
    await expect.poll(() => app.openedPaths.length).toBe(1)
    expect(await readFile(app.openedPaths[0]!, 'utf-8')).toBe('подписанное письмо')
  }

  // The implementation report of the document, in each format, read back as a reader would.
  await page.getByRole('button', { name: 'Отчёт об исполнении' }).click()
  const report = page.getByRole('dialog', { name: 'Информация о ходе исполнения' })
  await pick(page, 'Документ', 'Меморандум', DOCUMENT)
  const save = async (format: string, file: string) => {
    const path = join(OUTPUT, file)
    await app.queueSavePath(path)
    await report.getByRole('button', { name: format, exact: true }).click()
    await expect(report.getByText(`Сохранено: ${path}`)).toBeVisible({ timeout: 60_000 })
    return path
  }
  const title = `Информация о ходе исполнения: ${DOCUMENT}`
  // Nine columns to a table: the PDF and Word both on A4 turned across, as the workbook prints.
  const acrossA4 = async (path: string) => {
    const sheets = await pdfPageSizes(path)
    expect(sheets.length, path).toBeGreaterThan(1)
    expect(sheets.filter((sheet) => !a4Across(sheet)), path).toEqual([])
  }
  const pdfPath = await save('PDF', 'report.pdf')
  await acrossA4(pdfPath)
  const pdf = squash(await pdfText(pdfPath))
  expect(pdf).toContain(squash(title))
  expect(pdf).toContain(squash('Исполнение по организациям'))
  expect(pdf).toContain(squash('Рабочая группа провела заседание'))
  // LibreOffice's PDF of the Word file takes the same name, so the PDF above is read first.
  const wordPath = await wordToPdf(await save('Word', 'report.docx'), OUTPUT)
  await acrossA4(wordPath)
  const word = squash(await pdfText(wordPath))
  expect(word).toContain(squash(title))
  expect(word).toContain(squash('Рабочая группа провела заседание'))
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(await save('Excel', 'report.xlsx'))
  expect(book.worksheets.map((w) => w.name)).toEqual(['Сводка', 'Ход исполнения по пунктам', 'Исполнение по организациям'])
  const byClause = book.worksheets[1]!
  const reports = byClause.getColumn(5).values.slice(2).map(String)
  expect(reports.length).toBe(Number(book.worksheets[0]!.getCell('B1').value))
  // Every commitment was reported on by some owner: the latest report is in the table.
  expect(reports.every((r) => r.includes('Рабочая группа провела заседание'))).toBe(true)
  // The matrix: a column per owner asked, each cell its own latest status ("выполнено" from the clumsy reply), "—" where it has no part.
  const matrix = book.worksheets[2]!
  expect(matrix.getRow(1).cellCount - 1).toBe(workbooks.length)
  const cells = matrix.getRows(2, matrix.rowCount - 1)!.flatMap((r) => (r.values as unknown[]).slice(2))
  expect(cells).toContain('Выполнено')
  expect(cells).toContain('В работе')
  expect(cells.every((c) => ['Выполнено', 'В работе', '—'].includes(String(c)))).toBe(true)
})
