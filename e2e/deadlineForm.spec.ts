// The commitment form reads the document's wording with the import's parser as it is typed: the
// kind and due date follow, or it says it cannot. A recurring one, once saved, moves on to its
// next occurrence when the current one is completed, and stays open.
import { expect, test } from './fixtures/app'
import { choose, pick } from './pickers'

const ROADMAP = 'Дорожная карта по развитию регионального сотрудничества на 2025–2027 годы'
const OUR_MINISTRY = 'МТ РК — Министерство транспорта Республики Казахстан'

test('typing the deadline as the document words it sets the kind and date, and says when it cannot', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await page.getByRole('button', { name: 'Новое поручение' }).click()
  await pick(page, 'Документ', 'дорожная', ROADMAP)
  const words = page.getByRole('textbox', { name: 'Формулировка документа' })
  const kind = page.getByRole('combobox', { name: 'Вид срока', exact: true })
  const status = page.getByRole('group', { name: 'Срок исполнения' }).getByRole('status')

  // Under the default "Год", a span of years is read as the span: due at its end, not in its first year.
  await expect(kind).toHaveText('Год')
  await words.fill('2026–2028 гг.')
  await expect(kind).toHaveText('Период с–по')
  await expect(status).toContainText('Прочитано: Период с–по, срок 31.12.2028')
  await expect(status).toContainText('Срок для сортировки и просрочки: 31 декабря 2028 г.')

  await words.fill('IV квартал 2026 г.')
  await expect(kind).toHaveText('Квартал')
  await expect(status).toContainText('срок 31.12.2026')

  await words.fill('по мере необходимости')
  await expect(kind).toHaveText('Постоянно')
  await expect(status).toContainText('Без даты: не бывает просроченным')

  // Words it cannot read leave the kind as it was and say so.
  await words.fill('после завершения строительства терминала')
  await expect(page.getByText('Срок в этих словах не распознан: выберите вид и дату сами.')).toBeVisible()
  await expect(kind).toHaveText('Постоянно')

  // An ambiguous reading is offered, to be checked.
  await words.fill('до 2027 года')
  await expect(status).toContainText('Понято как: Год, срок 31.12.2027 — проверьте')
})

test('a recurring deadline: completing this year\'s occurrence schedules the next, the commitment stays open', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await page.getByRole('button', { name: 'Новое поручение' }).click()
  await pick(page, 'Документ', 'дорожная', ROADMAP)
  await page.getByRole('textbox', { name: 'Пункт' }).fill('п. 9.8')
  await page.getByRole('textbox', { name: 'Текст' }).fill('Ежегодно представлять в МИД информацию о ходе исполнения Дорожной карты.')
  await page.getByRole('button', { name: 'Добавить исполнителя' }).click()
  await pick(page, 'Исполнитель 1', 'казахстан', OUR_MINISTRY)
  await page.getByRole('textbox', { name: 'Формулировка документа' }).fill('ежегодно, до 25 января')
  // The roadmap is dated 9 August 2024: the first 25 January after it is 2025's.
  await expect(page.getByText('Прочитано: Ежегодно — каждый год, ближайший срок 25.01.2025')).toBeVisible()
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('ежегодно, до 25 января (текущий срок 25 января 2025 г.)')).toBeVisible()

  await page.getByRole('button', { name: 'Добавить статус' }).click()
  await expect(page.getByText('Статус относится к сроку 25 января 2025 г.')).toBeVisible()
  await choose(page, 'Статус', 'Выполнено')
  await page.getByRole('button', { name: 'Добавить в историю' }).click()
  await expect(page.getByText('ежегодно, до 25 января (текущий срок 25 января 2026 г.)')).toBeVisible()
  await expect(page.getByRole('list', { name: 'История' })).toContainText('За срок 25 января 2025 г.')
  // Not closed for good: in progress, and the 2026 occurrence is already past due (today is 28 November 2026).
  const header = page.getByRole('heading', { level: 1, name: /^п\. 9\.8/ }).locator('..')
  await expect(header).toContainText('В работе')
  await expect(header).toContainText('просрочено')
})
