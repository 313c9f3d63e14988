// An implementation report issued as a secretariat sends one: kept as it went out, the next one on
// the same document saying what changed since, the issued one saved again unchanged, and a
// mistaken one forgotten.
import ExcelJS from 'exceljs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DeskData } from '../electron/core/schema'
import { expect, test } from './fixtures/app'
import { open } from './pages'
import { choose, pick } from './pickers'

const DOCUMENT = 'Меморандум о взаимопонимании по развитию транспортно-логистических центров'
const CHANGES = 'Изменения с прошлой информации'

/** Each sheet's rows as text, by sheet name. */
async function sheets(path: string): Promise<Record<string, string[]>> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  return Object.fromEntries(book.worksheets.map((w) => [w.name, w.getRows(1, w.rowCount)!.map((r) => (r.values as unknown[]).slice(1).map(String).join(' | '))]))
}

test('an issued report is kept as it went out, and the next one says what changed since', async ({ app }) => {
  const { page } = app
  const outside = await mkdtemp(join(tmpdir(), 'desk-reports-'))
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()

  const report = page.getByRole('dialog', { name: 'Информация о ходе исполнения' })
  const saveReport = async (file: string, issue: boolean) => {
    await open(page, '/requests')
    await page.getByRole('button', { name: 'Отчёт об исполнении' }).click()
    await pick(page, 'Документ', 'Меморандум', DOCUMENT)
    if (issue) await report.getByRole('checkbox', { name: /^Выпустить/ }).check()
    const path = join(outside, file)
    await app.queueSavePath(path)
    await report.getByRole('button', { name: 'Excel', exact: true }).click()
    await expect(report.getByText(`Сохранено: ${path}`)).toBeVisible({ timeout: 60_000 })
    await report.getByRole('button', { name: 'Закрыть' }).click()
    await expect(report).toBeHidden()
    return path
  }

  const first = await saveReport('issued.xlsx', true)
  expect(Object.keys(await sheets(first))).not.toContain(CHANGES)
  const issued = page.getByRole('table', { name: 'Выпущенные информации' }).getByRole('row')
  await expect(issued).toHaveCount(2)
  await expect(issued.nth(1)).toContainText('28.11.2026')
  await expect(issued.nth(1)).toContainText('первая')

  // One of the memorandum's commitments completed after the report went out.
  const data = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData
  const memorandum = data.documents.find((d) => d.title.ru === DOCUMENT)!
  // One nobody has reported completed yet.
  const done = data.commitments.find((c) => c.documentId === memorandum.id && !data.statusUpdates.some((u) => u.commitmentId === c.id && u.status === 'completed'))!
  await open(page, `/commitments/${done.id}`)
  await page.getByRole('button', { name: 'Добавить статус' }).click()
  await choose(page, 'Статус', 'Выполнено')
  await page.getByRole('textbox', { name: 'Что сделано' }).fill('Центр открыт.')
  await page.getByRole('button', { name: 'Добавить в историю' }).click()
  await expect(page.getByRole('list', { name: 'История' }).getByRole('listitem').first()).toContainText('Центр открыт.')

  const draft = await sheets(await saveReport('draft.xlsx', false))
  expect(draft[CHANGES]![0]).toBe('По сравнению с информацией от 28 ноября 2026 г.')
  expect(draft[CHANGES]!.some((row) => row.startsWith(`${done.clause} |`) && row.endsWith('→ Выполнено'))).toBe(true)
  // A draft is not issued.
  await expect(issued).toHaveCount(2)

  // The issued one, saved again: as it went out, without today's change.
  const again = join(outside, 'again.xlsx')
  await app.queueSavePath(again)
  await issued.nth(1).getByRole('button', { name: /^Excel: информация/ }).click()
  await expect(page.getByText(`Сохранено: ${again}`)).toBeVisible({ timeout: 60_000 })
  expect(await sheets(again)).toEqual(await sheets(first))

  // Issued by mistake, then forgotten.
  await saveReport('second.xlsx', true)
  await expect(issued).toHaveCount(3)
  await expect(issued.nth(1)).toContainText('28.11.2026')
  await issued.nth(1).getByRole('button', { name: /^Удалить информацию/ }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Удалить' }).click()
  await expect(issued).toHaveCount(2)
})
