// Two laptops without a server: this app (laptop A) sends everything to laptop B (the real core
// on a second data folder), both change the same commitment, and B's file comes back: the
// review shows the conflict, the user takes B's text, and opening the same file again changes nothing.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { clockFrom } from '../electron/core/clock'
import { Desk } from '../electron/core/desk'
import { unwrap } from '../electron/core/ops/errors'
import { noShell } from '../electron/core/ops/handlers/context'
import type { ExchangeReview } from '../electron/core/ops/views'
import { generateData } from '../electron/core/demo/generate'
import { CURRENT_SCHEMA_VERSION, type Commitment, type DeskData } from '../electron/core/schema'
import { drop } from './drop'
import { expect, test } from './fixtures/app'
import { expectOutcome } from './fixtures/outcome'
import { openSealed, protectTransfer } from './transfer'

const TRANSFER_PASSPHRASE = 'встреча в Астане, ноябрь'

const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))
const SUMMARY = 'График контейнерного поезда'

async function openFile(page: Page, app: { queueChosenFiles(paths: string[]): Promise<void> }, path: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  await app.queueChosenFiles([path])
  await page.getByRole('button', { name: 'Открыть файл обмена…' }).click()
}

test('an exchange file both ways: a conflict resolved field by field; the same file twice changes nothing', async ({ app }) => {
  const { page } = app
  await mkdir(OUTPUT, { recursive: true })
  const project = test.info().project.name
  const fromA = join(OUTPUT, `exchange-a-${project}.ddx`)
  const fromB = join(OUTPUT, `exchange-b-${project}.ddx`)
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()

  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  await app.queueSavePath(fromA)
  await page.getByRole('button', { name: 'Выгрузить всё для обмена…' }).click()
  await protectTransfer(page, null)
  await expect(page.getByText(`Файл обмена сохранён: ${fromA}`)).toBeVisible()

  // Laptop B takes everything, then edits the summary of one commitment.
  const saves = [fromB]
  const laptopB = await mkdtemp(join(tmpdir(), 'delegation-desk-laptop-b-'))
  const b = await Desk.open({ dataDir: laptopB, clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseSavePath: async () => saves.shift() ?? null } })
  unwrap(await b.dispatch('startEmpty', {}))
  const review = unwrap<ExchangeReview>(await b.dispatch('openExchangeFile', { path: fromA }))
  unwrap(await b.dispatch('applyExchange', { token: review.token, choices: {} }))
  const data = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData
  const target = data.commitments.find((c) => c.clause === 'п. 4.1' && c.summary.ru !== '')! as Commitment
  const { id, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input } = target
  unwrap(await b.dispatch('updateCommitment', { id, input: { ...input, deadline: { words: input.deadline.words, rule: input.deadline.rule }, summary: { ru: `${SUMMARY} (B)`, en: '' } } }))
  unwrap(await b.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }))
  await b.idle()
  await rm(laptopB, { recursive: true, force: true })

  // Laptop A edits the same summary in its own way.
  await page.goto(page.url().replace(/#.*$/, `#/commitments/${id}/edit`))
  await page.getByRole('textbox', { name: 'Краткое содержание (Русский)' }).fill(`${SUMMARY} (A)`)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${SUMMARY} (A)`)

  await openFile(page, app, fromB)
  await expect(page.getByRole('heading', { level: 1, name: `Файл обмена: exchange-b-${project}.ddx` })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('Конфликтов: 1')
  const conflict = page.getByRole('group', { name: /^Поручение: п\. 4\.1/ })
  await expect(conflict.getByRole('row', { name: /^Кратко/ })).toContainText(`${SUMMARY} (A)`)
  await expect(conflict.getByRole('row', { name: /^Кратко/ })).toContainText(`${SUMMARY} (B)`)
  // Beside both, the value both had before: the registry's own.
  await expect(conflict.getByRole('row', { name: /^Кратко/ })).toContainText(target.summary.ru)
  await expect(page.getByRole('button', { name: 'Применить' })).toBeDisabled()
  await conflict.getByRole('radiogroup', { name: /Оставить «Кратко \(RU\)»/ }).getByRole('radio', { name: 'У них' }).check()
  await page.getByRole('button', { name: 'Применить' }).click()
  await expect(page.getByText(/^Готово: добавлено 0, обновлено 1/)).toBeVisible()

  const after = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData
  expect(after.commitments.find((c) => c.id === id)!.summary.ru).toBe(`${SUMMARY} (B)`)

  // The same file again, dropped on the window this time: nothing to do.
  const file = await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')
  await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click()
  await drop(page, `exchange-b-${project}.ddx`, await readFile(fromB))
  await expect(page.getByText('Ничего нового: всё из этого файла уже есть.')).toBeVisible()
  expect(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).toBe(file)
})

test('a double-clicked exchange file, sealed for the transfer, opens on its review once its passphrase is given', async ({ app }) => {
  test.skip(app.host !== 'chromium', 'the system opening a file is stood in for on the Chromium host only')
  const { page } = app
  await mkdir(OUTPUT, { recursive: true })
  const path = join(OUTPUT, 'exchange-opened.ddx')
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  await app.queueSavePath(path)
  await page.getByRole('button', { name: 'Выгрузить всё для обмена…' }).click()
  await protectTransfer(page, TRANSFER_PASSPHRASE)
  await expect(page.getByText(`Файл обмена сохранён: ${path}`)).toBeVisible()
  // Sealed: not a zip, and no word of the registry in it.
  const sealed = await readFile(path)
  expect(sealed.subarray(0, 2).toString('latin1')).not.toBe('PK')
  expect(sealed.includes(Buffer.from('Министерство транспорта'))).toBe(false)

  app.queueOpenedFile(path)
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await openSealed(page, 'это не та фраза')
  await expect(page.getByRole('dialog', { name: 'Файл защищён' }).getByText('Фраза не подходит к этому файлу (или файл изменён в пути).')).toBeVisible()
  await openSealed(page, TRANSFER_PASSPHRASE)
  await expect(page.getByRole('heading', { level: 1, name: 'Файл обмена: exchange-opened.ddx' })).toBeVisible()
  await expect(page.getByText('Этот файл выгружен на этом же компьютере.')).toBeVisible()
  await expect(page.getByText('Ничего нового: всё из этого файла уже есть.')).toBeVisible()
})

test('two laptops: different fields of one commitment merged without a question, deletions travelling both ways, an old file after a newer one', async ({ app }) => {
  const { page } = app
  await mkdir(OUTPUT, { recursive: true })
  const project = test.info().project.name
  const file = (name: string) => join(OUTPUT, `exchange-${name}-${project}.ddx`)
  const exportAll = async (path: string) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
    await app.queueSavePath(path)
    await page.getByRole('button', { name: 'Выгрузить всё для обмена…' }).click()
    await protectTransfer(page, null)
    await expect(page.getByText(`Файл обмена сохранён: ${path}`)).toBeVisible()
  }
  const stored = async () => JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await exportAll(file('a1'))

  const demo = await stored()
  const unused = demo.commitments.filter((c) => !demo.statusUpdates.some((u) => u.commitmentId === c.id) && !demo.commitments.some((o) => o.relatedIds.includes(c.id)))
  const [goneOnB, goneOnA] = [unused[0]!, unused[1]!]
  const target = demo.commitments.find((c) => c.clause === 'п. 4.1' && c.summary.ru !== '')!

  // Laptop B takes everything, changes the target's completion form, deletes one commitment.
  const saves = [file('b1')]
  const laptopB = await mkdtemp(join(tmpdir(), 'delegation-desk-laptop-b-'))
  const b = await Desk.open({ dataDir: laptopB, clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseSavePath: async () => saves.shift() ?? null } })
  const take = async (path: string) => {
    const review = unwrap<ExchangeReview>(await b.dispatch('openExchangeFile', { path }))
    unwrap(await b.dispatch('applyExchange', { token: review.token, choices: {} }))
    return review
  }
  unwrap(await b.dispatch('startEmpty', {}))
  await take(file('a1'))
  const { id, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input } = target
  unwrap(await b.dispatch('updateCommitment', { id, input: { ...input, deadline: { words: input.deadline.words, rule: input.deadline.rule }, completionForm: 'Отчёт B' } }))
  unwrap(await b.dispatch('deleteCommitment', { id: goneOnB.id }))
  unwrap(await b.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }))

  // Laptop A changes the target's summary, and deletes another commitment: the dialog says the deletion travels.
  await page.goto(page.url().replace(/#.*$/, `#/commitments/${id}/edit`))
  await page.getByRole('textbox', { name: 'Краткое содержание (Русский)' }).fill(`${SUMMARY} (A)`)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${SUMMARY} (A)`)
  await page.goto(page.url().replace(/#.*$/, `#/commitments/${goneOnA.id}`))
  await page.getByRole('button', { name: 'Удалить' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Удалить поручение?' })
  await expect(dialog).toContainText('Удаление дойдёт и до компьютеров, с которыми этот обменивается файлами')
  await dialog.getByRole('button', { name: 'Удалить' }).click()
  await expect(dialog).toBeHidden()

  // B's file on A: the completion form taken without a question, B's deletion shown and followed.
  await openFile(page, app, file('b1'))
  await expect(page.getByRole('status')).toContainText('Конфликтов: 0')
  await expect(page.getByRole('list', { name: /^Поручения: 1/ })).toContainText('Форма завершения')
  const deletion = page.getByRole('group', { name: new RegExp(`^Поручение: ${goneOnB.clause.replace('.', '\\.')}`) })
  await expect(deletion).toContainText('Удалено на другом компьютере')
  await expect(deletion.getByRole('radio', { name: 'Удалить и здесь' })).toBeChecked()
  await page.getByRole('button', { name: 'Применить' }).click()
  await expect(page.getByText(/^Готово: добавлено 0, обновлено 1, удалено 1/)).toBeVisible()
  const merged = await stored()
  expect(merged.commitments.find((c) => c.id === id)).toMatchObject({ completionForm: 'Отчёт B', summary: { ru: `${SUMMARY} (A)` } })
  expect(merged.commitments.some((c) => c.id === goneOnB.id || c.id === goneOnA.id)).toBe(false)

  // A's first file, older than what A now has: nothing new, and the deleted commitment does not come back.
  await openFile(page, app, file('a1'))
  await expect(page.getByText('Ничего нового: всё из этого файла уже есть.')).toBeVisible()

  // A's file on B: the merge taken as it is, and A's deletion too.
  await exportAll(file('a2'))
  const back = await take(file('a2'))
  expect(back.counts).toMatchObject({ conflict: 0, deleted: 1 })
  saves.push(file('b2'))
  unwrap(await b.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }))
  await b.idle()
  await rm(laptopB, { recursive: true, force: true })
  // B's file now holds what A holds: both laptops have the same records.
  await openFile(page, app, file('b2'))
  await expect(page.getByText('Ничего нового: всё из этого файла уже есть.')).toBeVisible()
})


