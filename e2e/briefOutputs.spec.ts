// Briefing packs, issued and exported: one brief for the VI meeting with the annex of our
// commitments, issued as version 1 and saved as PDF and Word in both output languages, then
// checked on paper (pdftotext) against what the app stored — the official layout's marking on
// every page, page numbers at the top centre from page 2, the version at the foot and the city
// and year at the cover's; Word through LibreOffice against the PDF. Then the frozen version
// after the registry changed, and the next version's addendum.
import type { Page } from '@playwright/test'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CURRENT_SCHEMA_VERSION, type BriefDocument, type DeskData } from '../electron/core/schema'
import { briefLabels } from '../electron/core/briefs/labels'
import { generateData } from '../electron/core/demo/generate'
import { dataSetup, expect, test } from './fixtures/app'
import { pdfPages, pdfText, squash, wordToPdf } from './fixtures/documents'
import { expectOutcome } from './fixtures/outcome'

const MEETING = 'VI Консультативная встреча глав государств Центральной Азии'
const OUTPUT = fileURLToPath(new URL('.output/', import.meta.url))
const SCRIPT = '<script>alert(1)</script> <b>жирный</b>'

const builder = (page: Page) => page.getByRole('form', { name: 'Материалы к встрече' })
const pages = (page: Page) => page.frameLocator('iframe[title="Страницы материалов"]')

