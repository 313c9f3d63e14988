// The whole dashboard as a picture, its charts drawn, left in e2e/.output for review.
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'

const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))

/**
 * The page column scrolls inside the window, so a full-page shot shows one window's worth: the
 * window is made as tall as the column first, and every chart has drawn its bars before and after.
 */
export async function shootDashboard(page: Page, name: string) {
  const charts = page.getByRole('main').getByRole('img').filter({ has: page.locator('.recharts-surface') })
  await expect(charts).toHaveCount(3)
  const drawn = async () => {
    for (const chart of await charts.all()) await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()
  }
  await drawn()
  const viewport = page.viewportSize()!
  const height = await page.getByRole('main').evaluate((main) => main.scrollHeight + window.innerHeight - main.clientHeight)
  await page.setViewportSize({ width: viewport.width, height })
  await expect(page.getByRole('main')).toHaveJSProperty('scrollTop', 0)
  await drawn()
  await page.screenshot({ path: `${OUTPUT}${name}`, fullPage: true })
  await page.setViewportSize(viewport)
}
