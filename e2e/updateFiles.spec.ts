// A status update's evidence as a file: a signed act attached while writing the update, listed
// with its size, kept in the data folder, opened from the history (after a restart too); a file
// taken off before saving is not attached.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures/app'
import { firstRecord, open } from './pages'
import { choose } from './pickers'

const ACT = '%PDF-1.4 акт приёмки подписан сторонами'

test('a file attached to a status update is kept and opens from the history', async ({ app }) => {
  let { page } = app
  const outside = await mkdtemp(join(tmpdir(), 'desk-evidence-'))
  const act = join(outside, 'Акт приёмки работ.pdf')
  const draft = join(outside, 'Черновик.docx')
  await writeFile(act, ACT)
  await writeFile(draft, 'черновик, не прикладывать')
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  const commitment = await firstRecord(page, '/commitments', '/commitments/')
  await open(page, commitment)

  await page.getByRole('button', { name: 'Добавить статус' }).click()
  await choose(page, 'Статус', 'Выполнено')
  await page.getByRole('textbox', { name: 'Что сделано' }).fill('Работы приняты по акту.')
  const files = page.getByRole('group', { name: 'Файлы' })
  await app.queueChosenFiles([act, draft])
  await files.getByRole('button', { name: 'Приложить файлы…' }).click()
  await expect(files).toContainText(`Акт приёмки работ.pdf (${Buffer.byteLength(ACT)} Б)`)
  await files.getByRole('button', { name: 'Убрать файл «Черновик.docx»' }).click()
  await expect(files).not.toContainText('Черновик.docx')
  await page.getByRole('button', { name: 'Добавить в историю' }).click()

  const history = page.getByRole('list', { name: 'История' })
  await expect(history.getByRole('listitem').first()).toContainText('Работы приняты по акту.')
  await expect(history.getByRole('button', { name: /^Открыть файл/ })).toHaveCount(1)

  page = await app.restart()
  await open(page, commitment)
  await page.getByRole('list', { name: 'История' }).getByRole('button', { name: 'Открыть файл «Акт приёмки работ.pdf»' }).click()
  if (app.host === 'chromium') {
    await expect.poll(() => app.openedPaths.length).toBe(1)
    expect(await readFile(app.openedPaths[0]!, 'utf-8')).toBe(ACT)
    // The data folder's own copy, not the file the user chose.
    expect(app.openedPaths[0]!.startsWith(app.dataDir)).toBe(true)
  }
})
