// Countries, organisations and people: created, checked, linked and deleted through the UI, with
// problems shown next to the field they concern and refused deletes saying what depends.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'

const ru = {
  loadDemo: 'Загрузить демонстрационные данные',
  section: 'Организации и люди',
  save: 'Сохранить',
  delete: 'Удалить',
  cancel: 'Отмена',
}

async function openRegistry(page: Page, tab: string) {
  await page.getByRole('navigation').getByRole('link', { name: ru.section, exact: true }).click()
  await page.getByRole('tab', { name: tab }).click()
}

/**
 * Types into a type-ahead picker and chooses the option that appears. One word: Playwright
 * inserts Cyrillic without key presses, so a following space would reach the picker as "choose".
 */
async function pick(page: Page, field: string, typed: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name: field })
  await box.click()
  await box.pressSequentially(typed)
  await page.getByRole('option', { name: option }).click()
}

async function deleteOpenRecord(page: Page) {
  await page.getByRole('button', { name: ru.delete }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: ru.delete }).click()
}

test('countries, organisations and people: create, link, refuse, delete', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: ru.loadDemo }).click()

  // A country code that is not two capitals is refused next to the field, and nothing is saved.
  await openRegistry(page, 'Страны')
  await page.getByRole('button', { name: 'Добавить страну' }).click()
  await page.getByRole('textbox', { name: 'Код' }).fill('kz1')
  await page.getByRole('textbox', { name: 'Наименование (Русский)' }).fill('Монголия')
  await page.getByRole('button', { name: ru.save }).click()
  await expect(page.getByRole('textbox', { name: 'Код' })).toHaveAccessibleDescription(/Две заглавные латинские буквы/)
  await expect(page.getByRole('textbox', { name: 'Код' })).toBeFocused()
  // The refused draft is still unsaved: leaving asks first.
  await page.getByRole('link', { name: 'Все страны' }).click()
  await page.getByRole('alertdialog', { name: 'Уйти без сохранения?' }).getByRole('button', { name: 'Уйти без сохранения' }).click()
  await expect(page.getByRole('table', { name: 'Страны' }).getByRole('row')).toHaveCount(7)
  await expect(page.getByRole('link', { name: 'Монголия' })).toHaveCount(0)

  // A new country, then two organisations in it: a government and a ministry that is part of it.
  await page.getByRole('button', { name: 'Добавить страну' }).click()
  await page.getByRole('textbox', { name: 'Код' }).fill('mn')
  await page.getByRole('textbox', { name: 'Наименование (Русский)' }).fill('Монголия')
  await page.getByRole('textbox', { name: 'Наименование (English)' }).fill('Mongolia')
  await page.getByRole('button', { name: ru.save }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Монголия' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Код' })).toHaveValue('MN')
  await expect(page.getByRole('status')).toHaveText('Сохранено')

  await openRegistry(page, 'Организации')
  await page.getByRole('button', { name: 'Добавить организацию' }).click()
  await page.getByRole('textbox', { name: 'Наименование (Русский)' }).fill('Правительство Монголии')
  await page.getByRole('combobox', { name: 'Вид' }).click()
  await page.getByRole('option', { name: 'Другое' }).click()
  await pick(page, 'Страна', 'монг', 'Монголия')
  await page.getByRole('button', { name: ru.save }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Правительство Монголии' })).toBeVisible()

  await openRegistry(page, 'Организации')
  await page.getByRole('button', { name: 'Добавить организацию' }).click()
  await page.getByRole('textbox', { name: 'Наименование (Русский)' }).fill('Министерство дорог и транспорта Монголии')
  await page.getByRole('textbox', { name: 'Сокращение (Русский)' }).fill('МДТ')
  await pick(page, 'Страна', 'монг', 'Монголия')
  await pick(page, 'Входит в', 'правительство', 'Правительство Монголии')
  await page.getByRole('button', { name: ru.save }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Министерство дорог и транспорта Монголии' })).toBeVisible()

  // The list groups them under the new country, showing what each is part of.
  await openRegistry(page, 'Организации')
  const mongolia = page.getByRole('table', { name: 'Монголия' })
  await expect(mongolia.getByRole('row', { name: /МДТ/ })).toContainText('Правительство Монголии')
  await expect(mongolia.getByRole('row', { name: /^Правительство Монголии/ })).toContainText('Другое')

  // The government cannot become part of its own ministry: it would be its own grandparent.
  await mongolia.getByRole('link', { name: 'Правительство Монголии' }).first().click()
  await pick(page, 'Входит в', 'дорог', /Министерство дорог и транспорта Монголии/)
  await page.getByRole('button', { name: ru.save }).click()
  await expect(page.getByRole('combobox', { name: 'Входит в' })).toHaveAccessibleDescription('Организация не может входить сама в себя')
  await expect(page.getByRole('region', { name: 'Входящие организации' }).getByRole('link', { name: 'Министерство дорог и транспорта Монголии' })).toBeVisible()
  await page.getByRole('link', { name: 'Все организации' }).click()
  await page.getByRole('alertdialog', { name: 'Уйти без сохранения?' }).getByRole('button', { name: 'Уйти без сохранения' }).click()
  await page.getByRole('table', { name: 'Монголия' }).getByRole('link', { name: 'Правительство Монголии' }).first().click()
  await expect(page.getByRole('combobox', { name: 'Входит в' })).toHaveValue('')

  // A person in the new ministry who attended the demo meeting.
  await page.getByRole('link', { name: 'Министерство дорог и транспорта Монголии' }).click()
  await page.getByRole('button', { name: 'Добавить человека' }).click()
  await expect(page.getByRole('combobox', { name: 'Организация' })).toHaveValue(/Министерство дорог и транспорта Монголии/)
  await page.getByRole('textbox', { name: 'Фамилия и имя (Русский)' }).fill('Пётр Семёнов')
  await page.getByRole('textbox', { name: 'Должность (Русский)' }).fill('Советник министра')
  await pick(page, 'Добавить: Встречи, где мы встречались', 'консультативная', /VI Консультативная встреча/)
  await page.getByRole('textbox', { name: 'Краткая биография' }).fill('Ведёт переговоры о транзите через Монголию.')
  await page.getByRole('button', { name: ru.save }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Пётр Семёнов' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Убрать: VI Консультативная встреча/ })).toBeVisible()

  // The people list finds him whether or not ё is typed.
  await openRegistry(page, 'Люди')
  await page.getByRole('searchbox', { name: 'Найти человека' }).fill('семенов')
  await expect(page.getByRole('table', { name: 'Люди' }).getByRole('row')).toHaveCount(2)
  await expect(page.getByRole('row', { name: /Пётр Семёнов/ })).toContainText('Министерство дорог и транспорта Монголии')

  // Settings offers the new ministry as our organisation at once, without a reload.
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  await page.getByRole('combobox', { name: 'Наша организация' }).click()
  await expect(page.getByRole('option', { name: 'Министерство дорог и транспорта Монголии' })).toBeVisible()
  await page.keyboard.press('Escape')

  // The demo's Ministry of Transport of Kazakhstan is used elsewhere: the delete is refused.
  await openRegistry(page, 'Организации')
  await page.getByRole('searchbox', { name: 'Найти организацию' }).fill('министерство транспорта казахстан')
  await page.getByRole('link', { name: 'Министерство транспорта Республики Казахстан', exact: true }).first().click()
  await deleteOpenRecord(page)
  const refusal = page.getByRole('alertdialog').getByRole('alert')
  await expect(refusal).toContainText('Запись используется в:')
  await expect(refusal).toContainText('Комитет транспорта Министерства транспорта Республики Казахстан')
  await expect(refusal).toContainText('Настройки: наша организация')
  await page.getByRole('alertdialog').getByRole('button', { name: ru.cancel }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Министерство транспорта Республики Казахстан' })).toBeVisible()

  // What we created goes, in the order nothing points to it any more.
  await openRegistry(page, 'Люди')
  await page.getByRole('link', { name: 'Пётр Семёнов' }).click()
  await deleteOpenRecord(page)
  await expect(page.getByRole('tab', { name: 'Люди' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('link', { name: 'Пётр Семёнов' })).toHaveCount(0)

  await openRegistry(page, 'Организации')
  for (const name of ['Министерство дорог и транспорта Монголии', 'Правительство Монголии']) {
    await page.getByRole('table', { name: 'Монголия' }).getByRole('link', { name }).first().click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await deleteOpenRecord(page)
    await expect(page.getByRole('heading', { level: 1, name: ru.section })).toBeVisible()
  }
  await expect(page.getByRole('table', { name: 'Монголия' })).toHaveCount(0)

  await openRegistry(page, 'Страны')
  await page.getByRole('link', { name: 'Монголия' }).click()
  await deleteOpenRecord(page)
  await expect(page.getByRole('table', { name: 'Страны' }).getByRole('row')).toHaveCount(7)
})

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('says what is wrong next to the field and what a refused delete depends on', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Load demo data' }).click()
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations & people', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations & people' })).toBeVisible()

    // Required name and a bad code, both at once; the draft stays as typed.
    await page.getByRole('tab', { name: 'Countries' }).click()
    await page.getByRole('button', { name: 'Add country' }).click()
    await page.getByRole('textbox', { name: 'Code' }).fill('kz1')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription(/Two capital Latin letters, as in KZ/)
    await expect(page.getByRole('textbox', { name: 'Name (Russian)' })).toHaveAccessibleDescription('Enter it in Russian or in English')
    await expect(page.getByRole('textbox', { name: 'Code' })).toHaveValue('KZ1')

    // An existing code is refused by the core, again next to the field.
    await page.getByRole('textbox', { name: 'Code' }).fill('kz')
    await page.getByRole('textbox', { name: 'Name (English)' }).fill('Kazakhstan again')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription(/A country with this code exists/)
    await page.getByRole('link', { name: 'All countries' }).click()
    await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click()
    await expect(page.getByRole('table', { name: 'Countries' }).getByRole('row')).toHaveCount(7)

    // An oversize biography is refused with the limit, next to the field.
    await page.getByRole('tab', { name: 'People' }).click()
    await page.getByRole('button', { name: 'Add person' }).click()
    await page.getByRole('textbox', { name: 'Name (English)' }).fill('Aigerim Sultanova')
    await page.getByRole('textbox', { name: 'Short biography' }).fill('a'.repeat(20_001))
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('textbox', { name: 'Short biography' })).toHaveAccessibleDescription(/^At most 20,000 characters \(now 20,001\)/)
    await expect(page.getByRole('heading', { level: 1, name: 'New person' })).toBeVisible()
    await page.getByRole('link', { name: 'All people' }).click()
    await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click()
    await expect(page.getByRole('link', { name: 'Aigerim Sultanova' })).toHaveCount(0)

    // The demo's Ministry of Transport of Kazakhstan: its page, then a refused delete.
    await page.getByRole('tab', { name: 'Organisations' }).click()
    await page.getByRole('link', { name: 'Ministry of Transport of the Republic of Kazakhstan', exact: true }).first().click()
    await expect(page.getByText('our organisation')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Subordinate organisations' })).toContainText('Transport Committee')
    await expect(page.getByRole('link', { name: /^Commitments it owns: [1-9]\d*$/ })).toHaveAttribute('href', /^#\/commitments\?ownerId=/)
    await page.getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click()
    const refusal = page.getByRole('alertdialog').getByRole('alert')
    await expect(refusal).toContainText('It is still used by:')
    await expect(refusal).toContainText('Organisation: Transport Committee of the Ministry of Transport of the Republic of Kazakhstan')
    await expect(refusal).toContainText('Settings: our organisation')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1, name: 'Ministry of Transport of the Republic of Kazakhstan' })).toBeVisible()
  })
})
