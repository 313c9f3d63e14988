// A laptop left in a hotel gives nothing away: encryption switched on in Settings, the recovery
// key shown once, a restart that opens on the unlock screen, a wrong passphrase that waits, an idle
// lock, and then not one known word of the demo anywhere under the app's folder or in its
// temporary folder — in UTF-8 or UTF-16.
import type { Page } from '@playwright/test'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildDemoData } from '../electron/core/demo/demoData'
import { expect, test } from './fixtures/app'

const PASSPHRASE = 'шифр в гостинице 2026'
const demo = buildDemoData()
/** Known words of the demo: commitments, people, organisations, a venue, a biography; Cyrillic and Latin. */
const KNOWN = [
  demo.commitments[0]!.text.slice(0, 30),
  demo.commitments[5]!.text.slice(0, 30),
  demo.commitments.find((c) => c.summary.en)!.summary.en.slice(0, 25),
  demo.people[0]!.name.ru,
  demo.people[1]!.name.en,
  demo.people.find((p) => p.bio)!.bio.slice(0, 30),
  demo.organisations[2]!.name.ru,
  demo.organisations[4]!.name.en,
  demo.meetings[0]!.venue.ru,
  demo.documents[3]!.title.ru.slice(0, 30),
  demo.documents[3]!.title.en.slice(0, 30),
  demo.statusUpdates.find((u) => u.narrative.length > 20)!.narrative.slice(0, 25),
]

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

async function unlock(page: Page, passphrase: string) {
  await page.getByLabel('Парольная фраза').fill(passphrase)
  await page.getByRole('button', { name: 'Открыть', exact: true }).click()
}

test('encryption at rest: on, restart, unlock, a wrong passphrase, the idle lock, and nothing readable on disk', async ({ app }) => {
  test.slow()
  let page = app.page
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await expect(page.getByText('Данные на этом ноутбуке не зашифрованы')).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()

  const form = page.getByRole('form', { name: 'Включить шифрование' })
  await form.getByLabel('Парольная фраза').fill('коротко')
  await form.getByLabel('Ещё раз').fill('коротко')
  await form.getByRole('button', { name: 'Зашифровать данные' }).click()
  await expect(form.getByText('Не короче 10 знаков.', { exact: true })).toBeVisible()
  await form.getByLabel('Парольная фраза').fill(PASSPHRASE)
  await form.getByLabel('Ещё раз').fill(PASSPHRASE)
  await form.getByRole('button', { name: 'Зашифровать данные' }).click()
  const shown = page.getByRole('alertdialog', { name: 'Ключ восстановления' })
  await expect(shown).toBeVisible({ timeout: 30_000 })
  await expect(shown.getByRole('textbox', { name: 'Ключ восстановления' })).toHaveText(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/)
  await shown.getByRole('button', { name: 'Ключ сохранён' }).click()
  await expect(page.getByText('Данные на этом компьютере зашифрованы.')).toBeVisible()

  // A restart opens on the unlock screen, and on nothing else.
  page = await app.restart()
  await expect(page.getByRole('heading', { level: 1, name: 'Данные заблокированы' })).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)
  // Nothing typed, nothing to press (the browser would refuse the empty field in its own language).
  await expect(page.getByRole('button', { name: 'Открыть', exact: true })).toBeDisabled()
  await unlock(page, 'не та фраза совсем')
  await expect(page.getByText('Фраза не подходит.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Открыть', exact: true })).toBeEnabled({ timeout: 30_000 })
  // The second wrong one waits two seconds: the window counts them down and holds the button.
  await unlock(page, 'и эта не та фраза')
  await expect(page.getByRole('status').filter({ hasText: /Следующая попытка — через \d+ с\./ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Открыть', exact: true })).toBeDisabled()
  // The wait is over when the button can be pressed again.
  await expect(page.getByRole('button', { name: 'Открыть', exact: true })).toBeEnabled({ timeout: 30_000 })
  await unlock(page, PASSPHRASE)
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible({ timeout: 30_000 })

  // The idle lock, with one minute set and the page's clock moved on.
  await page.clock.install()
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  const minutes = page.getByRole('spinbutton', { name: 'Блокировать после простоя, минут' })
  await minutes.fill('1')
  await minutes.press('Tab')
  await expect(minutes).toHaveValue('1')
  await page.mouse.move(10, 10)
  await page.clock.fastForward(61_000)
  await expect(page.getByRole('heading', { level: 1, name: 'Данные заблокированы' })).toBeVisible()
  await unlock(page, PASSPHRASE)
  await expect(page.getByRole('navigation')).toBeVisible({ timeout: 30_000 })
  await app.restart()

  // Every file the app keeps, and its temporary folder: not one known word, in either encoding.
  const found: string[] = []
  for (const file of await filesUnder(app.userDataDir)) {
    const bytes = await readFile(file)
    for (const word of KNOWN) {
      if (bytes.includes(Buffer.from(word, 'utf8')) || bytes.includes(Buffer.from(word, 'utf16le'))) found.push(`${file}: ${word}`)
    }
  }
  expect(found).toEqual([])
  expect((await filesUnder(app.userDataDir)).length).toBeGreaterThan(3)
})
