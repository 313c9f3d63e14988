// A meeting planned only for a year, its series taken from earlier meetings with the next number;
// a summit day that documents default to; "save and add another"; a document approved by another,
// whose parties approved it rather than signed it.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'
import { pick } from './pickers'

async function newMeeting(page: Page) {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Встречи', exact: true }).click()
  await page.getByRole('button', { name: 'Новая встреча' }).click()
  return page.getByRole('form', { name: 'Новая встреча' })
}

const stored = async (dataDir: string) => JSON.parse(await readFile(join(dataDir, 'delegation-desk.json'), 'utf-8')).data

test('a meeting planned for a year, in an earlier series with its next number', async ({ app }) => {
  const { page } = app
  const form = await newMeeting(page)
  await form.getByRole('group', { name: 'Прежние форматы:' }).getByRole('button', { name: 'Консультативная встреча глав государств Центральной Азии, № 7' }).click()
  await expect(form.getByRole('textbox', { name: 'Формат (Русский)', exact: true })).toHaveValue('Консультативная встреча глав государств Центральной Азии')
  await expect(form.getByRole('spinbutton', { name: 'Номер' })).toHaveValue('7')
  await form.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('VII Консультативная встреча')
  await form.getByRole('radio', { name: 'Только год' }).check()
  await form.getByRole('spinbutton', { name: 'Год' }).fill('2026')
  await form.getByRole('button', { name: 'Сохранить', exact: true }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'VII Консультативная встреча' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('2026 г.')
  const meeting = (await stored(app.dataDir)).meetings.find((m: { title: { ru: string } }) => m.title.ru === 'VII Консультативная встреча')
  expect(meeting).toMatchObject({ number: 7, datePrecision: 'year', startDate: '2026-01-01', endDate: '2026-12-31', status: 'planned' })
})

test('documents of a meeting default to its summit day, one after another, and an approved one is approved by its parties', async ({ app }) => {
  const { page } = app
  const form = await newMeeting(page)
  await form.getByRole('textbox', { name: 'Формат (Русский)', exact: true }).fill('Встреча министров')
  await form.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('Встреча министров в Ташкенте')
  await form.getByRole('radio', { name: 'Состоялась' }).check()
  await form.getByRole('combobox', { name: 'Начало', exact: true }).fill('15.11.2025')
  await form.getByRole('combobox', { name: 'Окончание', exact: true }).fill('16.11.2025')
  await form.getByRole('combobox', { name: 'День саммита', exact: true }).fill('17.11.2025')
  await form.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(form.getByRole('combobox', { name: 'День саммита', exact: true })).toHaveAccessibleDescription(/^День саммита — в один из дней встречи/)
  await form.getByRole('combobox', { name: 'День саммита', exact: true }).fill('16.11.2025')
  await form.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Встреча министров в Ташкенте' })).toBeVisible()

  await page.getByRole('button', { name: 'Новый документ' }).click()
  let doc = page.getByRole('form', { name: 'Новый документ' })
  await expect(doc.getByRole('combobox', { name: 'Дата', exact: true })).toHaveValue('16.11.2025')
  await doc.getByRole('combobox', { name: 'Вид' }).selectOption({ label: 'Обращение' })
  await doc.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('Обращение министров')
  await doc.getByRole('button', { name: 'Сохранить и добавить ещё' }).click()

  await expect(page.getByRole('status').filter({ hasText: 'Документ «Обращение министров» сохранён. Следующий документ:' })).toBeVisible()
  doc = page.getByRole('form', { name: 'Новый документ' })
  await expect(doc.getByRole('textbox', { name: 'Название (Русский)', exact: true })).toHaveValue('')
  await expect(doc.getByRole('combobox', { name: 'Дата', exact: true })).toHaveValue('16.11.2025')
  await doc.getByRole('combobox', { name: 'Вид' }).selectOption({ label: 'Перечень' })
  await doc.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('Перечень совместных проектов')
  await doc.getByRole('radio', { name: 'Одобрен другим документом' }).check()
  await pick(page, 'Каким документом одобрен', 'Обращение', 'Обращение министров')
  await doc.getByRole('button', { name: 'Добавить сторону' }).click()
  await pick(page, 'Страна', 'Узбекистан', 'Узбекистан')
  await expect(doc.getByRole('checkbox', { name: 'Одобрила' })).toBeChecked()
  await doc.getByRole('button', { name: 'Сохранить', exact: true }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Перечень совместных проектов' })).toBeVisible()
  const parties = page.getByRole('table', { name: 'Стороны' })
  await expect(parties.getByRole('columnheader', { name: 'Одобрила' })).toBeVisible()
  await expect(parties.getByRole('row', { name: /Узбекистан/ })).toContainText('одобрила')
  const documents = (await stored(app.dataDir)).documents.filter((d: { date: string }) => d.date === '2025-11-16')
  expect(documents.map((d: { type: string }) => d.type).sort()).toEqual(['appeal', 'list'])
})

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('date fields write the day as the interface does, not as the browser does', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Load demo data' }).click()
    await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click()
    await page.getByRole('button', { name: 'New meeting' }).click()
    const start = page.getByRole('combobox', { name: 'Start', exact: true })
    await start.fill('15.11.2025')
    await start.press('Tab')
    await expect(start).toHaveValue('15 Nov 2025')
  })
})
