// A brief in Kazakh, made from the Russian interface with page numbers at the foot: saved as PDF
// (the print view) and as Word, then read on paper — pdftotext for the PDF, LibreOffice's
// rendering for the Word file — for its Kazakh marking on every page, its Kazakh headings, the
// version line with a Kazakh date and the page words as Kazakh writes them ("2-бет, барлығы 7").
// The records' texts (the meeting's agenda, the commitments) stay Russian, as the registry keeps them.
// Then a bilingual pack, Russian and Kazakh: each section's two texts side by side, Russian on the
// left, the objective the user wrote beside the Kazakh translation typed under it.
// Last, an organisation given its Kazakh name in its form: a Kazakh pack names it so.
import type { Page } from '@playwright/test'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures/app'
import { pdfPages, pdfText, squash, wordToPdf } from './fixtures/documents'
import { expectOutcome } from './fixtures/outcome'
import { numberPagesAtFoot, violations } from './pages'

const MEETING = 'VI Консультативная встреча глав государств Центральной Азии'
const OUTPUT = fileURLToPath(new URL('.output/kk/', import.meta.url))
const MARKING = 'Қызмет бабында пайдалану үшін'
const HEADINGS = ['Мазмұны', 'Бағдарлама', 'Негізгі мақсаттар мен тезистер', 'Мақсаттар', 'Тапсырмалардың орындалуы', 'Елдер бойынша анықтамалар']

const builder = (page: Page) => page.getByRole('form', { name: 'Материалы к встрече' })
const preview = (page: Page) => page.frameLocator('iframe[title="Страницы материалов"]')

async function save(page: Page, app: { queueSavePath(path: string): Promise<void> }, button: string, name: string) {
  const path = join(OUTPUT, name)
  await app.queueSavePath(path)
  await page.getByRole('button', { name: button }).click()
  await expectOutcome(page, page.getByText(`Сохранено: ${path}`))
  return path
}

/** Every page: the marking at the top; at the foot the city and year on the cover, else the version line and "N-бет, барлығы M". */
function expectKazakhPages(sheets: string[], source: string) {
  expect(sheets.length, source).toBeGreaterThan(3)
  sheets.forEach((sheet, i) => {
    const lines = sheet.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '')
    expect(lines[0], `${source}: page ${i + 1} top`).toBe(MARKING)
    expect(lines.at(-1), `${source}: page ${i + 1} foot`).toBe(i === 0 ? 'Астана — 2026' : `Нұсқа: жоба · 2026 жылғы 28 қараша · ${i + 1}-бет, барлығы ${sheets.length}`)
  })
}

test.beforeAll(() => mkdir(OUTPUT, { recursive: true }))

test('a brief in Kazakh: its marking, headings and page words in Kazakh in the PDF and in Word', async ({ app }) => {
  test.slow()
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await numberPagesAtFoot(page)

  await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
  await page.getByRole('button', { name: `Подготовить материалы: ${MEETING}` }).click()
  const form = builder(page)
  await form.getByRole('radiogroup', { name: 'Язык материалов' }).getByRole('radio', { name: 'Қазақша' }).check()
  // The default title and marking follow the language; the meeting is named as the registry names it.
  await expect(form.getByRole('textbox', { name: 'Название' })).toHaveValue(`Кездесуге арналған материалдар: ${MEETING}`)
  await expect(form.getByRole('combobox', { name: 'Гриф' })).toHaveValue(MARKING)
  await form.getByRole('textbox', { name: 'Для кого' }).fill('Көлік министріне')
  await form.getByRole('region', { name: 'Основные цели и тезисы', exact: true }).getByRole('textbox', { name: 'Цели' }).fill('Транскаспий бағыты бойынша уағдаластықтарды бекіту.')
  await form.getByRole('button', { name: 'Сохранить' }).click()
  await expect(form.getByRole('button', { name: 'Сохранить' })).toBeEnabled()
  await expect(preview(page).getByRole('region', { name: 'Тапсырмалардың орындалуы' }).first()).toBeVisible()

  const pdf = await save(page, app, 'Сохранить PDF…', 'brief-kk.pdf')
  const docx = await save(page, app, 'Сохранить Word…', 'brief-kk.docx')

  const sheets = await pdfPages(pdf)
  expectKazakhPages(sheets, 'PDF')
  const text = squash(await pdfText(pdf))
  for (const heading of [...HEADINGS, 'Транскаспий бағыты бойынша уағдаластықтарды бекіту.']) expect(text, heading).toContain(squash(heading))
  // The programme is the meeting's agenda as the registry holds it, in Russian.
  expect(text).toContain(squash('Совершенствование межгосударственной координации и контроля за реализацией инициатив'))

  // Word as LibreOffice lays it out: the same marking, headings, and page words it works out page by page.
  const fromWord = await wordToPdf(docx, join(OUTPUT, 'word'))
  expectKazakhPages(await pdfPages(fromWord), 'Word')
  const wordText = squash(await pdfText(fromWord))
  for (const heading of HEADINGS) expect(wordText, heading).toContain(squash(heading))
})

