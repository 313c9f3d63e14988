// Kazakh and Uzbek: the interface in the region's state languages. Each page is walked in each,
// and the fixture fails the test on any string shown in another language (a missing key falls
// back to Russian with a warning). Dates read as each language writes them; axe finds no serious
// violation; the dashboard's screenshot in each is left in e2e/.output for review.
import { readFileSync } from 'node:fs'
import type common from '../renderer/src/i18n/locales/ru/common.json'
import { shootDashboard } from './dashboardShot'
import { expect, test } from './fixtures/app'
import { open, violationsOnEveryPage } from './pages'

/** The interface's shared words in a language, as its locale file has them. */
const wordsOf = (language: string): typeof common => JSON.parse(readFileSync(new URL(`../renderer/src/i18n/locales/${language}/common.json`, import.meta.url), 'utf-8'))
const [ru, kk, uz] = [wordsOf('ru'), wordsOf('kk'), wordsOf('uz')]

for (const [language, locale, words, summitDay] of [
  ['kk', 'kk-KZ', kk, '2024 жылғы 9 тамыз'],
  ['uz', 'uz-UZ', uz, '2024-yil 9-avgust'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale })

    test(`every page speaks ${language} alone, with its dates, and no serious accessibility violation`, async ({ app }) => {
      test.setTimeout(180_000)
      const { page } = app
      // The system's language is the interface's from the first screen on.
      await expect(page.getByRole('heading', { level: 1, name: words.welcome.title })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await page.getByRole('button', { name: words.welcome.loadDemo }).click()
      await expect(page.getByRole('heading', { level: 1, name: words.nav.dashboard })).toBeVisible()
      await expect(page.getByRole('navigation').getByRole('link', { name: words.nav.commitments })).toBeVisible()
      await shootDashboard(page, `dashboard-${language}.png`)

      await open(page, '/meetings')
      await expect(page.getByRole('main')).toContainText(summitDay)
      expect(await violationsOnEveryPage(page)).toEqual({})
    })
  })
}

test.describe('in uz, alphabetical order', () => {
  test.use({ locale: 'uz-UZ' })

  test('follows the Uzbek alphabet: Oʻ after Z, though the browser’s own collation does not know it', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: uz.welcome.loadDemo }).click()
    await open(page, '/organisations')
    const registry = JSON.parse(readFileSync(new URL('../renderer/src/i18n/locales/uz/registry.json', import.meta.url), 'utf-8'))
    await page.getByRole('tab', { name: registry.organisations.countries }).click()
    const names = page.getByRole('table', { name: registry.organisations.countries }).getByRole('link')
    await expect(names).toHaveText(['Ozarbayjon', 'Qirgʻiziston', 'Qozogʻiston', 'Tojikiston', 'Turkmaniston', 'Oʻzbekiston'])
  })
})

test('the language chosen in Settings is the interface’s at once, and back to the system’s', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: ru.welcome.loadDemo }).click()
  await page.getByRole('navigation').getByRole('link', { name: ru.nav.settings }).click()
  const language = page.getByRole('radiogroup', { name: ru.settings.language })
  await language.getByRole('radio', { name: 'Oʻzbekcha' }).click()
  await expect(page.getByRole('heading', { level: 1, name: uz.settings.title })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'uz')
  await page.getByRole('radiogroup', { name: uz.settings.language }).getByRole('radio', { name: 'Қазақша' }).click()
  await expect(page.getByRole('navigation').getByRole('link', { name: kk.nav.dashboard })).toBeVisible()
  await page.getByRole('radiogroup', { name: kk.settings.language }).getByRole('radio', { name: kk.settings.languageSystem.replace('{{language}}', 'Русский') }).click()
  await expect(page.getByRole('heading', { level: 1, name: ru.settings.title })).toBeVisible()
})