test('no noise: an apply ends in its result alone, a review applied again says so in words, a refused file is named and its message closes and stays behind', async ({ app }) => {
  const { page } = app
  await mkdir(OUTPUT, { recursive: true })
  const project = test.info().project.name
  const fromA = join(OUTPUT, `exchange-noise-a-${project}.ddx`)
  const fromB = join(OUTPUT, `exchange-noise-b-${project}.ddx`)
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  await app.queueSavePath(fromA)
  await page.getByRole('button', { name: 'Выгрузить всё для обмена…' }).click()
  await protectTransfer(page, null)
  await expect(page.getByText(`Файл обмена сохранён: ${fromA}`)).toBeVisible()

  // Laptop B takes everything and changes one commitment's completion form.
  const laptopB = await mkdtemp(join(tmpdir(), 'delegation-desk-laptop-b-'))
  const b = await Desk.open({ dataDir: laptopB, clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseSavePath: async () => fromB } })
  unwrap(await b.dispatch('startEmpty', {}))
  const taken = unwrap<ExchangeReview>(await b.dispatch('openExchangeFile', { path: fromA }))
  unwrap(await b.dispatch('applyExchange', { token: taken.token, choices: {} }))
  const target = (JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData).commitments.find((c) => c.clause === 'п. 4.1')!
  const { id, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input } = target
  unwrap(await b.dispatch('updateCommitment', { id, input: { ...input, deadline: { words: input.deadline.words, rule: input.deadline.rule }, completionForm: 'Отчёт B' } }))
  unwrap(await b.dispatch('addStatusUpdate', { commitmentId: id, date: '2026-11-20', author: 'Секретариат B', source: 'self_report', status: 'in_progress', progress: null, confidence: null, narrative: 'Поезд согласован', delayReason: 'Ждали согласования сторон', evidence: [], correctsId: null }))
  unwrap(await b.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }))
  await b.idle()
  await rm(laptopB, { recursive: true, force: true })

  // B's file opened twice on A: two reviews of the same changes.
  await openFile(page, app, fromB)
  await expect(page.getByRole('status').filter({ hasText: 'Изменено там: 1' })).toBeVisible()
  // The new status update under its commitment's name, its day as the interface writes dates.
  const updates = page.getByRole('list', { name: 'Обновления статуса: 1' }).getByRole('listitem').filter({ hasText: target.clause })
  await expect(updates.getByRole('list', { name: /^Обновления статуса к «п\. 4\.1.*»: 1$/ }).getByRole('listitem')).toContainText('20 ноября 2026 г. · Секретариат B · Поезд согласован')
  const first = page.url()
  await openFile(page, app, fromB)
  await expect(page.getByRole('status').filter({ hasText: 'Изменено там: 1' })).toBeVisible()
  await page.getByRole('button', { name: 'Применить' }).click()
  await expect(page.getByText(/^Готово: добавлено 1, обновлено 1/)).toBeVisible()
  // The review reloaded from the core is still the applied one, with no error beside it.
  await page.reload()
  await expect(page.getByText(/^Готово: добавлено 1, обновлено 1/)).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  // The first review of the same file, applied after the second: said in words, nothing changed.
  const stored = await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')
  await page.goto(first)
  await page.getByRole('button', { name: 'Применить' }).click()
  const again = page.getByRole('alert')
  await expect(again).toContainText('Этот файл уже применён: всё из него уже есть.')
  await expect(again).not.toContainText(id)
  await expect(again).not.toContainText(/[A-Za-z]{4,}/)
  expect(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).toBe(stored)

  // A damaged file dropped on the dashboard: refused by its name, in words, and the message closes.
  await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click()
  await drop(page, 'повреждён.ddx', Buffer.from('не архив'))
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText('Файл «повреждён.ddx» нельзя использовать.')
  await expect(refusal).toContainText('Файл не читается: он повреждён или это не файл обмена.')
  await expect(refusal).not.toContainText('Некоторые значения указаны неверно')
  await expect(refusal).not.toContainText('file:')
  await refusal.getByRole('button', { name: 'Закрыть' }).click()
  await expect(refusal).toHaveCount(0)
  // Dropped again and left unclosed: it stays on the page it was dropped on, not on the next one.
  await drop(page, 'повреждён.ddx', Buffer.from('не архив'))
  await expect(refusal).toContainText('Файл «повреждён.ddx» нельзя использовать.')
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Поручения' })).toBeVisible()
  await expect(refusal).toHaveCount(0)
})

