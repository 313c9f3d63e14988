// Briefing packs made for distribution, as a secretariat hands them out: the official layout
// (the emblem and organisation on the cover, the city and year at its foot, the marking top right
// on every page, page numbers at the top centre from page 2), numbered copies for named
// recipients (each page of copy N carries its number and the recipient across it; the PDF's
// properties name the copy), the register of who holds which copy, Word copies through
// LibreOffice, and an edition for the delegation that leaves out every part meant for the
// minister alone — from its text, its contents, its PDF's bytes and every part of its Word file.
import type { Locator, Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { execFile } from 'node:child_process'
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { inflateSync } from 'node:zlib'
import { expect, test } from './fixtures/app'
import { pdfPages, pdfText, squash, wordToPdf } from './fixtures/documents'
import { expectOutcome } from './fixtures/outcome'

const run = promisify(execFile)
const MEETING = 'VI Консультативная встреча глав государств Центральной Азии'
const TITLE = `Материалы к встрече: ${MEETING}`
const MARKING = 'Для служебного пользования'
const OUTPUT = fileURLToPath(new URL('.output/distribution/', import.meta.url))
const EMBLEM = fileURLToPath(new URL('../electron/core/briefs/fixtures/emblem.png', import.meta.url))

const builder = (page: Page) => page.getByRole('form', { name: 'Материалы к встрече' })
const section = (page: Page, name: string) => builder(page).getByRole('region', { name, exact: true })

async function newBrief(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
  await page.getByRole('button', { name: `Подготовить материалы: ${MEETING}` }).click()
  await builder(page).getByRole('textbox', { name: 'Для кого' }).fill('Министру транспорта')
}

async function save(page: Page) {
  await builder(page).getByRole('button', { name: 'Сохранить' }).click()
  await expect(builder(page).getByRole('button', { name: 'Сохранить' })).toBeEnabled()
}

/** Adds a talking point to a list ("Основные тезисы") of a section, for `audience` when given. */
async function addPoint(page: Page, region: Locator, list: string, text: string, audience?: string) {
  await region.getByRole('button', { name: `Добавить: ${list}` }).click()
  const item = region.getByRole('group', { name: new RegExp(`^${list}: пункт \\d+$`) }).last()
  await item.getByRole('textbox').fill(text)
  if (audience) {
    await item.getByRole('combobox', { name: 'Для кого' }).click()
    await page.getByRole('option', { name: audience }).click()
  }
}

/** Picks a record in a picker by typing part of its name (one word: Playwright types Cyrillic as inserted text). */
async function pick(page: Page, region: Locator, label: string, typed: string, option: RegExp | string) {
  const box = region.getByRole('combobox', { name: `Добавить: ${label}` })
  await box.click()
  await box.pressSequentially(typed)
  await page.getByRole('option', { name: option }).first().click()
}

async function issue(page: Page, number: number, edition: string) {
  await page.getByRole('button', { name: `Выпустить версию ${number}` }).click()
  const dialog = page.getByRole('alertdialog', { name: `Выпустить версию ${number}?` })
  await dialog.getByRole('radio', { name: edition }).check()
  return dialog
}

/** The preview lays the new version out on the window's own thread: on a busy machine the dialog takes that long to go. */
const LAYOUT_WAIT = { timeout: 30_000 }

async function confirmIssue(page: Page, dialog: Locator, number: number) {
  await dialog.getByRole('button', { name: `Выпустить версию ${number}` }).click()
  await expect(page.getByRole('combobox', { name: 'Показать' })).toHaveValue(String(number), LAYOUT_WAIT)
}

/** The lines of a page as pdftotext lays them out, trimmed, without empty ones. */
const linesOf = (sheet: string) => sheet.split('\n').map((l) => l.trim()).filter((l) => l !== '')

/** Each page's text as laid out, without the diagonal watermark (pdftotext -nodiag), whose letters would fall between the lines. */
async function pagesBesideWatermark(pdf: string) {
  const { stdout } = await run('pdftotext', ['-layout', '-nodiag', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return stdout.split('\f').slice(0, -1)
}

/** Each page's text in content order (pdftotext -raw): the diagonal watermark's letters come one a line. */
async function rawPages(pdf: string) {
  return (await pdfText(pdf)).split('\f').slice(0, -1)
}

async function pdfTitle(pdf: string) {
  const { stdout } = await run('pdfinfo', [pdf])
  return /^Title:\s+(.*)$/m.exec(stdout)?.[1]
}

/** A PDF's bytes as they are and every Flate stream inflated: wherever a word could hide. */
function pdfLayers(bytes: Buffer): Buffer[] {
  const layers = [bytes]
  const text = bytes.toString('latin1')
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    const end = text.indexOf('endstream', start)
    try {
      layers.push(inflateSync(bytes.subarray(start, end)))
    } catch {
      // Not a Flate stream (an image, a font program of another filter).
    }
  }
  return layers
}

/** Whether `word` occurs in any of `layers`, as UTF-8 or as UTF-16 (PDF strings), either byte order. */
function occurs(layers: Buffer[], word: string): boolean {
  const forms = [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le'), Buffer.from(word, 'utf16le').swap16()]
  return layers.some((layer) => forms.some((form) => layer.includes(form)))
}

/** A folder of the test's own under OUTPUT, emptied: the two tests run side by side in two workers. */
async function freshFolder(name: string): Promise<string> {
  const dir = join(OUTPUT, name)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  return dir
}

test('an official paper: emblem, organisation, city and year on the cover; numbered copies for named recipients; the register; Word copies through LibreOffice', async ({ app }) => {
  const output = await freshFolder('copies')
  test.setTimeout(240_000)
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()

  // Settings: the emblem, kept in the data folder; the demo's city is Astana.
  const emblem = join(output, 'emblem.png')
  await copyFile(EMBLEM, emblem)
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click()
  const layout = page.getByRole('region', { name: 'Оформление материалов' })
  await expect(layout.getByRole('textbox', { name: 'Город (для материалов на русском)' })).toHaveValue('Астана')
  await app.queueChosenFiles([emblem])
  await layout.getByRole('button', { name: 'Выбрать изображение…' }).click()
  await expect(layout.getByText('emblem.png (23 КБ)')).toBeVisible()

  // A brief whose steering section is cleared, the cover listing the clearance.
  await newBrief(page)
  const steering = section(page, 'Основные цели и тезисы')
  await steering.getByRole('textbox', { name: 'Цели' }).fill('Закрепить договорённости о развитии Транскаспийского маршрута.')
  await addPoint(page, steering, 'Основные тезисы', 'Казахстан готов обеспечить транзит в согласованные сроки.')
  await steering.getByRole('button', { name: 'Согласовать раздел: Основные цели и тезисы' }).click()
  const clearance = steering.getByRole('group', { name: 'Согласование раздела «Основные цели и тезисы»' })
  await clearance.getByRole('textbox', { name: 'Кем согласовано' }).fill('Департамент транспортной политики')
  await clearance.getByRole('button', { name: 'Согласовать' }).click()
  await expect(steering.getByText('Согласовано: Департамент транспортной политики, 28 ноября 2026 г.')).toBeVisible()
  await builder(page).getByRole('switch', { name: 'Показать на титульном листе, кем согласованы разделы' }).check()
  await save(page)

  // Issuing warns of the sections not cleared, and not of the one that is.
  const dialog = await issue(page, 1, 'Полная (для руководителя)')
  const warning = dialog.getByText(/разделов этой редакции не согласованы/).locator('..')
  await expect(warning).toContainText('Программа')
  await expect(warning).not.toContainText('Основные цели и тезисы')
  await confirmIssue(page, dialog, 1)

  // Three numbered copies, each for its recipient, with progress while they are made.
  // Names that occur nowhere else in the pack (its principal is the Minister of Transport).
  const recipients = ['Заместителю министра Ахметову', 'Послу в Кыргызской Республике', 'Руководителю секретариата']
  await app.queueSavePath(join(output, 'Материалы v1.pdf'))
  await page.getByRole('button', { name: 'Экземпляры…' }).click()
  const copies = page.getByRole('dialog', { name: 'Экземпляры версии 1' })
  await copies.getByRole('textbox', { name: 'Кому' }).fill(recipients.join('\n'))
  await expect(copies.getByText('Номера экземпляров: 1–3')).toBeVisible()
  await expect(copies.getByRole('checkbox', { name: 'Имя получателя по диагонали на каждой странице' })).toBeChecked()
  await copies.getByRole('button', { name: 'Сделать 3 экземпляра' }).click()
  await expect(page.getByRole('progressbar', { name: /^Изготовление экземпляров…/ })).toBeVisible()
  await expectOutcome(page, page.getByText('Сделаны экземпляры № 1–3 версии 1.'))

  for (const [i, recipient] of recipients.entries()) {
    const number = i + 1
    const pdf = join(output, `Материалы v1 Экз. № ${number}.pdf`)
    await expect(page.getByRole('listitem').filter({ hasText: pdf })).toBeVisible()
    expect(await pdfTitle(pdf)).toBe(`${TITLE} — Экз. № ${number}, ${recipient}`)
    const sheets = await pagesBesideWatermark(pdf)
    const raw = await rawPages(pdf)
    expect(sheets.length).toBeGreaterThan(4)
    expect(raw).toHaveLength(sheets.length)
    sheets.forEach((sheet, p) => {
      const lines = linesOf(sheet)
      // Top right: the marking, the copy's number under it; the page number beside it from page 2.
      expect(lines[0], `copy ${number}, page ${p + 1}`).toBe(MARKING)
      expect(lines[1], `copy ${number}, page ${p + 1}`).toMatch(p === 0 ? new RegExp(`^Экз\\. № ${number}$`) : new RegExp(`^${p + 1}\\s+Экз\\. № ${number}$`))
      // Across the page, the recipient.
      expect(squash(raw[p]!), `copy ${number}, page ${p + 1}`).toContain(squash(recipient))
      // No other copy's number or recipient.
      for (const other of recipients.filter((r) => r !== recipient)) expect(squash(raw[p]!)).not.toContain(squash(other))
      expect(lines.at(-1)).toBe(p === 0 ? 'Астана — 2026' : 'Версия: 1 · 28 ноября 2026 г.')
    })
    // The cover: the emblem and the organisation at its head, the clearance among its lines.
    expect(sheets[0]).toContain('МИНИСТЕРСТВО ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН')
    expect(squash(sheets[0]!)).toContain(squash('Согласовано Основные цели и тезисы: Департамент транспортной политики, 28 ноября 2026 г.'))
    const { stdout: images } = await run('pdfimages', ['-list', '-f', '1', '-l', '1', pdf])
    expect(images.trim().split('\n').length, 'the emblem on the cover').toBeGreaterThan(2)
  }

  // What the pages look like: the cover and a page of the text.
  const first = join(output, 'Материалы v1 Экз. № 1.pdf')
  await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', first, join(output, 'cover')])
  await run('pdftoppm', ['-png', '-r', '70', '-f', '3', '-l', '3', '-singlefile', first, join(output, 'body')])

  // The register: three copies on hand; one comes back.
  const register = page.getByRole('region', { name: 'Учёт экземпляров' })
  const rows = register.getByRole('table', { name: 'Учёт экземпляров' }).getByRole('row')
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(2)).toContainText('Послу в Кыргызской Республике')
  await expect(rows.nth(2)).toContainText('На руках')
  await register.getByRole('button', { name: 'Возвращён: экз. № 2 версии 1 (Послу в Кыргызской Республике)' }).click()
  await expect(rows.nth(2)).toContainText('Возвращён 28 ноября 2026 г.')
  const sheet = join(output, 'register.pdf')
  await app.queueSavePath(sheet)
  await register.getByRole('button', { name: 'Журнал в PDF…' }).click()
  await expectOutcome(page, register.getByText(`Сохранено: ${sheet}`))
  const sheetText = squash(await pdfText(sheet))
  expect(sheetText).toContain(squash(`Учёт экземпляров: ${TITLE}`))
  for (const recipient of recipients) expect(sheetText).toContain(squash(recipient))
  expect(sheetText).toContain(squash('Послу в Кыргызской Республике 28.11.2026 PDF возвращён 28.11.2026'))

  // A Word copy: its number and the recipient's watermark in the headers, kept by LibreOffice.
  const docx = join(output, 'Материалы v1.docx')
  await app.queueSavePath(docx)
  await page.getByRole('button', { name: 'Экземпляры…' }).click()
  await copies.getByRole('textbox', { name: 'Кому' }).fill('Советнику министра')
  await copies.getByRole('radio', { name: 'Word' }).check()
  await expect(copies.getByText('Номер экземпляра: 4')).toBeVisible()
  await copies.getByRole('button', { name: 'Сделать 1 экземпляр' }).click()
  await expectOutcome(page, page.getByText('Сделан экземпляр № 4 версии 1.'))
  await expect(rows).toHaveCount(5)
  const wordCopy = join(output, 'Материалы v1 Экз. № 4.docx')
  const roundTrip = join(output, 'roundtrip')
  await mkdir(roundTrip, { recursive: true })
  const profile = join(output, 'lo-profile')
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx', '--outdir', roundTrip, wordCopy], { timeout: 120_000 })
  const parts = unzipSync(new Uint8Array(await readFile(join(roundTrip, 'Материалы v1 Экз. № 4.docx'))))
  const headers = Object.entries(parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, bytes]) => Buffer.from(bytes).toString('utf8'))
  expect(headers.length).toBeGreaterThan(0)
  for (const xml of headers) {
    expect(xml).toContain('Экз. № 4')
    expect(xml).toMatch(/string="Советнику министра"/)
  }
  // And on paper: every page of LibreOffice's rendering carries the marking and the copy's number.
  const wordPages = await pdfPages(await wordToPdf(wordCopy, join(output, 'word')))
  expect(wordPages.length).toBeGreaterThan(4)
  wordPages.forEach((page, p) => {
    expect(page, `Word page ${p + 1}`).toContain(MARKING)
    expect(page, `Word page ${p + 1}`).toContain('Экз. № 4')
  })
})

