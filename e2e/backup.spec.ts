// The whole data in one file and back: a full backup sealed with a transfer passphrase, a change,
// then the restore (after a wrong passphrase, the right one) brings the backup's data back and
// keeps the replaced data in the backups folder.
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures/app'
import { openSealed, protectTransfer } from './transfer'

const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))
const OURS = 'Министерство транспорта Республики Казахстан'
const PASSPHRASE = 'резервная копия на флешке'

test('a full backup restored over a later change', async ({ app }) => {
  const { page } = app
  await mkdir(OUTPUT, { recursive: true })
  const file = join(OUTPUT, `full-${test.info().project.name}.deskbackup`)
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  const ours = page.getByRole('combobox', { name: 'Наша организация' })
  await expect(ours).toHaveText(OURS)

  await app.queueSavePath(file)
  await page.getByRole('button', { name: 'Сохранить полную копию…' }).click()
  const protect = page.getByRole('dialog', { name: 'Защитить файл для передачи' })
  await protect.getByLabel('Парольная фраза для передачи').fill('коротко')
  await expect(protect.getByRole('alert')).toHaveText('Не короче 10 знаков.')
  await expect(protect.getByRole('button', { name: 'Сохранить…' })).toBeDisabled()
  await page.screenshot({ path: join(OUTPUT, `transfer-protection-${test.info().project.name}.png`) })
  await protectTransfer(page, PASSPHRASE)
  await expect(page.getByText(`Копия сохранена: ${file}`)).toBeVisible()
  expect((await readFile(file)).includes(Buffer.from(OURS))).toBe(false)

  await ours.click()
  await page.getByRole('option', { name: 'Не выбрана' }).click()
  await expect(ours).toHaveText('Не выбрана')

  await page.getByRole('button', { name: 'Восстановить из копии…' }).click()
  await app.queueChosenFiles([file])
  await page.getByRole('alertdialog').getByRole('button', { name: 'Выбрать копию и восстановить' }).click()
  await expect(page.getByRole('dialog', { name: 'Файл защищён' }).getByText(`Файл «full-${test.info().project.name}.deskbackup» защищён`)).toBeVisible()
  await openSealed(page, 'не та фраза совсем')
  await expect(page.getByText('Фраза не подходит к этому файлу (или файл изменён в пути).')).toBeVisible()
  await openSealed(page, PASSPHRASE)
  await expect(page.getByText('Данные восстановлены из копии от 28 ноября 2026 г.')).toBeVisible()
  await expect(ours).toHaveText(OURS)
  expect((await readdir(join(app.dataDir, 'backups'))).some((name) => name.includes('pre-restore'))).toBe(true)
})
