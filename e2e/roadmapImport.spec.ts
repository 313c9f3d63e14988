// Roadmaps as they really come (electron/core/imports/fixtures, made with LibreOffice): a workbook
// whose first sheet is a cover page, with section rows, the row of column numbers and a closing
// note; a KOI8-R CSV; a Word file without a table. Imported with the guessed mapping, nothing
// unticked, only the new owners decided.
import { fileURLToPath } from 'node:url'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'

const ROADMAP = 'Дорожная карта по развитию регионального сотрудничества на 2025–2027 годы'
const fixture = (name: string) => fileURLToPath(new URL(`../electron/core/imports/fixtures/${name}`, import.meta.url))
const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Документы' }).click()
  await page.getByRole('link', { name: ROADMAP }).click()
  await page.getByRole('link', { name: 'Импорт поручений…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт поручений' })).toBeVisible()
}

test('a workbook with a cover sheet and sections: every commitment, no section row, owners matched, one confirm', async ({ app }) => {
  const { page } = app
  await openImport(page)
  await app.queueChosenFiles([fixture('roadmap-ru.xlsx')])
  await page.getByRole('button', { name: 'Выбрать файл…' }).click()
  await expect(page.getByText('Таблица найдена на листе «План мероприятий» (2 из 3).')).toBeVisible()

  const status = page.getByRole('status').filter({ hasText: 'Поручений: 10' })
  await expect(status).toContainText('Будет импортировано: 10')
  await expect(status).toContainText('Не импортируются (разделы, номера столбцов, примечания): 5')
  const rows = page.getByRole('table', { name: 'Строки импорта' }).getByRole('row')
  // Sections, the column numbers and the note are shown, unticked, for what they are.
  await expect(rows.filter({ hasText: 'I. Транспорт и логистика' })).toContainText('Раздел')
  await expect(rows.filter({ hasText: '1 | 2 | 3 | 4 | 5' })).toContainText('Номера столбцов')
  await expect(rows.filter({ hasText: 'Примечание:' })).toContainText('Примечание под таблицей')
  // What was understood: the deadline's kind and date, each owner's match and role, the section.
  const annual = rows.filter({ hasText: 'Проводить заседания рабочей группы' })
  await expect(annual).toContainText('Ежегодно — каждый год, ближайший срок 25.01.2025')
  await expect(annual).toContainText('МТ РК → МТ РК — отв.')
  await expect(annual).toContainText('МТиК КР → МТК КР — соисп.')
  await expect(annual).toContainText('Транспорт и логистика')
  await expect(rows.filter({ hasText: 'водно-энергетического баланса' })).toContainText('Постоянно, без даты')
  await expect(rows.filter({ hasText: 'объединённой энергосистемы' })).toContainText('Месяц, срок 31.12.2026')

  // Only the owners new to the registry need a word.
  const owners = page.getByRole('group', { name: 'Неизвестные исполнители' })
  await owners.getByRole('combobox', { name: 'Что сделать: МНЭ' }).selectOption({ label: 'Создать организацию' })
  await owners.getByRole('combobox', { name: 'Что сделать: акиматы областей, городов Астаны, Алматы и Шымкента' }).selectOption({ label: 'Создать организацию' })
  await expect(status).not.toContainText('мешающими')
  await rows.filter({ hasText: 'I. Транспорт и логистика' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(OUTPUT, 'roadmap-import-preview.png') })
  await page.getByRole('button', { name: 'Импортировать 10 поручений' }).click()
  await expect(page.getByText('Импортировано поручений: 10, создано организаций: 2.')).toBeVisible()

  await page.getByRole('link', { name: 'К документу' }).click()
  await expect(page.getByText(/^Поручений в документе: \d+\./)).not.toHaveText('Поручений в документе: 0.')
  const table = page.getByRole('table', { name: 'Поручения документа' })
  await expect(table.getByRole('link', { name: /^Проводить заседания рабочей группы/ })).toBeVisible()
  await expect(table.getByRole('link', { name: 'I. Транспорт и логистика' })).toHaveCount(0)
})

test('a KOI8-R file: the encoding is detected and named; another one can be tried and looks garbled', async ({ app }) => {
  const { page } = app
  await openImport(page)
  await app.queueChosenFiles([fixture('roadmap-koi8r.csv')])
  await page.getByRole('button', { name: 'Выбрать файл…' }).click()
  await expect(page.getByText('Кодировка: KOI8-R (определена автоматически).')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Строки импорта' })).toContainText('Разработать проект Соглашения')
  await page.getByRole('combobox', { name: 'Кодировка' }).selectOption({ label: 'Windows-1251' })
  await expect(page.getByText('Кодировка: Windows-1251 (выбрана вами).')).toBeVisible()
  await expect(page.getByText('Текст выглядит искажённым: попробуйте другую кодировку.')).toBeVisible()
  await page.getByRole('combobox', { name: 'Кодировка' }).selectOption({ label: 'KOI8-R' })
  await expect(page.getByText('Текст выглядит искажённым: попробуйте другую кодировку.')).toHaveCount(0)
})

test('a Word file without a table: named, why, what to do, and the last preview is gone', async ({ app }) => {
  const { page } = app
  await mkdir(OUTPUT, { recursive: true })
  const letter = join(OUTPUT, 'Письмо МИД.docx')
  await writeFile(letter, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Направляем текст Совместного заявления.')] }] })))
  await openImport(page)
  await app.queueChosenFiles([fixture('roadmap-utf8.csv')])
  await page.getByRole('button', { name: 'Выбрать файл…' }).click()
  await expect(page.getByRole('table', { name: 'Строки импорта' })).toBeVisible()
  await app.queueChosenFiles([letter])
  await page.getByRole('button', { name: 'Выбрать файл…' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Файл «Письмо МИД.docx» нельзя использовать.')
  await expect(alert).toContainText('В файле нет таблицы. Если это заявление или коммюнике, скопируйте его текст и вставьте в поле ниже')
  await expect(page.getByRole('table', { name: 'Строки импорта' })).toHaveCount(0)
  await expect(page.getByText('Прочитано: roadmap-utf8.csv')).toHaveCount(0)
})