test('an edition for the delegation leaves out every part meant for the minister alone: from the text, the contents, the PDF’s bytes and the Word file', async ({ app }) => {
  const output = await freshFolder('edition')
  test.setTimeout(180_000)
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await newBrief(page)
  // Words only the minister's parts carry, and words the delegation's carry.
  const secret = ['МИНИСТРУЛИЧНО', 'КОНФИДЕНЦИАЛЬНО', 'ЗАСЕКРЕЧЕННЫЙРЕЙС', 'ОСОБАЯПАПКА', 'Абдыкадыров', 'Электронный обмен данными о грузах']
  const shared = ['ОБЩЕДЕЛЕГАЦИОННАЯ', 'ВСЕМДЕЛЕГАТАМ']

  const steering = section(page, 'Основные цели и тезисы')
  await steering.getByRole('textbox', { name: 'Цели' }).fill('Цель ОБЩЕДЕЛЕГАЦИОННАЯ.')
  await addPoint(page, steering, 'Основные тезисы', 'Тезис ВСЕМДЕЛЕГАТАМ')
  await addPoint(page, steering, 'Основные тезисы', 'Тезис МИНИСТРУЛИЧНО', 'Только руководителю')
  await addPoint(page, steering, 'Ответы на возможные вопросы', 'Ответ КОНФИДЕНЦИАЛЬНО', 'Только руководителю')

  const logistics = section(page, 'Организационные вопросы')
  await logistics.getByRole('textbox', { name: 'Текст' }).fill('Вылет ЗАСЕКРЕЧЕННЫЙРЕЙС в 7:00.')
  await logistics.getByRole('combobox', { name: 'Для кого раздел' }).click()
  await page.getByRole('option', { name: 'Только руководителю' }).click()
  await logistics.getByRole('textbox', { name: 'Заголовок' }).fill('Логистика ОСОБАЯПАПКА')

  const counterparts = section(page, 'Собеседники')
  await pick(page, counterparts, 'Собеседники', 'Абдыкадыров', 'Нурлан Абдыкадыров')
  await pick(page, counterparts, 'Собеседники — Только руководителю', 'Абдыкадыров', 'Нурлан Абдыкадыров')

  const annex = section(page, 'Приложение: исполнение поручений')
  await pick(page, annex, 'Поручения — Только руководителю', 'e-CMR', /^п\. 4\.7 Электронный обмен данными о грузах/)
  await save(page)

  // The whole pack has them all (so the checks below can fail).
  const whole = join(output, 'whole.pdf')
  await app.queueSavePath(whole)
  await page.getByRole('button', { name: 'Сохранить PDF…' }).click()
  await expectOutcome(page, page.getByText(`Сохранено: ${whole}`))
  const wholeText = await pdfText(whole)
  for (const word of [...secret, ...shared]) expect(wholeText, word).toContain(word)

  // The delegation's edition, shown and then issued as version 1.
  await page.getByRole('combobox', { name: 'Редакция' }).selectOption({ label: 'Для делегации' })
  const frame = page.frameLocator('iframe[title="Страницы материалов"]')
  await expect(frame.getByRole('region', { name: 'Основные цели и тезисы' })).toContainText('ВСЕМДЕЛЕГАТАМ')
  await expect(frame.locator('body')).not.toContainText('МИНИСТРУЛИЧНО')
  const dialog = await issue(page, 1, 'Для делегации')
  await confirmIssue(page, dialog, 1)
  await expect(page.getByRole('option', { name: 'Версия 1 (для делегации) от 28 ноября 2026 г.' })).toBeAttached()

  const pdf = join(output, 'delegation.pdf')
  await app.queueSavePath(pdf)
  await page.getByRole('button', { name: 'Сохранить PDF…' }).click()
  await expectOutcome(page, page.getByText(`Сохранено: ${pdf}`))
  const docx = join(output, 'delegation.docx')
  await app.queueSavePath(docx)
  await page.getByRole('button', { name: 'Сохранить Word…' }).click()
  await expectOutcome(page, page.getByText(`Сохранено: ${docx}`))

  const text = await pdfText(pdf)
  for (const word of shared) expect(text, word).toContain(word)
  expect(text).toContain('Редакция для делегации')
  const contents = (await pdfPages(pdf))[1]!
  expect(contents).toContain('Основные цели и тезисы')
  expect(contents).not.toContain('Собеседники')
  const layers = pdfLayers(await readFile(pdf))
  expect(layers.length).toBeGreaterThan(3)
  for (const word of secret) {
    expect(text, `${word} in the PDF's text`).not.toContain(word)
    expect(occurs(layers, word), `${word} in the PDF's bytes`).toBe(false)
  }
  expect(await pdfTitle(pdf)).toBe(TITLE)

  // Every part of the Word file: the text, properties, styles, headers, anything else in the zip.
  const parts = Object.entries(unzipSync(new Uint8Array(await readFile(docx)))).map(([name, bytes]) => [name, Buffer.from(bytes)] as const)
  expect(parts.map(([name]) => name)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml']))
  const document = parts.find(([name]) => name === 'word/document.xml')![1].toString('utf8')
  for (const word of shared) expect(document).toContain(word)
  for (const word of secret) {
    for (const [name, bytes] of parts) expect(occurs([bytes], word), `${word} in ${name}`).toBe(false)
  }
})
