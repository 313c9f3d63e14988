// Meetings and documents: create, check, edit and delete them in the Russian interface; deletes
// refused while something points to the record; source files copied into the data folder.
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'

const JOINT_STATEMENT = /^Совместное заявление глав государств по итогам VI Консультативной встречи/
const ROADMAP = 'Дорожная карта по развитию регионального сотрудничества на 2025–2027 годы'

async function openSection(page: Page, name: 'Встречи' | 'Документы') {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible()
}

/** Deletes the record whose page is open, answering the question; returns the dialog. */
async function deleteOpenRecord(page: Page) {
  await page.getByRole('main').getByRole('button', { name: 'Удалить', exact: true }).click()
  const dialog = page.getByRole('alertdialog')
  await dialog.getByRole('button', { name: 'Удалить', exact: true }).click()
  return dialog
}

test('a meeting and its document: created, checked, edited, refused and deleted', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()

  // A new meeting with two agenda items, the second moved up.
  await openSection(page, 'Встречи')
  await page.getByRole('button', { name: 'Новая встреча' }).click()
  const form = page.getByRole('form', { name: 'Новая встреча' })
  await form.getByRole('textbox', { name: 'Формат (Русский)', exact: true }).fill('Заседания рабочей группы по транспорту')
  await form.getByRole('spinbutton', { name: 'Номер' }).fill('3')
  await form.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('Третье заседание рабочей группы')
  await form.getByRole('combobox', { name: 'Начало', exact: true }).fill('10.12.2026')
  await form.getByRole('combobox', { name: 'Окончание', exact: true }).fill('09.12.2026')
  await form.getByRole('textbox', { name: 'Место (Русский)', exact: true }).fill('Б'.repeat(501))
  await form.getByRole('button', { name: 'Добавить пункт повестки' }).click()
  await form.getByRole('group', { name: 'Пункт повестки 1' }).getByRole('textbox', { name: 'Название пункта (Русский)' }).fill('О тарифах')
  await form.getByRole('button', { name: 'Добавить пункт повестки' }).click()
  // The new item's first field has the focus: typing goes straight into it.
  await page.keyboard.type('Об открытии заседания')
  await form.getByRole('button', { name: 'Выше: Пункт повестки 2' }).click()
  await expect(form.getByRole('group', { name: 'Пункт повестки 1' }).getByRole('textbox', { name: 'Название пункта (Русский)' })).toHaveValue('Об открытии заседания')

  // End before start, and an oversize venue: each said next to its field; nothing saved.
  await form.getByRole('button', { name: 'Сохранить' }).click()
  await expect(form.getByRole('combobox', { name: 'Окончание', exact: true })).toHaveAccessibleDescription('Окончание раньше начала')
  await expect(form.getByText('Не длиннее 500 знаков (сейчас 501)')).toBeVisible()
  await expect(form.getByText('Ничего не сохранено: исправьте отмеченные поля.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Новая встреча' })).toBeVisible()

  // Corrected, it is saved, and its page shows it.
  await form.getByRole('combobox', { name: 'Окончание', exact: true }).fill('11.12.2026')
  await form.getByRole('textbox', { name: 'Место (Русский)', exact: true }).fill('Алматы')
  await form.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Третье заседание рабочей группы' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Повестка дня' }).getByRole('listitem')).toHaveText(['Об открытии заседания', 'О тарифах'])
  await expect(page.getByRole('main')).toContainText('10 декабря 2026 г. – 11 декабря 2026 г.')

  // In the list exactly once: the refused save left nothing behind.
  await openSection(page, 'Встречи')
  const card = page.getByRole('article', { name: 'Третье заседание рабочей группы' })
  await expect(card).toHaveCount(1)
  await expect(card).toContainText('Алматы')

  // Edited: the new venue shows on its page and in the list.
  await card.getByRole('link', { name: 'Третье заседание рабочей группы' }).click()
  await page.getByRole('button', { name: 'Изменить' }).click()
  const editForm = page.getByRole('form', { name: 'Изменение встречи' })
  await editForm.getByRole('textbox', { name: 'Место (Русский)', exact: true }).fill('Бишкек')
  await editForm.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Третье заседание рабочей группы' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Бишкек')

  // A document adopted at it, approved by the demo Joint Statement.
  await page.getByRole('button', { name: 'Новый документ' }).click()
  const docForm = page.getByRole('form', { name: 'Новый документ' })
  await expect(docForm.getByRole('combobox', { name: 'Встреча' })).toHaveValue(/^Третье заседание рабочей группы/)
  await docForm.getByRole('combobox', { name: 'Вид', exact: true }).selectOption({ label: 'План действий' })
  await docForm.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('План мероприятий рабочей группы')
  await docForm.getByRole('radio', { name: 'Одобрен другим документом' }).check()
  const approvedBy = docForm.getByRole('combobox', { name: 'Каким документом одобрен' })
  await approvedBy.click()
  await approvedBy.pressSequentially('совместное')
  await page.getByRole('option', { name: JOINT_STATEMENT }).click()
  await docForm.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'План мероприятий рабочей группы' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Одобрен документом: Совместное заявление глав государств')
  await expect(page.getByRole('main')).toContainText('10 декабря 2026 г.')

  // The meeting's page lists it.
  await page.getByRole('main').getByRole('link', { name: 'Третье заседание рабочей группы' }).click()
  await expect(page.getByRole('list', { name: 'Принятые документы' }).getByRole('link')).toHaveText(['План мероприятий рабочей группы'])

  // The demo Roadmap holds commitments: its delete is refused, naming them.
  await openSection(page, 'Документы')
  await page.getByRole('table', { name: 'Документы' }).getByRole('link', { name: ROADMAP }).click()
  const dialog = await deleteOpenRecord(page)
  await expect(dialog).toContainText('Сейчас это сделать нельзя.')
  await expect(dialog.getByRole('listitem').filter({ hasText: /^Поручение: п\. / })).toHaveCount(16)
  await dialog.getByRole('button', { name: 'Отмена' }).click()
  await expect(page.getByRole('heading', { level: 1, name: ROADMAP })).toBeVisible()

  // The new document, then the meeting, deleted: both gone.
  await openSection(page, 'Документы')
  await page.getByRole('link', { name: 'План мероприятий рабочей группы' }).click()
  await deleteOpenRecord(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Документы' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Документы' }).getByRole('row')).toHaveCount(9)
  await expect(page.getByRole('link', { name: 'План мероприятий рабочей группы' })).toHaveCount(0)

  await openSection(page, 'Встречи')
  await page.getByRole('article', { name: 'Третье заседание рабочей группы' }).getByRole('link', { name: 'Третье заседание рабочей группы' }).click()
  await deleteOpenRecord(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Встречи' })).toBeVisible()
  await expect(page.getByRole('article', { name: 'Третье заседание рабочей группы' })).toHaveCount(0)
  await expect(page.getByRole('article')).toHaveCount(3)
})