test('a 10,000-commitment package: its records counted while it is read, a cancel that changes nothing, then a review with Apply in view', async ({ app }) => {
  test.slow()
  const { page } = app
  await mkdir(OUTPUT, { recursive: true })
  const path = join(OUTPUT, `exchange-10000-${test.info().project.name}.ddx`)
  // Laptop B holds a registry of 10,000 commitments and sends everything.
  const laptopB = await mkdtemp(join(tmpdir(), 'delegation-desk-laptop-b-'))
  await writeFile(join(laptopB, 'delegation-desk.json'), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: generateData(10_000) }))
  const b = await Desk.open({ dataDir: laptopB, clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseSavePath: async () => path } })
  unwrap(await b.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }))
  await b.idle()
  await rm(laptopB, { recursive: true, force: true })

  await page.getByRole('button', { name: 'Начать с пустого реестра' }).click()
  await page.getByRole('button', { name: 'Пропустить' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
  // The window marks the day's reminders seen as it opens: the file is compared from then on.
  const dataFile = join(app.dataDir, 'delegation-desk.json')
  await expect.poll(async () => (JSON.parse(await readFile(dataFile, 'utf-8')) as { data: DeskData }).data.settings.reminders.seenOn).toBe('2026-11-28')
  const before = await readFile(dataFile, 'utf-8')

  // Cancelled while its records are checked: no review, nothing changed.
  await openFile(page, app, path)
  await expect(page.getByRole('progressbar')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Проверка содержимого… \d+ из 35\d{3}/ })).toBeVisible({ timeout: 0 })
  await expect(page.getByRole('button', { name: 'Открыть файл обмена…' })).toBeDisabled()
  await page.getByRole('button', { name: 'Отменить' }).click()
  await expectOutcome(page, page.getByText('Отменено: ничего не изменено.'))
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible()
  expect(await readFile(dataFile, 'utf-8')).toBe(before)

  // Opened to the end: grouped by kind with counts, Apply in view however far the lists go.
  await openFile(page, app, path)
  await expectOutcome(page, page.getByRole('heading', { level: 1, name: /^Файл обмена: exchange-10000-/ }))
  // Kinds only partly listed say how many there are in all.
  await expect(page.getByText(/^Поручения: 10000 \(в списке \d+\)$/)).toBeVisible()
  await expect(page.getByText(/^Обновления статуса: \d+ \(в списке 0\)$/)).toBeVisible()
  await expect(page.getByText(/^И ещё новых записей: \d+$/)).toBeVisible()
  // Opened, the commitments' list is hundreds of rows: scrolled to its end, the page's heading is gone, Apply is not.
  await page.getByText(/^Поручения: 10000/).click()
  await page.getByRole('main').evaluate((main) => main.scrollTo(0, main.scrollHeight))
  await expect(page.getByRole('heading', { level: 1, name: /^Файл обмена/ })).not.toBeInViewport()
  await expect(page.getByRole('button', { name: 'Применить' })).toBeInViewport()
  await page.getByRole('button', { name: 'Применить' }).click()
  await expectOutcome(page, page.getByText(/^Готово: добавлено 35\d{3}, обновлено 0, удалено 0/))
  const after = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData
  expect(after.commitments).toHaveLength(10_000)
})

