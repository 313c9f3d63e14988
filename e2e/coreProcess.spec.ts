// The core runs in its own process. When it dies, the window says so, what was saved is there,
// a call that was under way is answered as interrupted, and the app goes on working.
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CURRENT_SCHEMA_VERSION } from '../electron/core/schema'
import { generateData } from '../electron/core/demo/generate'
import { dataSetup, expect, test } from './fixtures/app'
import { protectTransfer } from './transfer'

test('a crash of the core is shown, loses nothing saved, and the app goes on', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  await page.getByRole('radio', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()

  await app.killCore()
  await expect(page.getByRole('alert').filter({ hasText: 'The data service was restarted' })).toBeVisible()
  // What was saved before is there, read again from disk by the new core.
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()
  // And a change now is saved as ever.
  await page.getByRole('radio', { name: 'Русский', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible()
})

test.describe('a call under way', () => {
  test.use({ prepareData: dataSetup((dataDir) => writeFile(join(dataDir, 'delegation-desk.json'), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: generateData(500) }))) })

  test('is answered as interrupted when the core dies under it, and nothing half written is left', async ({ app }) => {
    test.slow()
    const { page } = app
    await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
    await app.queueSavePath(join(app.userDataDir, 'everything.ddx'))
    // Killed while it packs: a small registry packs faster than the window can show it.
    await app.killCoreAt('packing')
    await page.getByRole('button', { name: 'Выгрузить всё для обмена…' }).click()
    await protectTransfer(page, null)
    await expect(page.getByRole('alert').filter({ hasText: 'Работа прервана' })).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'Служба данных перезапущена' })).toBeVisible()
    await expect(page.getByRole('progressbar')).toHaveCount(0)
    // No file stands under the chosen name: it appears whole or not at all.
    expect(await readdir(app.userDataDir)).not.toContain('everything.ddx')
  })
})
