// axe-core on every page, in both languages: no serious or critical violation.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'
import { firstRecord, open, violations, violationsOnEveryPage } from './pages'

/** The words the dialogs' openers say, in each language. */
const WORDS = {
  ru: {
    delete: 'Удалить', addStatus: 'Добавить статус', cancel: 'Отмена', selectAll: 'Выбрать все показанные', bulkStatus: 'Добавить статус…', bulkOwner: 'Назначить исполнителя…',
    saveView: 'Сохранить вид', newBrief: 'Новые материалы', newRequests: 'Новые запросы', report: 'Отчёт об исполнении', newOrganisation: 'Нет в списке — создать',
    backup: 'Сохранить полную копию…', importCommitments: 'Импорт поручений…', split: 'Разбить на пункты', fixRow: 'Исправить строку 1',
  },
  en: {
    delete: 'Delete', addStatus: 'Add status update', cancel: 'Cancel', selectAll: 'Select all shown', bulkStatus: 'Add status update…', bulkOwner: 'Set owner…',
    saveView: 'Save this view', newBrief: 'New brief', newRequests: 'New requests', report: 'Implementation report', newOrganisation: 'Not listed: create it',
    backup: 'Save a full backup…', importCommitments: 'Import commitments…', split: 'Split into clauses', fixRow: 'Fix row 1',
  },
}

/** Opens a dialog with `opener`, records its violations under `name`, and closes it with Escape. */
async function checkDialog(page: Page, found: Record<string, string[]>, name: string, opener: () => Promise<void>) {
  await opener()
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'))
  await expect(dialog).toBeVisible()
  // Once it has faded in: half-transparent while it opens, its text would fail the contrast check.
  // (A spinner's endless animation never finishes: not waited for. One cancelled meanwhile, replaced by
  // the next, rejects its promise with an AbortError: it has stopped too, which is all this waits for.)
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))))
  const seen = await violations(page)
  if (seen.length > 0) found[name] = seen
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

for (const [language, locale, demo] of [
  ['ru', 'ru-RU', 'Загрузить демонстрационные данные'],
  ['en', 'en-US', 'Load demo data'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale })

    test('every page has no serious or critical accessibility violation', async ({ app }) => {
      test.setTimeout(180_000)
      const { page } = app
      expect(await violations(page), 'the welcome screen').toEqual([])
      await page.getByRole('button', { name: demo }).click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const found = await violationsOnEveryPage(page)
      expect(found).toEqual({})
    })

    test('every dialog, open, has no serious or critical accessibility violation', async ({ app }) => {
      test.setTimeout(180_000)
      const { page } = app
      const w = WORDS[language]
      const button = (name: string) => page.getByRole('button', { name, exact: true })
      await page.getByRole('button', { name: demo }).click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const found: Record<string, string[]> = {}

      await open(page, await firstRecord(page, '/commitments', '/commitments/'))
      await checkDialog(page, found, 'delete a commitment', () => button(w.delete).click())
      // The status update is a form on the page, not a dialog: checked open all the same.
      await button(w.addStatus).click()
      const seen = await violations(page)
      if (seen.length > 0) found['status update'] = seen
      await button(w.cancel).click()

      await open(page, '/commitments')
      await checkDialog(page, found, 'save a view', () => button(w.saveView).click())
      await page.getByRole('checkbox', { name: w.selectAll }).check()
      await checkDialog(page, found, 'bulk status update', () => button(w.bulkStatus).click())
      await checkDialog(page, found, 'bulk owner', () => button(w.bulkOwner).click())

      await open(page, '/briefs')
      await checkDialog(page, found, 'new brief', () => button(w.newBrief).click())
      await open(page, '/requests')
      await checkDialog(page, found, 'new requests', () => button(w.newRequests).click())
      await checkDialog(page, found, 'implementation report', () => button(w.report).click())
      await open(page, '/settings')
      await checkDialog(page, found, 'new organisation', () => button(w.newOrganisation).click())
      await checkDialog(page, found, 'backup protection', () => button(w.backup).click())

      await open(page, await firstRecord(page, '/documents', '/documents/'))
      await page.getByRole('main').getByRole('link', { name: w.importCommitments }).click()
      await page.getByRole('main').getByRole('textbox').last().fill('1. Поручают правительствам разработать программу развития транзитных коридоров до конца 2027 года.')
      await button(w.split).click()
      await checkDialog(page, found, 'import row fix', () => button(w.fixRow).click())
      expect(found).toEqual({})
    })
  })
}

test('screen-reader names are in the interface language, and a commitment links to its document', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('ТЛЦ')
  await expect(page.getByRole('button', { name: 'Очистить' })).toBeVisible()
  await page.getByRole('link', { name: 'Рабочая группа по развитию ТЛЦ' }).click()
  await page.getByRole('button', { name: 'Добавить статус' }).click()
  await expect(page.getByRole('button', { name: 'Больше на 5 %' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Меньше на 5 %' })).toBeVisible()
  await page.getByRole('button', { name: 'Отмена' }).click()
  await page.getByRole('main').getByRole('link', { name: 'Меморандум о взаимопонимании по развитию транспортно-логистических центров' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Меморандум о взаимопонимании по развитию транспортно-логистических центров' })).toBeVisible()
})
