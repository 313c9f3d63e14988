// Reminders as a user meets them: the dashboard lists what falls due within the lead time, the
// system is told once a day, a start after days closed shows a digest of what reminded in
// between (once), Settings choose the kinds and the lead time, and no status ever changes.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import type { DeskData } from '../electron/core/schema'
import { expect, test } from './fixtures/app'
import { violations } from './pages'

const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))

/** The reminders' part of the dashboard, or of Settings. */
const section = (page: Page) => page.getByRole('region', { name: 'Напоминания' })
/** The dashboard's reminders, header row first. */
const reminderRows = (page: Page) => section(page).getByRole('table', { name: 'Напоминания' }).getByRole('row')

const statusesOnDisk = async (dataDir: string) => JSON.stringify((JSON.parse(await readFile(join(dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData).statusUpdates)

// The demo's commitments of ours due on 31 December are a week away.
test.use({ today: '2026-12-24' })

test('reminders: listed a week ahead, told once a day, a digest after days closed, settings obeyed, no status changed', async ({ app }) => {
  let { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()

  const rows = reminderRows(page)
  await expect(rows).toHaveCount(4)
  for (const row of await rows.all().then((all) => all.slice(1))) {
    await expect(row.getByRole('cell').nth(0)).toHaveText('Через 7 дней')
    await expect(row.getByRole('cell').nth(1)).toHaveText('31 декабря 2026 г.')
    await expect(row.getByRole('cell').nth(2)).toHaveText('Срок поручения')
  }
  await section(page).screenshot({ path: `${OUTPUT}reminders-dashboard.png` })
  if (app.host === 'chromium') {
    await expect.poll(() => app.notified.map((notice) => notice.map((r) => r.date))).toEqual([['2026-12-31', '2026-12-31', '2026-12-31']])
  }
  // A reminder opens its commitment, from the keyboard too.
  const first = rows.nth(1).getByRole('link')
  const clause = (await first.textContent())!.split(' ')[0]!
  await first.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(clause)
  const statuses = await statusesOnDisk(app.dataDir)

  // The same day again: nothing missed, the system not told twice.
  page = await app.restart()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
  await expect(reminderRows(page)).toHaveCount(4)
  await expect(page.getByRole('region', { name: 'Пока приложение было закрыто' })).toHaveCount(0)
  if (app.host === 'chromium') expect(app.notified).toHaveLength(1)

  // Four weeks later: the year-end deadlines' day and 15 January's two reminders came meanwhile.
  page = await app.restart({ today: '2027-01-20' })
  const digest = page.getByRole('region', { name: 'Пока приложение было закрыто' })
  await expect(digest).toBeVisible()
  await expect(digest).toContainText('Последний раз приложение открывали 24 декабря 2026 г., с тех пор пришло 5 напоминаний:')
  const missed = digest.getByRole('table').getByRole('row')
  await expect(missed).toHaveCount(6)
  await expect(missed.nth(1).getByRole('cell').nth(0)).toHaveText('31.12.2026')
  await expect(missed.nth(4).getByRole('cell').nth(0)).toHaveText('08.01.2027')
  await expect(missed.nth(5).getByRole('cell').nth(0)).toHaveText('15.01.2027')
  await expect(digest).toContainText('Статусы не изменились')
  expect(await violations(page)).toEqual([])
  await page.screenshot({ path: `${OUTPUT}reminders-digest.png` })
  await digest.getByRole('button', { name: 'Понятно' }).click()
  await expect(digest).toBeHidden()
  await expect(section(page)).toContainText('В ближайшие 7 дней напоминать не о чем.')
  expect(await statusesOnDisk(app.dataDir)).toBe(statuses)

  // Read once: the next start that day shows no digest.
  page = await app.restart({ today: '2027-01-20' })
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Пока приложение было закрыто' })).toHaveCount(0)

  // A month ahead, meetings off: 10 February's deadlines come in, its meeting does not.
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  const settings = section(page)
  await settings.getByRole('spinbutton', { name: 'За сколько дней' }).fill('30')
  await settings.getByRole('spinbutton', { name: 'За сколько дней' }).press('Tab')
  await settings.getByRole('checkbox', { name: 'О встречах' }).click()
  await expect(settings.getByRole('checkbox', { name: 'О встречах' })).not.toBeChecked()
  page = await app.restart({ today: '2027-01-20' })
  const ahead = reminderRows(page)
  await expect(ahead.nth(1).getByRole('cell').nth(0)).toHaveText('Через 21 день')
  await expect(ahead.nth(1).getByRole('cell').nth(1)).toHaveText('10 февраля 2027 г.')
  await expect(section(page).getByRole('cell', { name: 'Встреча', exact: true })).toHaveCount(0)
  await expect(ahead).toHaveCount(3)
})
