// The main flows with the keyboard alone: a new commitment, a status update, a new brief and an
// import of pasted text, reached with Tab / Shift+Tab and worked with Enter, Space and the arrows.
// No click anywhere: each control is reached by moving the focus, as a keyboard user does.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures/app'

const ROADMAP = 'Дорожная карта по развитию регионального сотрудничества на 2025–2027 годы'
const OUR_MINISTRY = 'МТ РК — Министерство транспорта Республики Казахстан'
const MEETING = 'VI Консультативная встреча глав государств Центральной Азии'

/** What has the focus now, for a failure message: its role and name as a person would hear them. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement
  return el ? `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? ''}"` : 'nothing'
})

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it is not reachable that way. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await expect(target).toBeVisible()
  for (let presses = 0; presses < 250; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(key)
  }
  throw new Error(`${String(target)} was not reached with ${key}; the focus is on ${await focused(page)}`)
}

/** Tabs to a field and types into it, in place of what it holds. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.insertText(text)
  await expect(field).toHaveValue(text)
}

/** Tabs to a button or link and presses Enter on it. */
async function press(page: Page, control: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await tabTo(page, control, key)
  await page.keyboard.press('Enter')
}

/**
 * A drop-down or picker: words typed into a picker (inserted as text, as Playwright types Cyrillic),
 * the list opened with Alt+ArrowDown if typing did not open it, walked with the arrows, chosen with Enter.
 */
async function chooseOption(page: Page, box: Locator, option: string, typed?: string) {
  await tabTo(page, box)
  if (typed) await page.keyboard.insertText(typed)
  if ((await box.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Alt+ArrowDown')
  const wanted = page.getByRole('option', { name: option, exact: true })
  await expect(wanted).toBeVisible()
  const wantedId = await wanted.getAttribute('id')
  // Down until the list ends, then up: the wanted option may be above the chosen one.
  let key = 'ArrowDown'
  for (let presses = 0; presses < 60; presses++) {
    const active = await box.getAttribute('aria-activedescendant')
    if (active === wantedId) break
    await page.keyboard.press(key)
    if ((await box.getAttribute('aria-activedescendant')) === active) key = 'ArrowUp'
  }
  expect(await box.getAttribute('aria-activedescendant'), `the option "${option}" is reached with the arrows`).toBe(wantedId)
  await page.keyboard.press('Enter')
  await expect(wanted).toBeHidden()
}

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name })

test('the main flows work with the keyboard alone', async ({ app }) => {
  test.setTimeout(150_000)
  const { page } = app
  await press(page, page.getByRole('button', { name: 'Загрузить демонстрационные данные' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()

  // A new commitment.
  await press(page, nav(page, 'Поручения'))
  await expect(page.getByRole('heading', { level: 1, name: 'Поручения' })).toBeVisible()
  await press(page, page.getByRole('button', { name: 'Новое поручение' }))
  await chooseOption(page, page.getByRole('combobox', { name: 'Документ', exact: true }), ROADMAP, 'дорожная')
  await typeInto(page, page.getByRole('textbox', { name: 'Пункт' }), 'п. 9.8')
  await typeInto(page, page.getByRole('textbox', { name: 'Текст' }), 'Подготовить график запуска контейнерного поезда.')
  await typeInto(page, page.getByRole('textbox', { name: 'Краткое содержание (Русский)' }), 'График контейнерного поезда')
  await press(page, page.getByRole('button', { name: 'Добавить исполнителя' }))
  await chooseOption(page, page.getByRole('combobox', { name: 'Исполнитель 1', exact: true }), OUR_MINISTRY, 'казахстан')
  await chooseOption(page, page.getByRole('combobox', { name: 'Вид срока', exact: true }), 'Квартал')
  await chooseOption(page, page.getByRole('combobox', { name: 'Квартал', exact: true }), 'IV')
  await typeInto(page, page.getByRole('spinbutton', { name: 'Год' }), '2026')
  await press(page, page.getByRole('button', { name: 'Сохранить' }))
  await expect(page.getByRole('heading', { level: 1, name: 'п. 9.8 График контейнерного поезда' })).toBeVisible()

  // A status update in the form the page opens; the focus comes back to the button that opened it.
  const addStatus = page.getByRole('button', { name: 'Добавить статус' })
  await press(page, addStatus)
  const update = page.getByRole('group').filter({ has: page.getByRole('heading', { name: 'Новый статус' }) })
  await tabTo(page, update.getByRole('radio', { name: 'Оценка нашего секретариата' }))
  await page.keyboard.press('ArrowUp')
  await expect(update.getByRole('radio', { name: 'Отчёт исполнителя' })).toBeChecked()
  await expect(update.getByRole('textbox', { name: 'Автор' })).toHaveValue('Министерство транспорта Республики Казахстан')
  await chooseOption(page, update.getByRole('combobox', { name: 'Статус', exact: true }), 'С задержкой')
  await typeInto(page, update.getByRole('textbox', { name: 'Что сделано' }), 'График направлен партнёрам.')
  // A delay gives its reason, in the field that appears with the status.
  await typeInto(page, update.getByRole('textbox', { name: /^Причина задержки/ }), 'Ждём ответа партнёров.')
  await press(page, update.getByRole('button', { name: 'Добавить в историю' }))
  await expect(update).toBeHidden()
  await expect(addStatus).toBeFocused()
  await expect(page.getByRole('group', { name: 'Последний отчёт исполнителя' })).toContainText('График направлен партнёрам.')

  // A new brief for the demo meeting, from the list of briefs.
  await press(page, nav(page, 'Материалы к встречам'), 'Shift+Tab')
  await expect(page.getByRole('heading', { level: 1, name: 'Материалы к встречам' })).toBeVisible()
  await press(page, page.getByRole('button', { name: 'Новые материалы' }))
  const newBrief = page.getByRole('dialog', { name: 'Новые материалы к встрече' })
  await chooseOption(page, newBrief.getByRole('combobox', { name: 'Встреча' }), `${MEETING} (9 августа 2024 г.)`, 'консультативная')
  await press(page, newBrief.getByRole('button', { name: 'Создать' }))
  await expect(page.getByRole('heading', { level: 1, name: `Материалы к встрече: ${MEETING}` })).toBeVisible()

  // An import of pasted text into the demo roadmap, from its page.
  await press(page, nav(page, 'Документы'), 'Shift+Tab')
  await press(page, page.getByRole('main').getByRole('link', { name: ROADMAP }))
  await expect(page.getByRole('heading', { level: 1, name: ROADMAP })).toBeVisible()
  await press(page, page.getByRole('link', { name: 'Импорт поручений…' }))
  await typeInto(page, page.getByRole('textbox', { name: 'Или вставьте текст заявления или коммюнике' }), '1. Поручают правительствам разработать программу развития транзитных коридоров до конца 2027 года.')
  await press(page, page.getByRole('button', { name: 'Разбить на пункты' }))
  await press(page, page.getByRole('button', { name: 'Импортировать 1 поручение' }))
  await expect(page.getByText('Импортировано поручений: 1, создано организаций: 0.')).toBeVisible()
  await press(page, page.getByRole('link', { name: 'К документу' }), 'Shift+Tab')
  await expect(page.getByRole('table', { name: 'Поручения документа' }).getByRole('link', { name: /^Поручают правительствам разработать программу/ })).toBeVisible()
})