test('a bilingual pack, Russian and Kazakh: each section in two columns, Russian on the left, in the PDF and in Word', async ({ app }) => {
  test.slow()
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
  await page.getByRole('button', { name: `Подготовить материалы: ${MEETING}` }).click()
  const form = builder(page)
  await form.getByRole('radiogroup', { name: 'Второй язык: текст в две колонки' }).getByRole('radio', { name: 'Қазақша' }).check()
  const steeringFields = form.getByRole('region', { name: 'Основные цели и тезисы', exact: true })
  await steeringFields.getByRole('textbox', { name: 'Цели', exact: true }).fill('Закрепить договорённости по Транскаспийскому маршруту.')
  // Each text has its translation's field under it while the pack is bilingual; the count follows what is written.
  await expect(form.getByText('Переведено для второй колонки: 0 из 1.', { exact: false })).toBeVisible()
  await steeringFields.getByRole('textbox', { name: 'Цели (Казахский)' }).fill('Транскаспий бағыты бойынша уағдаластықтарды бекіту.')
  await expect(form.getByText('Переведено для второй колонки: 1 из 1.', { exact: false })).toBeVisible()
  await steeringFields.screenshot({ path: join(OUTPUT, 'bilingual-builder.png') })
  expect(await violations(page)).toEqual([])
  await form.getByRole('button', { name: 'Сохранить' }).click()
  await expect(form.getByRole('button', { name: 'Сохранить' })).toBeEnabled()
  const steering = preview(page).getByRole('region', { name: 'Основные цели и тезисы' })
  await expect(steering.getByRole('heading', { name: 'Негізгі мақсаттар мен тезистер' })).toBeVisible()

  const pdf = await save(page, app, 'Сохранить PDF…', 'brief-ru-kk.pdf')
  const docx = await save(page, app, 'Сохранить Word…', 'brief-ru-kk.docx')
  const fromWord = await wordToPdf(docx, join(OUTPUT, 'word'))
  // Each pair on one line of the page (the Russian wrapping as it may), the Russian first: the two columns level.
  const pairs = [
    ['Материалы к встрече:', 'Кездесуге арналған материалдар:'],
    ['Программа', 'Бағдарлама'],
    ['Основные цели и тезисы', 'Негізгі мақсаттар мен тезистер'],
    ['Цели', 'Мақсаттар'],
    ['Исполнение поручений', 'Тапсырмалардың орындалуы'],
    ['Справки по странам', 'Елдер бойынша анықтамалар'],
  ]
  for (const [source, file] of [['PDF', pdf], ['Word', fromWord]] as const) {
    const lines = (await pdfPages(file)).flatMap((sheet) => sheet.split('\n')).map((l) => l.trim())
    for (const [left, right] of pairs) expect(lines.some((l) => new RegExp(`^${left}.*\\s{2,}${right}`).test(l)), `${source}: "${left}" beside "${right}"`).toBe(true)
    // The objective the user wrote on the left, its translation on the right (the records' texts stay as the registry has them).
    expect(lines.some((l) => /^Закрепить\s+договорённости\s.*\s{2,}Транскаспий\s+бағыты/.test(l)), `${source}: the objective beside its translation`).toBe(true)
  }
  // A table and its counterpart are one grid, in the print view and in Word: a commitment's row
  // level in both languages, and both headers at the head of each page the annex continues on.
  for (const [source, file] of [['PDF', pdf], ['Word', fromWord]] as const) {
    const sheets = await pdfPages(file)
    expect(sheets.flatMap((sheet) => sheet.split('\n')).some((l) => /^п\.\s+Синхронизац.*\sп\.\s+Синхронизац/.test(l.trim())), `${source}: a row level in both`).toBe(true)
    // Below the page's number and marking, the first lines: the two headers, their titles wrapping in narrow columns.
    const headed = sheets.filter((sheet) => {
      const head = sheet.split('\n').filter((l) => l.trim() !== '').slice(1, 5).join('\n')
      return head.includes('Поручение') && head.includes('Тапсырма')
    })
    expect(headed.length, `${source}: pages continuing the annex with both headers`).toBeGreaterThan(1)
    // The contents: each section's heading and its counterpart under it, with the page it starts on.
    const contents = sheets.find((sheet) => squash(sheet).includes(squash('Содержание / Мазмұны')))!.split('\n').map((l) => l.trim())
    expect(contents.findIndex((l) => /^Бағдарлама\W+\d+$/.test(l)), `${source}: the counterpart under its heading`).toBe(contents.findIndex((l) => /^Программа\W+\d+$/.test(l)) + 1)
    // Every page's marking in both languages, and after the cover its foot line in both.
    sheets.forEach((sheet, i) => {
      // Set right, one above the other (the page number may stand beside the first).
      for (const marking of ['Для служебного пользования', 'Қызмет бабында пайдалану үшін']) expect(sheet, `${source}, page ${i + 1}: ${marking}`).toMatch(new RegExp(`\\s{2,}${marking}\\n`))
      if (i > 0) expect(sheet, `${source}, page ${i + 1}: the foot in Russian and in Kazakh`).toMatch(/Версия: проект · [^\n]+ \/ Нұсқа: жоба · /)
    })
  }
})

