// Damaged and newer data files at start: the user is told what happened and nothing is lost.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildDemoData } from '../electron/core/demo/demoData'
import { CURRENT_SCHEMA_VERSION } from '../electron/core/schema'
import { dataSetup, expect, test } from './fixtures/app'

const DAMAGED = '{"schemaVersion": 1, "data": {"countries": [ …the laptop lost power here'

test.describe('a damaged data file', () => {
  test.use({
    locale: 'en-US',
    prepareData: dataSetup(async (dataDir) => {
      // Yesterday's backup holds the demo with Uzbekistan's ministry as ours, so its data is recognisable.
      const data = buildDemoData()
      data.settings.ourOrganisationId = data.organisations.find((o) => o.name.en === 'Ministry of Transport of the Republic of Uzbekistan')!.id
      await mkdir(join(dataDir, 'backups'))
      await writeFile(join(dataDir, 'backups', 'delegation-desk-2026-11-27T09-00-00-000Z-daily.json'), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }))
      await writeFile(join(dataDir, 'delegation-desk.json'), DAMAGED)
    }),
  })

  test("shows a notice and opens the backup's data; the damaged file is kept", async ({ app }) => {
    const { page } = app
    const notice = page.getByRole('alert').filter({ hasText: 'Your data was restored from a backup' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('The data file could not be read (not valid JSON')
    await expect(notice).toContainText('delegation-desk-2026-11-27T09-00-00-000Z-daily.json')

    const kept = (await readdir(app.dataDir)).filter((n) => n.startsWith('delegation-desk.damaged-'))
    expect(kept).toHaveLength(1)
    await expect(notice).toContainText(join(app.dataDir, kept[0]!))
    expect(await readFile(join(app.dataDir, kept[0]!), 'utf-8')).toBe(DAMAGED)

    await expect(page.getByText(/^Commitments of Ministry of Transport of the Republic of Uzbekistan as of/)).toBeVisible()
    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect(notice).toBeHidden()
  })
})

test.describe('a data file from a newer version', () => {
  const future = CURRENT_SCHEMA_VERSION + 1
  const newer = JSON.stringify({ schemaVersion: future, data: { from: 'the future' } })
  test.use({
    locale: 'en-US',
    prepareData: dataSetup((dataDir) => writeFile(join(dataDir, 'delegation-desk.json'), newer)),
  })

  test('is refused with a message and left untouched', async ({ app }) => {
    const alert = app.page.getByRole('alert')
    await expect(alert).toContainText('The data cannot be opened')
    await expect(alert).toContainText(`written by a newer version of Delegation Desk (data version ${future}; this version reads up to ${CURRENT_SCHEMA_VERSION})`)
    expect(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).toBe(newer)
    // Nothing beside it but the log, which says why.
    expect(await readdir(app.dataDir)).toEqual(['delegation-desk.json', 'logs'])
    expect(await readFile(join(app.dataDir, 'logs', 'delegation-desk.log'), 'utf-8')).toContain(`refused a data file of schema version ${future}`)
  })
})