test('a meeting with documents is not deleted, and the dialog names them', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await openSection(page, 'Встречи')
  await page.getByRole('link', { name: 'VI Консультативная встреча глав государств Центральной Азии' }).click()
  const dialog = await deleteOpenRecord(page)
  await expect(dialog).toContainText('Запись используется в:')
  await expect(dialog.getByRole('listitem').filter({ hasText: /^Документ: / })).toHaveCount(8)
  await dialog.getByRole('button', { name: 'Отмена' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'VI Консультативная встреча глав государств Центральной Азии' })).toBeVisible()
})

test('a source file is copied into the data folder, opened and removed', async ({ app }) => {
  test.skip(app.host !== 'chromium', 'the file dialog and viewer are stood in for on the Chromium host only')
  const { page } = app
  const name = 'Совместное заявление (подписанный текст).txt'
  const content = 'Подписано в Астане 9 августа 2024 года.\n'
  const sha256 = createHash('sha256').update(content).digest('hex')
  const incoming = join(app.userDataDir, 'incoming')
  await mkdir(incoming)
  await writeFile(join(incoming, name), content)

  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await openSection(page, 'Документы')
  await page.getByRole('link', { name: JOINT_STATEMENT }).click()
  await expect(page.getByText('Файлы не добавлены.')).toBeVisible()

  await app.queueChosenFiles([join(incoming, name)])
  await page.getByRole('button', { name: 'Добавить файлы…' }).click()
  const row = page.getByRole('table', { name: 'Файлы документа' }).getByRole('row').filter({ hasText: name })
  await expect(row).toContainText(sha256.slice(0, 12))
  const stored = join(app.dataDir, 'files', sha256, name)
  expect(await readFile(stored, 'utf-8')).toBe(content)

  await row.getByRole('button', { name: `Открыть ${name}` }).click()
  await expect.poll(() => [...app.openedPaths]).toEqual([stored])

  await row.getByRole('button', { name: `Убрать ${name}` }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Убрать' }).click()
  await expect(page.getByText('Файлы не добавлены.')).toBeVisible()
})
