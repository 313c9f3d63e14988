// The first hour, as a person would spend it: from an empty folder, who we are, the VII
// Consultative Meeting (Tashkent, 15–16 November 2025), its documents one after another, and
// three commitments, one per kind of deadline (a period, a quarter, a recurring one); the
// dashboard then counts them as ours.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'
import { pick } from './pickers'

const MINISTRY = 'Министерство транспорта Республики Узбекистан'
const STATEMENT = 'Совместное заявление по итогам VII Консультативной встречи'

async function addCommitment(page: Page, clause: string, summary: string, words: string, kind: string) {
  await page.getByRole('link', { name: 'Добавить поручение' }).click()
  await page.getByRole('textbox', { name: 'Пункт' }).fill(clause)
  await page.getByRole('textbox', { name: 'Текст' }).fill(`${summary}.`)
  await page.getByRole('textbox', { name: 'Краткое содержание (Русский)' }).fill(summary)
  await page.getByRole('button', { name: 'Добавить исполнителя' }).click()
  await pick(page, 'Исполнитель 1', 'транспорта', MINISTRY)
  await page.getByRole('textbox', { name: 'Формулировка документа' }).fill(words)
  await expect(page.getByRole('combobox', { name: 'Вид срока', exact: true })).toHaveText(kind)
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${clause} ${summary}` })).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: STATEMENT }).click()
  await expect(page.getByRole('heading', { level: 1, name: STATEMENT })).toBeVisible()
}

test('from an empty folder to a current registry without dead ends', async ({ app }) => {
  test.setTimeout(120_000)
  const { page } = app
  await page.getByRole('button', { name: 'Начать с пустого реестра' }).click()
  const us = page.getByRole('form', { name: 'Кто мы' })
  await us.getByLabel('Страна (Русский)').fill('Узбекистан')
  await us.getByLabel('Код страны').fill('UZ')
  await us.getByLabel('Наша организация (Русский)').fill(MINISTRY)
  await us.getByRole('button', { name: 'Начать работу' }).click()
  await expect(page.getByText(new RegExp(`^Поручения: ${MINISTRY}, на `))).toBeVisible()

  await page.getByRole('navigation').getByRole('link', { name: 'Встречи', exact: true }).click()
  await page.getByRole('button', { name: 'Новая встреча' }).click()
  const meeting = page.getByRole('form', { name: 'Новая встреча' })
  await meeting.getByRole('textbox', { name: 'Формат (Русский)', exact: true }).fill('Консультативная встреча глав государств Центральной Азии')
  await meeting.getByRole('spinbutton', { name: 'Номер' }).fill('7')
  await meeting.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('VII Консультативная встреча')
  await meeting.getByRole('radio', { name: 'Состоялась' }).check()
  await meeting.getByRole('combobox', { name: 'Начало', exact: true }).fill('15.11.2025')
  await meeting.getByRole('combobox', { name: 'Окончание', exact: true }).fill('16.11.2025')
  await meeting.getByRole('combobox', { name: 'День саммита', exact: true }).fill('16.11.2025')
  await meeting.getByRole('textbox', { name: 'Место (Русский)', exact: true }).fill('Ташкент')
  await meeting.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'VII Консультативная встреча' })).toBeVisible()

  await page.getByRole('button', { name: 'Новый документ' }).click()
  const doc = () => page.getByRole('form', { name: 'Новый документ' })
  await doc().getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill(STATEMENT)
  await doc().getByRole('button', { name: 'Сохранить и добавить ещё' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Документ «${STATEMENT}» сохранён.` })).toBeVisible()
  await expect(doc().getByRole('combobox', { name: 'Дата', exact: true })).toHaveValue('16.11.2025')
  await doc().getByRole('combobox', { name: 'Вид' }).selectOption({ label: 'Программа' })
  await doc().getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('Программа сотрудничества на 2026–2028 годы')
  await doc().getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Программа сотрудничества на 2026–2028 годы' })).toBeVisible()

  await page.getByRole('navigation').getByRole('link', { name: 'Документы', exact: true }).click()
  await page.getByRole('link', { name: STATEMENT }).click()
  await addCommitment(page, 'п. 1', 'Транспортный коридор', '2026–2028 гг.', 'Период с–по')
  await addCommitment(page, 'п. 2', 'Единое окно на границе', 'IV квартал 2026 г.', 'Квартал')
  await addCommitment(page, 'п. 3', 'Отчёт о грузопотоке', 'ежегодно', 'Периодически')

  await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click()
  await expect(page.getByRole('link', { name: 'Всего поручений: 3' })).toBeVisible()
  await expect(page.getByRole('img', { name: /^По документам: Совместное заявление/ })).toHaveAttribute('aria-label', /: 3$/)
})