test('the files a package carries are listed in its review with their documents, and come with Apply', async ({ app }) => {
  const { page } = app
  await mkdir(OUTPUT, { recursive: true })
  const path = join(OUTPUT, `exchange-files-${test.info().project.name}.ddx`)
  // Laptop B attaches the roadmap's text to its document and sends everything.
  const laptopB = await mkdtemp(join(tmpdir(), 'delegation-desk-laptop-b-'))
  const attachment = join(laptopB, 'Дорожная карта (подписанный текст).pdf')
  await writeFile(attachment, '%PDF-1.4 подписанный текст дорожной карты')
  const b = await Desk.open({ dataDir: join(laptopB, 'data'), clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseFiles: async () => [attachment], chooseSavePath: async () => path } })
  unwrap(await b.dispatch('loadDemo', {}))
  const roadmap = (JSON.parse(await readFile(join(laptopB, 'data', 'delegation-desk.json'), 'utf-8')).data as DeskData).documents.find((d) => d.type === 'roadmap')!
  unwrap(await b.dispatch('addSourceFiles', { documentId: roadmap.id }))
  unwrap(await b.dispatch('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }))
  await b.idle()
  await rm(laptopB, { recursive: true, force: true })

  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await openFile(page, app, path)
  const files = page.getByRole('list', { name: 'Файлы: 1' })
  await expect(files.getByRole('listitem')).toHaveText([`Дорожная карта (подписанный текст).pdf — к документу «${roadmap.title.ru}»`])
  await page.getByRole('button', { name: 'Применить', exact: true }).first().click()
  await expectOutcome(page, page.getByText(/^Готово: добавлено \d+, обновлено \d+, удалено 0, файлов 1\./))
  await page.evaluate((hash) => (window.location.hash = hash), `#/documents/${roadmap.id}`)
  await expect(page.getByRole('main')).toContainText('Дорожная карта (подписанный текст).pdf')
})
