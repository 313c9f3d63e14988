// A roadmap arrives as a Word table: imported into its document with the columns mapped, one bad
// row fixed and an unknown committee created, then seen in the registry.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'

const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))
const ROADMAP = 'Дорожная карта по развитию регионального сотрудничества на 2025–2027 годы'

/** The columns in an order of the sender's own: responsible first, and a column we do not keep. */
const ROWS = [
  ['Ответственные исполнители', '№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Примечание'],
  ['МТ РК (отв.), МИД РК', '1.', 'Разработать проект соглашения о мультимодальных перевозках', 'IV квартал 2027 г.', 'приоритет'],
  ['Госкомитет по цифровизации', '2.', 'Провести форум по цифровизации транзита', 'до 1 марта 2027 г.', ''],
  ['МТ РК', '3.', '', '2027 год', ''],
]

async function roadmapFile(): Promise<string> {
  await mkdir(OUTPUT, { recursive: true })
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] })
  const doc = new Document({ sections: [{ children: [new Paragraph('План мероприятий'), new Table({ rows: ROWS.map((r) => new TableRow({ children: r.map(cell) })) })] }] })
  const path = join(OUTPUT, 'roadmap-import.docx')
  await writeFile(path, await Packer.toBuffer(doc))
  return path
}

async function openRoadmap(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Документы' }).click()
  await page.getByRole('link', { name: ROADMAP }).click()
}

test('a roadmap table from Word: map, fix, create an owner, confirm, see the commitments', async ({ app }) => {
  const { page } = app
  const file = await roadmapFile()
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await openRoadmap(page)
  await page.getByRole('link', { name: 'Импорт поручений…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт поручений' })).toBeVisible()

  await app.queueChosenFiles([file])
  await page.getByRole('button', { name: 'Выбрать файл…' }).click()
  await expect(page.getByText('Прочитано: roadmap-import.docx')).toBeVisible()

  // Guessed from the header's words, in the sender's order; the note column is left out.
  await expect(page.getByRole('combobox', { name: 'Столбец 1: Ответственные исполнители' })).toHaveValue('owners')
  await expect(page.getByRole('combobox', { name: 'Столбец 2: № п/п' })).toHaveValue('clause')
  await expect(page.getByRole('combobox', { name: 'Столбец 3: Наименование мероприятия' })).toHaveValue('text')
  await expect(page.getByRole('combobox', { name: 'Столбец 4: Срок исполнения' })).toHaveValue('deadline')
  // Choosing the header row again reads its words again.
  await page.getByRole('combobox', { name: 'Строка заголовков' }).selectOption({ label: 'Строка 2' })
  await expect(page.getByRole('combobox', { name: 'Столбец 3: Разработать проект соглашения о мультимодальных перевозках' })).toHaveValue('ignore')
  await page.getByRole('combobox', { name: 'Строка заголовков' }).selectOption({ label: 'Строка 1' })
  await expect(page.getByRole('combobox', { name: 'Столбец 3: Наименование мероприятия' })).toHaveValue('text')
  // The note becomes the completion form.
  await page.getByRole('combobox', { name: 'Столбец 5: Примечание' }).selectOption({ label: 'Форма завершения' })

  const status = page.getByRole('status').filter({ hasText: 'Поручений: 3' })
  await expect(status).toContainText('С проблемами, мешающими импорту: 2')
  const rows = page.getByRole('table', { name: 'Строки импорта' }).getByRole('row')
  await expect(rows.nth(1)).toContainText('IV квартал 2027 г.')
  await expect(rows.nth(1)).toContainText('Квартал, срок 31.12.2027')
  await expect(rows.nth(3)).toContainText('нет текста')

  // Skipping every row with a problem, then taking them back one by one.
  await page.getByRole('button', { name: 'Пропустить все строки с проблемами' }).click()
  await expect(status).toContainText('Пропущено: 2')
  await page.getByRole('checkbox', { name: 'Импортировать строку 3' }).check()
  await page.getByRole('checkbox', { name: 'Импортировать строку 4' }).check()
  await expect(status).toContainText('Пропущено: 0')

  // The empty row gets its text.
  await page.getByRole('button', { name: 'Исправить строку 4' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: 'Текст поручения' }).fill('Подготовить доклад о ходе реализации')
  await page.getByRole('dialog').getByRole('button', { name: 'Применить' }).click()
  await expect(rows.nth(3)).toContainText('Подготовить доклад о ходе реализации')

  // The unknown committee becomes a new organisation.
  const owners = page.getByRole('group', { name: 'Неизвестные исполнители' })
  await owners.getByRole('combobox', { name: 'Что сделать: Госкомитет по цифровизации' }).selectOption({ label: 'Создать организацию' })
  await expect(status).not.toContainText('мешающими')

  await page.getByRole('button', { name: 'Импортировать 3 поручения' }).click()
  await expect(page.getByText('Импортировано поручений: 3, создано организаций: 1.')).toBeVisible()

  await page.getByRole('link', { name: 'К документу' }).click()
  const table = page.getByRole('table', { name: 'Поручения документа' })
  await expect(table.getByRole('link', { name: 'Разработать проект соглашения о мультимодальных перевозках' })).toBeVisible()
  await expect(table.getByRole('link', { name: 'Подготовить доклад о ходе реализации' })).toBeVisible()
})

test('a joint statement pasted as text: clauses split, commitments ticked by their wording, imported', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await openRoadmap(page)
  await page.getByRole('link', { name: 'Импорт поручений…' }).click()
  const statement = [
    'Главы государств Центральной Азии,',
    '',
    'подтверждая приверженность региональному сотрудничеству,',
    '',
    '1. Приветствуют итоги Консультативной встречи.',
    '2. Поручают правительствам разработать программу развития транзитных коридоров до конца 2027 года.',
    '3. Договорились провести заседание министров транспорта в IV квартале 2027 г.',
  ].join('\n')
  await page.getByRole('textbox', { name: 'Или вставьте текст заявления или коммюнике' }).fill(statement)
  await page.getByRole('button', { name: 'Разбить на пункты' }).click()
  await expect(page.getByText('Вставленный текст')).toBeVisible()

  const rows = page.getByRole('table', { name: 'Строки импорта' })
  // Only clauses with obligation wording are ticked: not the preamble, not the welcome.
  await expect(rows.getByRole('checkbox', { checked: true })).toHaveCount(2)
  await expect(rows.getByRole('row').filter({ hasText: 'Приветствуют' }).getByRole('checkbox')).not.toBeChecked()
  // Each clause's deadline is read out of its text.
  await expect(rows.getByRole('row').filter({ hasText: 'Договорились' })).toContainText('Квартал, срок 31.12.2027')
  await page.getByRole('button', { name: 'Импортировать 2 поручения' }).click()
  await expect(page.getByText('Импортировано поручений: 2, создано организаций: 0.')).toBeVisible()
  await page.getByRole('link', { name: 'К документу' }).click()
  await expect(page.getByRole('table', { name: 'Поручения документа' }).getByRole('link', { name: /^Поручают правительствам разработать программу/ })).toBeVisible()
})
