// A change survives closing and reopening the app on the same data folder.
import { expect, test } from './fixtures/app'

test('settings changed in the UI are still there after a restart', async ({ app }) => {
  let page = app.page
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()

  await page.getByRole('combobox', { name: 'Наша организация' }).click()
  await page.getByRole('option', { name: 'Министерство транспорта Республики Узбекистан' }).click()
  await expect(page.getByRole('combobox', { name: 'Наша организация' })).toHaveText('Министерство транспорта Республики Узбекистан')
  await page.getByRole('radio', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()

  page = await app.restart()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByText(/^Commitments of Ministry of Transport of the Republic of Uzbekistan as of 28 November 2026$/)).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Our organisation' })).toHaveText('Ministry of Transport of the Republic of Uzbekistan')
})
