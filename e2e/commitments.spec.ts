// The registry's first job: a commitment our ministry owns, found by its deadline before and
// after it passes, with its owner's report and our assessment kept apart, owners assigned in
// bulk, and the dashboard's "changed since" showing what happened.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'
import type { BridgeWindow } from './fixtures/bridge'
import { choose, pick } from './pickers'

const ROADMAP = 'Дорожная карта по развитию регионального сотрудничества на 2025–2027 годы'
const OUR_MINISTRY = 'МТ РК — Министерство транспорта Республики Казахстан'
const TEXT = 'Разработать и согласовать с Министерством транспорта Кыргызской Республики график запуска контейнерного поезда Алматы — Бишкек — Ташкент.'
const SUMMARY = 'График контейнерного поезда Алматы — Ташкент'

/** A meeting and a document adopted at it, made through their forms; leaves the document's page open. */
async function createMeetingAndDocument(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Встречи' }).click()
  await page.getByRole('button', { name: 'Новая встреча' }).click()
  const meeting = page.getByRole('form', { name: 'Новая встреча' })
  await meeting.getByRole('textbox', { name: 'Формат (Русский)', exact: true }).fill('Заседания рабочей группы по транспорту')
  await meeting.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('Заседание рабочей группы по контейнерным перевозкам')
  await meeting.getByRole('combobox', { name: 'Начало', exact: true }).fill('20.10.2026')
  await meeting.getByRole('combobox', { name: 'Окончание', exact: true }).fill('20.10.2026')
  await meeting.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Заседание рабочей группы по контейнерным перевозкам' })).toBeVisible()

  await page.getByRole('button', { name: 'Новый документ' }).click()
  const doc = page.getByRole('form', { name: 'Новый документ' })
  await doc.getByRole('combobox', { name: 'Вид', exact: true }).selectOption({ label: 'План действий' })
  await doc.getByRole('textbox', { name: 'Название (Русский)', exact: true }).fill('План мероприятий по контейнерным поездам')
  await doc.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'План мероприятий по контейнерным поездам' })).toBeVisible()
}

/** Creates, through the form, a commitment of our ministry due "IV квартал 2026": on the open document's page, or in the demo Roadmap. */
async function createOurCommitment(page: Page, onOpenDocument = false) {
  if (onOpenDocument) {
    await page.getByRole('link', { name: 'Добавить поручение' }).click()
  } else {
    await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
    await page.getByRole('button', { name: 'Новое поручение' }).click()
    await pick(page, 'Документ', 'дорожная', ROADMAP)
  }
  await page.getByRole('textbox', { name: 'Пункт' }).fill('п. 9.9')
  await page.getByRole('textbox', { name: 'Текст' }).fill(TEXT)
  await page.getByRole('textbox', { name: 'Краткое содержание (Русский)' }).fill(SUMMARY)
  await page.getByRole('button', { name: 'Добавить исполнителя' }).click()
  await pick(page, 'Исполнитель 1', 'казахстан', OUR_MINISTRY)
  await choose(page, 'Вид срока', 'Квартал')
  await choose(page, 'Квартал', 'IV')
  await page.getByRole('spinbutton', { name: 'Год' }).fill('2026')
  await expect(page.getByRole('textbox', { name: 'Формулировка документа' })).toHaveValue('IV квартал 2026 г.')
  await page.getByRole('textbox', { name: 'Формулировка документа' }).fill('IV квартал 2026')
  await expect(page.getByText('Срок для сортировки и просрочки: 31 декабря 2026 г.')).toBeVisible()
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `п. 9.9 ${SUMMARY}` })).toBeVisible()
  await expect(page.getByText('IV квартал 2026 (срок 31 декабря 2026 г.)')).toBeVisible()
}

const listRow = (page: Page, text: string) => page.getByRole('table', { name: 'Поручения' }).getByRole('row').filter({ hasText: text })

