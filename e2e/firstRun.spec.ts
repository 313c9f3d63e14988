// First run in an empty data folder: the app offers the demo and opens on it.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CURRENT_SCHEMA_VERSION } from '../electron/core/schema'
import { expect, test } from './fixtures/app'

test('first run offers the demo, and the dashboard opens on it', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1, name: 'Добро пожаловать в Delegation Desk' })).toBeVisible()
  await expect(page.getByText(app.dataDir, { exact: false })).toBeVisible()
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
  await expect(page.getByText('Поручения: Министерство транспорта Республики Казахстан, на 28 ноября 2026 г.')).toBeVisible()
  await expect(page.getByText(/^Демонстрационные данные:/)).toBeVisible()

  // Overdue commitments of our ministry, each marked overdue and as sample data.
  const overdue = page.getByRole('table', { name: 'Просроченные поручения' }).getByRole('row')
  await expect(overdue.nth(1)).toBeVisible()
  const rows = await overdue.count()
  expect(rows - 1).toBeGreaterThanOrEqual(3)
  await expect(overdue.filter({ hasText: 'просрочено' })).toHaveCount(rows - 1)
  await expect(overdue.filter({ hasText: 'Образец' })).toHaveCount(rows - 1)
  const overdueFigure = page.getByRole('group', { name: 'Просрочено' })
  await expect(overdueFigure).toContainText(String(rows - 1))

  // It is on disk, in the data folder the app was pointed at.
  const file = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8'))
  expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
  expect(file.data.documents).toHaveLength(8)
})

test('first run can start with an empty registry instead', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Начать с пустого реестра' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
  await expect(page.getByText('Выберите свою организацию в настройках, чтобы видеть здесь её поручения.')).toBeVisible()
  await page.getByRole('link', { name: 'Документы' }).click()
  await expect(page.getByText('Документов пока нет.')).toBeVisible()
  const file = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8'))
  expect(file.data.documents).toEqual([])
})
