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

test('first run with an empty registry asks who we are, and the dashboard opens on our organisation', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Начать с пустого реестра' }).click()
  const form = page.getByRole('form', { name: 'Кто мы' })
  // Nothing named: each field says what it needs, and nothing is written.
  await form.getByRole('button', { name: 'Начать работу' }).click()
  await expect(form.getByText('Заполните на русском или английском')).toHaveCount(2)
  await expect(form.getByText('Две заглавные латинские буквы, например KZ')).toBeVisible()

  await form.getByLabel('Страна (Русский)').fill('Узбекистан')
  await form.getByLabel('Страна (English)').fill('Uzbekistan')
  await form.getByLabel('Код страны').fill('uz')
  await form.getByLabel('Наша организация (Русский)').fill('Министерство транспорта Республики Узбекистан')
  await form.getByLabel('Наша организация (English)').fill('Ministry of Transport of the Republic of Uzbekistan')
  await form.getByRole('button', { name: 'Начать работу' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
  await expect(page.getByText('Поручения: Министерство транспорта Республики Узбекистан, на 28 ноября 2026 г.')).toBeVisible()
  const file = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8'))
  expect(file.data.countries).toMatchObject([{ code: 'UZ', name: { ru: 'Узбекистан', en: 'Uzbekistan' } }])
  expect(file.data.organisations).toMatchObject([{ kind: 'ministry', countryId: file.data.countries[0].id, name: { en: 'Ministry of Transport of the Republic of Uzbekistan' } }])
  expect(file.data.settings.ourOrganisationId).toBe(file.data.organisations[0].id)
  expect(file.data.documents).toEqual([])
})

test('skipping who we are: the dashboard links to Settings, where our organisation can be created', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Начать с пустого реестра' }).click()
  await page.getByRole('button', { name: 'Пропустить' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
  await expect(page.getByText('Выберите свою организацию в настройках, чтобы видеть здесь её поручения.')).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: 'настройках' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible()

  await page.getByRole('button', { name: 'Нет в списке — создать' }).click()
  const dialog = page.getByRole('dialog', { name: 'Создать нашу организацию' })
  await dialog.getByLabel('Наименование (Русский)').fill('Министерство иностранных дел')
  await dialog.getByRole('button', { name: 'Создать и выбрать' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('combobox', { name: 'Наша организация' })).toHaveText('Министерство иностранных дел')

  await page.getByRole('link', { name: 'Сводка' }).click()
  await expect(page.getByText(/^Поручения: Министерство иностранных дел, на /)).toBeVisible()
  const file = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8'))
  expect(file.data.settings.ourOrganisationId).toBe(file.data.organisations[0].id)
})
