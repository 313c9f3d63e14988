// Walking the app's pages in a spec: open one by its address, and what axe-core finds on it.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Every page a list or the navigation reaches, by its address. */
export const PAGES = ['/', '/commitments', '/commitments/new', '/meetings', '/meetings/new', '/documents', '/documents/new', '/briefs', '/requests', '/organisations', '/organisations?tab=countries', '/organisations?tab=people', '/settings']

/** Opens a page by its address and waits until its main heading is shown. */
export async function open(page: Page, path: string) {
  await page.evaluate((hash) => (window.location.hash = hash), `#${path}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** Settings: page numbers at the foot of every page, "Страница X из Y", for the outputs made next. */
export async function numberPagesAtFoot(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  const foot = page.getByRole('region', { name: 'Оформление материалов' }).getByRole('radio', { name: 'Внизу: «Страница X из Y» на каждой странице' })
  // A click, not check(): the radio follows the saved settings, so it is checked once the core has them.
  await foot.click()
  await expect(foot).toBeChecked()
}

/** The address of the first record a list links to (a meeting, a document, a commitment). */
export async function firstRecord(page: Page, list: string, prefix: string): Promise<string> {
  await open(page, list)
  const link = page.getByRole('main').locator(`a[href^="#${prefix}"]`).first()
  return (await link.getAttribute('href'))!.replace(/^#/, '')
}

/** The serious and critical violations on what the window shows now, each as "rule: target". */
export async function violations(page: Page): Promise<string[]> {
  // Fluent's focus traps keep invisible sentinels that hand focus on at once (tabster's dummy elements): not content.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}

/** Each page and the first meeting, document and commitment, opened in turn: the violations found, by address. */
export async function violationsOnEveryPage(page: Page): Promise<Record<string, string[]>> {
  const records = [await firstRecord(page, '/meetings', '/meetings/'), await firstRecord(page, '/documents', '/documents/'), await firstRecord(page, '/commitments', '/commitments/')]
  const found: Record<string, string[]> = {}
  for (const path of [...PAGES, ...records]) {
    await open(page, path)
    const seen = await violations(page)
    if (seen.length > 0) found[path] = seen
  }
  return found
}
