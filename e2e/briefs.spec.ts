// Briefing packs: from a meeting to a brief in two clicks, edited section by section, with the
// saved brief's pages in its own output language, whatever the interface language.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'

const MEETING = 'VI Консультативная встреча глав государств Центральной Азии'

async function loadDemo(page: Page) {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Материалы к встречам' })).toBeVisible()
}

const builder = (page: Page) => page.getByRole('form', { name: 'Материалы к встрече' })
/** The brief's pages: the print view in the builder's frame. */
const preview = (page: Page) => page.frameLocator('iframe[title="Страницы материалов"]').locator('body')
const section = (page: Page, name: string) => builder(page).getByRole('region', { name, exact: true })

async function save(page: Page) {
  await builder(page).getByRole('button', { name: 'Сохранить' }).click()
  await expect(builder(page).getByRole('button', { name: 'Сохранить' })).toBeEnabled()
}

test('a brief from the meeting page: details, sections switched and moved, the preview, kept across a restart', async ({ app }) => {
  let { page } = app
  await loadDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Встречи' }).click()
  await page.getByRole('link', { name: MEETING }).click()
  await page.getByRole('button', { name: 'Новые материалы' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Материалы к встрече: ${MEETING}` })).toBeVisible()

  const form = builder(page)
  await form.getByRole('textbox', { name: 'Для кого' }).fill('Министру транспорта')
  const marking = form.getByRole('combobox', { name: 'Гриф' })
  await marking.fill('')
  await marking.click()
  await page.getByRole('option', { name: 'Для служебного пользования' }).click()
  await expect(marking).toHaveValue('Для служебного пользования')

  await section(page, 'Основные цели и тезисы').getByRole('textbox', { name: 'Цели' }).fill('Закрепить договорённости.\n- Одобрить проект Стратегии\n• Согласовать график поезда')
  await section(page, 'Организационные вопросы').getByRole('textbox', { name: 'Текст' }).fill('Вылет в 7:00.')
  await form.getByRole('switch', { name: 'Включён: Организационные вопросы' }).uncheck()
  await form.getByRole('button', { name: 'Выше: Приложение: исполнение поручений' }).click()
  // The focus stays with the moved section's button, for the next move from the keyboard.
  await expect(form.getByRole('button', { name: 'Выше: Приложение: исполнение поручений' })).toBeFocused()
  await save(page)

  const doc = preview(page)
  await expect(page.getByText(/^Проект собирается из реестра/)).toBeVisible()
  // (The marking is in the pages' margins, drawn by CSS: briefOutputs.spec reads it off the PDF.)
  await expect(doc).toContainText('Министру транспорта')
  await expect(doc.getByRole('region', { name: 'Основные цели и тезисы' }).getByRole('listitem')).toHaveText(['Одобрить проект Стратегии', 'Согласовать график поезда'])
  const annex = doc.getByRole('region', { name: 'Исполнение поручений' }).first()
  await expect(annex.getByRole('columnheader', { name: 'Пункт' }).first()).toBeVisible()
  await expect(annex.getByRole('cell', { name: 'п. 4.1', exact: true })).toBeVisible()
  // An overdue row stands out whole, in dark red and bold (colour alone is lost on a grey printer), as in Word.
  const overdue = annex.getByRole('row').filter({ hasText: 'просрочено' }).first()
  await expect(overdue).toBeVisible()
  const looks = await overdue.getByRole('cell').evaluateAll((cells) => cells.map((c) => `${getComputedStyle(c).fontWeight} ${getComputedStyle(c).color}`))
  expect(looks.length).toBe(6)
  expect(new Set(looks)).toEqual(new Set(['700 rgb(156, 0, 6)']))
  await expect(doc.getByRole('region', { name: 'Организационные вопросы' })).toHaveCount(0)
  await expect(doc).not.toContainText('Вылет в 7:00.')

  // Kept: after a restart the list leads back to the same brief, as saved.
  page = await app.restart()
  await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
  await page.getByRole('table', { name: 'Материалы к встречам' }).getByRole('link', { name: `Материалы к встрече: ${MEETING}` }).click()
  await expect(builder(page).getByRole('textbox', { name: 'Для кого' })).toHaveValue('Министру транспорта')
  await expect(builder(page).getByRole('switch', { name: 'Включён: Организационные вопросы' })).not.toBeChecked()
  const titles = await builder(page).getByRole('heading', { level: 3 }).allTextContents()
  expect(titles.indexOf('Приложение: исполнение поручений')).toBeLessThan(titles.indexOf('По вопросам повестки дня'))
  await expect(preview(page).getByRole('cell', { name: 'п. 4.1', exact: true })).toBeVisible()
})

test('an English brief from the Russian interface; markup typed into it shows as text', async ({ app }) => {
  const { page } = app
  await loadDemo(page)
  await page.getByRole('button', { name: `Подготовить материалы: ${MEETING}` }).click()
  const form = builder(page)
  await form.getByRole('radiogroup', { name: 'Язык материалов' }).getByRole('radio', { name: 'English' }).check()
  const steering = section(page, 'Основные цели и тезисы')
  await steering.getByRole('button', { name: 'Добавить: Основные тезисы' }).click()
  // The new point's text takes the focus, for typing at once.
  await expect(steering.getByRole('group', { name: 'Основные тезисы: пункт 1' }).getByRole('textbox', { name: 'Текст пункта 1' })).toBeFocused()
  await page.keyboard.type('<script>alert(1)</script> <b>bold</b>')
  // The annex narrowed to one theme: our two digital commitments.
  await section(page, 'Приложение: исполнение поручений').getByRole('combobox', { name: 'Темы' }).click()
  await page.getByRole('menuitemcheckbox', { name: 'digital' }).click()
  await page.keyboard.press('Escape')
  await save(page)

  // The title and marking, still the defaults, follow the output language.
  await expect(form.getByRole('textbox', { name: 'Название' })).toHaveValue(`Briefing pack: VI Consultative Meeting of the Heads of State of Central Asia`)
  await expect(form.getByRole('combobox', { name: 'Гриф' })).toHaveValue('Official use only')
  const doc = preview(page)
  await expect(page.frameLocator('iframe[title="Страницы материалов"]').locator('html')).toHaveAttribute('lang', 'en')
  await expect(doc.getByRole('heading', { name: 'Steering brief', exact: true })).toBeVisible()
  await expect(doc.getByRole('heading', { name: 'Commitments', exact: true })).toBeVisible()
  await expect(doc.getByRole('columnheader', { name: 'Clause' }).first()).toBeVisible()
  await expect(doc.getByText('<script>alert(1)</script> <b>bold</b>')).toBeVisible()
  await expect(doc.getByRole('region', { name: 'Commitments' }).locator('tbody tr')).toHaveCount(2)
  await expect(doc.getByRole('region', { name: 'Commitments' }).getByRole('cell', { name: 'п. 4.7', exact: true })).toBeVisible()
  await expect(doc.locator('script, b')).toHaveCount(0)
  // The interface stays Russian.
  await expect(page.getByRole('heading', { level: 2, name: 'Страницы, печать и выпуск' })).toBeVisible()
})