/** The brief as the data file holds it: the content of each issued version. */
async function issuedContent(dataDir: string, version: number): Promise<BriefDocument> {
  const data = JSON.parse(await readFile(join(dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData
  return data.briefs[0]!.issued.find((v) => v.number === version)!.content
}

async function newBrief(page: Page, language: 'ru' | 'en') {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
  await page.getByRole('button', { name: `Подготовить материалы: ${MEETING}` }).click()
  const form = builder(page)
  if (language === 'en') await form.getByRole('radiogroup', { name: 'Язык материалов' }).getByRole('radio', { name: 'English' }).check()
  await form.getByRole('textbox', { name: 'Для кого' }).fill('Министру транспорта')
  await form.getByRole('region', { name: 'Основные цели и тезисы', exact: true }).getByRole('textbox', { name: 'Цели' }).fill(`${SCRIPT}\n- Одобрить проект Стратегии`)
  await form.getByRole('button', { name: 'Сохранить' }).click()
  await expect(form.getByRole('button', { name: 'Сохранить' })).toBeEnabled()
}

async function issue(page: Page, number: number) {
  await page.getByRole('button', { name: `Выпустить версию ${number}` }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: `Выпустить версию ${number}` }).click()
  // The preview lays the new version out on the window's own thread: on a busy machine the dialog takes that long to go.
  await expect(page.getByRole('combobox', { name: 'Показать' })).toHaveValue(String(number), { timeout: 30_000 })
}

/** `long`: the PDF takes seconds, and the window says what it is doing meanwhile. */
async function savePdf(page: Page, app: { queueSavePath(path: string): Promise<void> }, name: string, long = false) {
  const path = join(OUTPUT, name)
  await app.queueSavePath(path)
  await page.getByRole('button', { name: 'Сохранить PDF…' }).click()
  if (long) {
    await expect(page.getByRole('progressbar', { name: 'Вёрстка страниц…' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Сохранить PDF…' })).toBeDisabled()
  }
  await expectOutcome(page, page.getByText(`Сохранено: ${path}`))
  return path
}

/**
 * The words of a text, to compare two renderings of one document: line breaks after a hyphen
 * joined, contents leaders, page numbers and list markers (drawn differently by each) left out.
 */
const words = (text: string) =>
  new Set(
    text
      .replace(/(\p{L})-\s*\n\s*(?=\p{L})/gu, '$1-')
      .replace(/\.{4,}\s*\d*/g, ' ')
      .split(/\s+/)
      .filter((w) => w !== '' && w !== '•' && w !== '–' && !/^\d+\.?$/.test(w)),
  )

test.beforeAll(() => mkdir(OUTPUT, { recursive: true }))

for (const language of ['ru', 'en'] as const) {
  test(`a brief in ${language === 'ru' ? 'Russian' : 'English'}: issued, saved as PDF and Word, the same on paper`, async ({ app }) => {
    const { page } = app
    await newBrief(page, language)
    const heading = language === 'ru' ? 'Исполнение поручений' : 'Commitments'
    await expect(pages(page).getByRole('region', { name: heading }).first()).toBeVisible()
    await issue(page, 1)
    await expect(page.getByRole('option', { name: 'Версия 1 от 28 ноября 2026 г.' })).toBeAttached()

    const pdf = await savePdf(page, app, `brief-${language}-v1.pdf`)
    const docx = join(OUTPUT, `brief-${language}-v1.docx`)
    await app.queueSavePath(docx)
    await page.getByRole('button', { name: 'Сохранить Word…' }).click()
    await expectOutcome(page, page.getByText(`Сохранено: ${docx}`))

    const doc = await issuedContent(app.dataDir, 1)
    expect(doc.language).toBe(language)
    const marking = language === 'ru' ? 'Для служебного пользования' : 'Official use only'
    expect(doc.marking).toBe(marking)

    // Every page: the marking at the top right; from page 2 the page number at the top centre;
    // the version at the foot of every page but the cover, whose foot is the city and year.
    const sheets = await pdfPages(pdf)
    const total = sheets.length
    expect(total).toBeGreaterThan(3)
    // The preview lays out the same pages (the interface is Russian, whatever the brief's language).
    await expect(page.getByText(new RegExp(`^${total} страниц[аы]?$`))).toBeVisible()
    sheets.forEach((sheet, i) => {
      const lines = sheet.split('\n').map((l) => l.trim()).filter((l) => l !== '')
      expect(lines[0], `page ${i + 1} top`).toMatch(i === 0 ? new RegExp(`^${marking}$`) : new RegExp(`^${i + 1}\\s+${marking}$`))
      const foot = i === 0 ? (language === 'ru' ? 'Астана — 2026' : 'Astana, 2026') : language === 'ru' ? 'Версия: 1 · 28 ноября 2026 г.' : 'Version: 1 · 28 November 2026'
      expect(lines.at(-1), `page ${i + 1} foot`).toBe(foot)
    })

    // The contents' page numbers are where the sections really start.
    const listed = doc.sections.filter((s) => s.kind !== 'cover' && s.kind !== 'contents')
    const contentsPage = sheets.findIndex((s) => s.includes(doc.sections.find((x) => x.kind === 'contents')!.title))
    expect(contentsPage).toBe(1)
    for (const section of listed) {
      const entry = sheets[contentsPage]!.split('\n').find((l) => l.trim().startsWith(section.title))
      const number = Number(entry?.trim().split(/\s+/).at(-1))
      const starts = sheets.findIndex((s, i) => i > contentsPage && s.split('\n').some((l) => l.trim() === section.title)) + 1
      expect(number, `contents entry for ${section.title}`).toBe(starts)
    }

    // Every commitment of the annex is there, as the app stored it; typed markup is plain text.
    const text = squash(await pdfText(pdf))
    const annex = doc.sections.find((s) => s.kind === 'commitments_annex')!
    const rows = annex.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []))
    expect(rows.length).toBeGreaterThan(10)
    for (const row of rows) expect(text).toContain(squash(row.cells.slice(0, 2).join(' ')))
    expect(text).toContain(squash(SCRIPT))

    // Word: LibreOffice's rendering of it has the same words as the PDF (its own folder: the
    // converted file has the same name as ours).
    const fromWord = await wordToPdf(docx, join(OUTPUT, 'word'))
    expect(fromWord).not.toBe(pdf)
    const wordText = await pdfText(fromWord)
    expect([...words(wordText)].sort()).toEqual([...words(await pdfText(pdf))].sort())
  })
}

test('an issued version stays as issued after the registry changes; the next one lists the change; printing', async ({ app }) => {
  // Three PDFs and four layouts of the preview: a minute on a busy two-core machine.
  test.slow()
  const { page } = app
  await newBrief(page, 'ru')
  await issue(page, 1)
  const first = await savePdf(page, app, 'brief-frozen-a.pdf')

  // Our commitment п. 4.7 is completed after version 1.
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await page.getByRole('searchbox').fill('e-CMR')
  await page.getByRole('link', { name: /Электронный обмен данными о грузах/ }).first().click()
  await page.getByRole('button', { name: 'Добавить статус' }).click()
  await page.getByRole('combobox', { name: 'Статус', exact: true }).click()
  await page.getByRole('option', { name: 'Выполнено', exact: true }).click()
  await page.getByRole('button', { name: 'Добавить в историю' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()

  await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
  await page.getByRole('table', { name: 'Материалы к встречам' }).getByRole('link', { name: `Материалы к встрече: ${MEETING}` }).click()
  // The draft follows the registry; version 1, re-exported, is what was issued.
  await page.getByRole('combobox', { name: 'Показать' }).selectOption({ label: 'Версия 1 от 28 ноября 2026 г.' })
  const again = await savePdf(page, app, 'brief-frozen-b.pdf')
  expect(await pdfText(again)).toBe(await pdfText(first))

  await page.getByRole('combobox', { name: 'Показать' }).selectOption({ label: 'Проект (текущее состояние)' })
  await issue(page, 2)
  const addendum = pages(page).getByRole('region', { name: 'Изменения с предыдущей версии' })
  await expect(addendum.getByText('Изменения с версии 1 от 28 ноября 2026 г.')).toBeVisible()
  await expect(addendum.getByRole('heading')).toHaveText(['Изменения с предыдущей версии', 'Выполнено'])
  const changed = addendum.getByRole('row')
  await expect(changed).toHaveCount(2)
  await expect(changed.nth(1)).toContainText('п. 4.7')
  await expect(changed.nth(1)).toContainText('В работе → Выполнено')

  // The system's print dialog is stood in for on the Chromium host only.
  if (app.host === 'chromium') {
    await page.getByRole('button', { name: 'Печать…' }).click()
    await expect.poll(() => app.printed.map((d) => d.footer)).toEqual(['Версия: 2 · 28 ноября 2026 г.'])
  }
})

test.describe('a registry of 500 commitments', () => {
  test.use({ prepareData: dataSetup((dataDir) => writeFile(join(dataDir, 'delegation-desk.json'), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: generateData(500) }))) })

  test('an annex of all 500 paginates: every row there once and whole, the header on every page of a table', async ({ app }) => {
    test.slow()
    const { page } = app
    await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
    await page.getByRole('button', { name: `Подготовить материалы: ${MEETING}` }).click()
    const form = builder(page)
    await form.getByRole('region', { name: 'Приложение: исполнение поручений', exact: true }).getByRole('radio', { name: 'Любой' }).check()
    await form.getByRole('button', { name: 'Сохранить' }).click()
    await expect(form.getByRole('button', { name: 'Сохранить' })).toBeEnabled()

    // In the pages on screen: no row continues on another page, and every table continued on a
    // page starts there with its header row.
    const frame = pages(page)
    await expect(page.getByText(/^\d+ страниц[аы]?$/)).toBeVisible({ timeout: 60_000 })
    await expect(frame.locator('tr[data-split-from]')).toHaveCount(0)
    const continued = await frame.locator('table[data-split-from]').count()
    expect(continued).toBeGreaterThan(10)
    await expect(frame.locator('table[data-split-from] > thead')).toHaveCount(continued)

    const pdf = await savePdf(page, app, 'brief-500.pdf', true)
    const data = JSON.parse(await readFile(join(app.dataDir, 'delegation-desk.json'), 'utf-8')).data as DeskData
    // The annex: from its heading to the next section's (the contents' entries carry page numbers).
    const lines = (await pdfText(pdf)).split(/\n|\f/)
    const titles = Object.values(briefLabels.ru.sections)
    const from = lines.indexOf(briefLabels.ru.sections.commitments_annex)
    const to = lines.findIndex((line, i) => i > from && titles.includes(line))
    expect(from).toBeGreaterThan(0)
    const text = squash(lines.slice(from, to === -1 ? undefined : to).join(''))
    const sheets = await pdfPages(pdf)
    sheets.slice(1).forEach((sheet, i) => expect(sheet.split('\n').find((l) => l.trim() !== '')!.trim()).toMatch(new RegExp(`^${i + 2}\\s`)))
    expect(data.commitments).toHaveLength(500)
    // Each row's clause and text, as often as the registry has it (generated texts repeat).
    const expected = new Map<string, number>()
    for (const c of data.commitments) {
      const key = squash(`${c.clause} ${c.summary.ru || c.text}`)
      expected.set(key, (expected.get(key) ?? 0) + 1)
    }
    const wrong = [...expected].filter(([key, times]) => text.split(key).length - 1 !== times)
    expect(wrong).toEqual([])
  })
})
