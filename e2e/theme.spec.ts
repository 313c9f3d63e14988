// The app's theme follows the system while it runs: dark when the system prefers dark, Fluent's
// high-contrast theme when forced colours (Windows' contrast themes) are on, light otherwise.
// A screenshot of each of the two is left in e2e/.output for review.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components'
import type { Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures/app'

const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))

/** The page background the theme gives the page column (Fluent's tokens are inherited CSS variables). */
const background = (page: Page) => page.getByRole('main').evaluate((main) => getComputedStyle(main).getPropertyValue('--colorNeutralBackground1').trim())

test('the theme follows the system: light, dark, high contrast', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' })
  await expect.poll(() => background(page)).toBe(webLightTheme.colorNeutralBackground1)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(() => background(page)).toBe(webDarkTheme.colorNeutralBackground1)
  await page.screenshot({ path: `${OUTPUT}dashboard-dark.png` })
  await page.emulateMedia({ forcedColors: 'active' })
  await expect.poll(() => background(page)).toBe(teamsHighContrastTheme.colorNeutralBackground1)
  await page.screenshot({ path: `${OUTPUT}dashboard-high-contrast.png` })
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' })
  await expect.poll(() => background(page)).toBe(webLightTheme.colorNeutralBackground1)
})

test('the look chosen in Settings holds whatever the system prefers, and high contrast still wins', async ({ app }) => {
  let { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' })
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  const look = page.getByRole('radiogroup', { name: 'Оформление' })
  await look.getByRole('radio', { name: 'Тёмное' }).click()
  await expect.poll(() => background(page)).toBe(webDarkTheme.colorNeutralBackground1)
  await expect(look.getByRole('radio', { name: 'Тёмное' })).toBeChecked()
  await page.emulateMedia({ forcedColors: 'active' })
  await expect.poll(() => background(page)).toBe(teamsHighContrastTheme.colorNeutralBackground1)
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' })
  await look.getByRole('radio', { name: 'Светлое' }).click()
  await expect.poll(() => background(page)).toBe(webLightTheme.colorNeutralBackground1)
  // Kept with the data: the next start opens in it.
  page = await app.restart()
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect.poll(() => background(page)).toBe(webLightTheme.colorNeutralBackground1)
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  await page.getByRole('radiogroup', { name: 'Оформление' }).getByRole('radio', { name: 'Как в системе' }).click()
  await expect.poll(() => background(page)).toBe(webDarkTheme.colorNeutralBackground1)
})