test.describe('with the clock at 2026-11-01', () => {
  test.use({ today: '2026-11-01' })

  test('a commitment due "IV квартал 2026" is due within 90 days, then overdue on 2027-01-10', async ({ app }) => {
    let page = app.page
    await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
    await createMeetingAndDocument(page)
    await createOurCommitment(page, true)
    await expect(page.getByRole('link', { name: 'План мероприятий по контейнерным поездам' })).toBeVisible()

    await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click()
    await page.getByRole('link', { name: /^Срок в ближайшие 90 дней: \d+$/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Поручения' })).toBeVisible()
    await expect(listRow(page, SUMMARY)).toHaveCount(1)
    await expect(listRow(page, SUMMARY)).not.toContainText('просрочено')

    page = await app.restart({ today: '2027-01-10' })
    await page.getByRole('link', { name: /^Просрочено: \d+$/ }).click()
    await expect(listRow(page, SUMMARY)).toHaveCount(1)
    await expect(listRow(page, SUMMARY)).toContainText('просрочено')
    // And no longer among those due soon.
    await page.goBack()
    await page.getByRole('link', { name: /^Срок в ближайшие 90 дней: \d+$/ }).click()
    await expect(page.getByRole('table', { name: 'Поручения' }).or(page.getByText('Нет поручений, подходящих под фильтры.')).first()).toBeVisible()
    await expect(listRow(page, SUMMARY)).toHaveCount(0)
  })
})

test('the owner’s report and our assessment are kept apart and both shown; history only grows', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await createOurCommitment(page)

  await page.getByRole('button', { name: 'Добавить статус' }).click()
  // The author follows the kind: our secretariat for an assessment, the owner for its own report.
  await expect(page.getByRole('textbox', { name: 'Автор' })).toHaveValue('Секретариат делегации')
  await page.getByRole('radio', { name: 'Отчёт исполнителя' }).check()
  await expect(page.getByRole('textbox', { name: 'Автор' })).toHaveValue('Министерство транспорта Республики Казахстан')
  await page.getByRole('textbox', { name: 'Автор' }).fill('МТ РК')
  await choose(page, 'Статус', 'Выполнено')
  await page.getByRole('textbox', { name: 'Что сделано' }).fill('График согласован и направлен партнёрам.')
  await page.getByRole('button', { name: 'Добавить в историю' }).click()

  await page.getByRole('button', { name: 'Добавить статус' }).click()
  await page.getByRole('radio', { name: 'Оценка нашего секретариата' }).check()
  await choose(page, 'Статус', 'С задержкой')
  await choose(page, 'Уверенность в исполнении', 'AR · Жёлто-красный')
  await page.getByRole('textbox', { name: 'Что сделано' }).fill('Ответ Кыргызской стороны не получен.')
  // A delay gives its reason: without one the form says so at the field and adds nothing.
  await page.getByRole('button', { name: 'Добавить в историю' }).click()
  const reason = page.getByRole('textbox', { name: /^Причина задержки/ })
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await expect(reason).toHaveAccessibleDescription(/^Укажите причину задержки: поручение просрочено или задерживается/)
  await expect(page.getByRole('list', { name: 'История' }).getByRole('listitem')).toHaveCount(1)
  await reason.fill('Ждём согласования Кыргызской стороны.')
  await page.getByRole('button', { name: 'Добавить в историю' }).click()

  const own = page.getByRole('group', { name: 'Последний отчёт исполнителя' })
  const ours = page.getByRole('group', { name: 'Наша последняя оценка' })
  await expect(own).toContainText('Выполнено')
  await expect(own).toContainText('График согласован и направлен партнёрам.')
  await expect(ours).toContainText('С задержкой')
  await expect(ours).toContainText('Причина задержки: Ждём согласования Кыргызской стороны.')
  // Delivery confidence with its letter, readable without its colour.
  await expect(ours.getByText('AR · Жёлто-красный')).toBeVisible()
  const history = page.getByRole('list', { name: 'История' }).getByRole('listitem')
  await expect(history).toHaveCount(2)

  // A correction is a new entry that names the one it corrects; the old one stays.
  await history.filter({ hasText: 'Отчёт исполнителя' }).getByRole('button', { name: /^Исправить запись/ }).click()
  await choose(page, 'Статус', 'В работе')
  await page.getByRole('textbox', { name: 'Что сделано' }).fill('Уточнение: график ещё согласуется.')
  await page.getByRole('button', { name: 'Добавить в историю' }).click()
  await expect(history).toHaveCount(3)
  await expect(history.filter({ hasText: /Исправляет запись от/ })).toHaveCount(1)
  await expect(own).toContainText('В работе')

  // The list says whose status it shows: the latest update is the owner's corrected report.
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('контейнерного')
  await expect(listRow(page, SUMMARY).getByRole('cell').filter({ hasText: 'В работе' })).toContainText('по отчёту исполнителя')
})

test('leaving a form with unsaved changes asks first, and staying keeps what was typed', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await page.getByRole('button', { name: 'Новое поручение' }).click()
  await page.getByRole('textbox', { name: 'Текст' }).fill(TEXT)

  await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Уйти без сохранения?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Отмена' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Новое поручение' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Текст' })).toHaveValue(TEXT)

  await page.goBack()
  await dialog.getByRole('button', { name: 'Уйти без сохранения' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Поручения' })).toBeVisible()

  // An unchanged form lets one go without asking.
  await page.getByRole('button', { name: 'Новое поручение' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible()
})

test.describe('on a tall window (the list renders only the rows in view)', () => {
  test.use({ viewport: { width: 1400, height: 2400 } })

  test('bulk-assigning an owner and the dashboard’s "changed since"', async ({ app }) => {
    const { page } = app
    const shown = page.getByRole('status').filter({ hasText: / из 37$/ })
    const rows = page.getByRole('table', { name: 'Поручения' }).getByRole('row')
    await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
    await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
    await page.getByRole('searchbox').fill('энергетик')
    await expect(shown).not.toHaveText('37 из 37')
    const count = Number((await shown.textContent())!.split(' ')[0])
    expect(count).toBeGreaterThanOrEqual(2)
    await expect(rows).toHaveCount(count + 1)

    await page.getByRole('checkbox', { name: 'Выбрать все показанные' }).check()
    await expect(page.getByText(`Выбрано: ${count}`)).toBeVisible()
    await page.getByRole('button', { name: 'Назначить исполнителя…' }).click()
    await pick(page, 'Организация', 'казахстан', OUR_MINISTRY)
    await page.getByRole('radio', { name: 'Оставить' }).check()
    await page.getByRole('button', { name: 'Применить' }).click()
    await expect(page.getByRole('dialog')).toBeHidden()
    for (let i = 1; i <= count; i++) await expect(rows.nth(i)).toContainText('МТ РК')

    // Our organisation now owns them all: "mine" keeps every one of them.
    await choose(page, 'Моя организация', 'В любой роли')
    await expect(shown).toHaveText(`${count} из 37`)

    // A status update today changes their status; the dashboard counts it since the last meeting.
    await page.getByRole('checkbox', { name: 'Выбрать все показанные' }).check()
    await page.getByRole('button', { name: 'Добавить статус…' }).click()
    await choose(page, 'Статус', 'Отменено / заменено', page.getByRole('dialog'))
    await page.getByRole('button', { name: 'Применить' }).click()
    await expect(page.getByRole('dialog')).toBeHidden()

    await page.getByRole('navigation').getByRole('link', { name: 'Сводка' }).click()
    await expect(page.getByText('Изменения с 9 августа 2024 г.')).toBeVisible()
    await page.getByRole('link', { name: /^Изменился статус: \d+$/ }).click()
    await expect(page.getByRole('button', { name: 'Убрать этот фильтр' })).toBeVisible()
    await page.getByRole('searchbox').fill('энергетик')
    await expect(shown).toHaveText(`${count} из 37`)
    await expect(rows.filter({ hasText: 'Отменено / заменено' })).toHaveCount(count)
  })
})

test.describe('in English', () => {
  test.use({ locale: 'en-US', today: '2026-11-01' })

  test('a saved view restores its filters', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Load demo data' }).click()
    await page.getByRole('navigation').getByRole('link', { name: 'Commitments' }).click()
    await page.getByRole('checkbox', { name: 'Overdue' }).click()
    await expect(page.getByRole('checkbox', { name: 'Overdue' })).toBeChecked()
    await page.getByRole('combobox', { name: 'My organisation' }).click()
    await page.getByRole('option', { name: 'It leads' }).click()
    // What the two filters must match, asked of the core; the list is read only once it shows that.
    const answer = await page.evaluate(() => (window as unknown as BridgeWindow).desk.queryCommitments({ overdue: true, mine: 'lead', limit: 1 }))
    if (!answer.ok) throw new Error(answer.error.code)
    const { matching } = answer.value
    const shown = `${matching} of 37 commitment${matching === 1 ? '' : 's'}`
    await expect(page.getByRole('status').filter({ hasText: / of 37 commitments?$/ })).toHaveText(shown)
    await page.getByRole('button', { name: 'Save this view' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Our overdue')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(page.getByRole('status').filter({ hasText: /^37 of 37/ })).toBeVisible()
    await page.getByRole('link', { name: 'Our overdue' }).click()
    await expect(page.getByRole('checkbox', { name: 'Overdue' })).toBeChecked()
    await expect(page.getByRole('status').filter({ hasText: / of 37 commitments?$/ })).toHaveText(shown)
  })

  test('every number on the dashboard opens the list with that filter', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Load demo data' }).click()
    for (const figure of ['Overdue', 'Due in 30 days', 'Due in 90 days', 'Completed', 'In progress']) {
      const link = page.getByRole('link', { name: new RegExp(`^${figure}: \\d+$`) })
      const count = Number((await link.getAttribute('aria-label'))!.split(': ')[1])
      await link.click()
      await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible()
      await expect(page.getByRole('status').filter({ hasText: / of 37 commitments?$/ })).toHaveText(new RegExp(`^${count} of 37 commitments?$`))
      await page.goBack()
    }
  })
})
