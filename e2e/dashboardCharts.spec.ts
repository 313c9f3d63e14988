// The dashboard's pictures open the lists they count, lead is told apart from any role, and a
// screenshot of the dashboard in each language is left in e2e/.output for review.
import type { Locator, Page } from '@playwright/test'
import { shootDashboard } from './dashboardShot'
import { expect, test } from './fixtures/app'

/** The figures a chart says in words: "Просрочено: 3, нояб. 2026: 2…" as [name, count]. */
async function figuresOf(chart: Locator): Promise<[string, number][]> {
  const label = (await chart.getAttribute('aria-label'))!
  return label
    .slice(label.indexOf(': ') + 2)
    .split(', ')
    .map((part) => {
      const at = part.lastIndexOf(': ')
      return [part.slice(0, at), Number(part.slice(at + 2))]
    })
}

/** Clicks the n-th bar drawn (a bar of 0 is not drawn) and expects the list to show `count` commitments. */
async function barOpens(page: Page, chart: Locator, n: number, count: number) {
  await chart.locator('.recharts-bar-rectangle').nth(n).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Поручения' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^\d+ из \d+/ })).toHaveText(new RegExp(`^${count} из \\d+`))
  await page.goBack()
}

test('each chart bar opens the list it counts, and lead is counted apart from any role', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()

  const deadlines = page.getByRole('img', { name: /^Сроки на 12 месяцев вперёд: / })
  const months = await figuresOf(deadlines)
  expect(months).toHaveLength(13)
  expect(months[0]![0]).toBe('Просрочено')
  expect(months[0]![1]).toBeGreaterThanOrEqual(3)
  // The overdue bar is the red one, and says so in words too.
  await expect(deadlines.locator('.recharts-bar-rectangle path').first()).toHaveAttribute('fill', /colorPaletteRedBackground3/)
  await barOpens(page, deadlines, 0, months[0]![1])
  const busy = months.findIndex(([, count], i) => i > 0 && count > 0)
  expect(busy).toBeGreaterThan(0)
  await barOpens(page, deadlines, months.slice(0, busy).filter(([, count]) => count > 0).length, months[busy]![1])

  const statuses = page.getByRole('img', { name: /^По статусу: / })
  const [firstStatus] = await figuresOf(statuses)
  await barOpens(page, statuses, 0, firstStatus![1])

  const documents = page.getByRole('img', { name: /^По документам: / })
  const [firstDocument] = await figuresOf(documents)
  await barOpens(page, documents, 0, firstDocument![1])

  await shootDashboard(page, 'dashboard-ru.png')

  // Lead only: fewer, and the figure's link opens the list of those we lead.
  const total = page.getByRole('link', { name: /^Всего поручений: \d+$/ })
  const any = Number((await total.getAttribute('aria-label'))!.split(': ')[1])
  // A click, not check(): the switch is the URL's, so the radio is checked once the page has followed it.
  await page.getByRole('radio', { name: 'Только где мы ответственные' }).click()
  await expect(page.getByRole('radio', { name: 'Только где мы ответственные' })).toBeChecked()
  await expect(total).not.toHaveAttribute('aria-label', `Всего поручений: ${any}`)
  const lead = Number((await total.getAttribute('aria-label'))!.split(': ')[1])
  expect(lead).toBeLessThan(any)
  await total.click()
  await expect(page.getByRole('status').filter({ hasText: /^\d+ из \d+/ })).toHaveText(new RegExp(`^${lead} из \\d+`))
})

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('the dashboard with its charts', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Load demo data' }).click()
    await expect(page.getByRole('img', { name: /^Deadlines over the next 12 months: Overdue: \d+, Nov 2026: \d+/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'What changed over a period' })).toBeVisible()
    await shootDashboard(page, 'dashboard-en.png')
  })
})