test('an organisation given a Kazakh name in its form is named so in a Kazakh pack’s PDF', async ({ app }) => {
  test.slow()
  const { page } = app
  const TAJIK = 'Министерство транспорта Республики Таджикистан'
  const KAZAKH = 'Тәжікстан Республикасының Көлік министрлігі'
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Организации и люди', exact: true }).click()
  await page.getByRole('tab', { name: 'Организации' }).click()
  await page.getByRole('link', { name: TAJIK }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: TAJIK })).toBeVisible()

  // Kazakh and Uzbek wait under a disclosure, one per text, until asked for.
  const other = page.getByRole('button', { name: 'Казахский и узбекский: Наименование' })
  await expect(other).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('textbox', { name: 'Наименование (Казахский)' })).toHaveCount(0)
  await other.focus()
  await page.keyboard.press('Enter')
  await expect(other).toHaveAttribute('aria-expanded', 'true')
  await page.getByRole('textbox', { name: 'Наименование (Казахский)' }).fill(KAZAKH)
  await expect(page.getByRole('textbox', { name: 'Наименование (Узбекский)' })).toHaveValue('')
  // The short name's stay closed: it has none in Kazakh or Uzbek.
  await expect(page.getByRole('button', { name: 'Казахский и узбекский: Сокращение' })).toHaveAttribute('aria-expanded', 'false')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('status')).toHaveText('Сохранено')

  // Opened again, the name's disclosure is open from the start, with the Kazakh name in it.
  await page.getByRole('navigation').getByRole('link', { name: 'Организации и люди', exact: true }).click()
  await page.getByRole('tab', { name: 'Организации' }).click()
  await page.getByRole('link', { name: TAJIK }).first().click()
  await expect(page.getByRole('button', { name: 'Казахский и узбекский: Наименование' })).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('textbox', { name: 'Наименование (Казахский)' })).toHaveValue(KAZAKH)

  await page.getByRole('navigation').getByRole('link', { name: 'Материалы к встречам' }).click()
  await page.getByRole('button', { name: `Подготовить материалы: ${MEETING}` }).click()
  const form = builder(page)
  await form.getByRole('radiogroup', { name: 'Язык материалов' }).getByRole('radio', { name: 'Қазақша' }).check()
  await form.getByRole('button', { name: 'Сохранить' }).click()
  await expect(form.getByRole('button', { name: 'Сохранить' })).toBeEnabled()
  await expect(preview(page).getByRole('region', { name: 'Тапсырмалардың орындалуы' }).first()).toBeVisible()
  const text = squash(await pdfText(await save(page, app, 'Сохранить PDF…', 'brief-kk-names.pdf')))
  // Among the owners in the annex: by its Kazakh name, no longer by its Russian abbreviation.
  expect(text).toContain(squash(`${KAZAKH} (бірл. орынд.)`))
  expect(text).not.toContain(squash('МТ РТ ('))
  // The demo's own Kazakh names: our ministry at the head of the cover (in capitals there), a country heading its notes.
  expect(text).toContain(squash('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КӨЛІК МИНИСТРЛІГІ'))
  expect(text).toContain(squash('Елдер бойынша анықтамалар Қырғызстан'))
})
