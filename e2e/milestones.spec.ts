// A commitment's steps (issue 14, point 5): added in its form, ticked off on its page; its
// progress rolls up from them and the next step due shows on the page and in the list.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/app'
import { violations } from './pages'

const SUMMARY = 'Проект Стратегии транспортной взаимосвязанности до 2035 года'
const OUR_MINISTRY = 'МТ РК — Министерство транспорта Республики Казахстан'
const FIRST = 'Подготовить проект Стратегии'
const SECOND = 'Согласовать проект с министерствами транспорта'

const listRow = async (page: Page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Поручения' }).click()
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('взаимосвязанности')
  return page.getByRole('table', { name: 'Поручения' }).getByRole('row').filter({ hasText: SUMMARY })
}

test('steps added in the form roll up to the progress, and the next one due shows on the page and in the list', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click()
  // Without steps, the list shows no next step.
  let row = await listRow(page)
  await expect(row).toHaveCount(1)
  await expect(row).not.toContainText('Далее')
  await row.getByRole('link', { name: SUMMARY }).click()
  const heading = page.getByRole('heading', { level: 1, name: `п. 4.1 ${SUMMARY}` })
  await expect(heading).toBeVisible()
  await expect(page.getByRole('table', { name: 'Этапы' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Изменить' }).click()

  await page.getByRole('button', { name: 'Добавить этап' }).click()
  const first = page.getByRole('group', { name: 'Этап 1' })
  await expect(first.getByRole('textbox', { name: 'Что сделать' })).toBeFocused()
  await first.getByRole('textbox', { name: 'Что сделать' }).fill(FIRST)
  await first.getByRole('combobox', { name: 'Срок', exact: true }).fill('15.03.2026')
  await first.getByRole('checkbox', { name: 'Выполнен' }).check()
  await page.getByRole('button', { name: 'Добавить этап' }).click()
  const second = page.getByRole('group', { name: 'Этап 2' })
  // A step without its text is refused at the field, and nothing is saved.
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(second.getByRole('textbox', { name: 'Что сделать' })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('group', { name: 'Этап 2' })).toBeVisible()
  await second.getByRole('textbox', { name: 'Что сделать' }).fill(SECOND)
  const owner = second.getByRole('combobox', { name: 'Исполнитель', exact: true })
  await owner.click()
  await owner.pressSequentially('казахстан')
  await page.getByRole('option', { name: OUR_MINISTRY, exact: true }).click()
  await second.getByRole('combobox', { name: 'Срок', exact: true }).fill('30.12.2026')
  await second.getByRole('textbox', { name: 'Что сделать' }).click()
  await page.getByRole('group', { name: 'Этап 1' }).screenshot({ path: '/tmp/milestones-form-step.png' })
  await page.screenshot({ path: '/tmp/milestones-form.png', fullPage: true })
  expect(await violations(page)).toEqual([])
  await page.getByRole('button', { name: 'Сохранить' }).click()

  await expect(heading).toBeVisible()
  const steps = page.getByRole('table', { name: 'Этапы' })
  await expect(page.getByText('Выполнено: 50 %')).toBeVisible()
  await expect(page.getByText('выполнено этапов: 1 из 2')).toBeVisible()
  await expect(steps.getByRole('row')).toHaveCount(3)
  await expect(steps.getByRole('row').filter({ hasText: FIRST })).toContainText('15 марта 2026 г.')
  await expect(steps.getByRole('row').filter({ hasText: SECOND })).toContainText('МТ РК')
  await expect(steps.getByRole('checkbox', { name: `Этап «${FIRST}» выполнен` })).toBeChecked()
  await expect(page.getByRole('definition').filter({ hasText: `${SECOND}, до 30 декабря 2026 г.` })).toBeVisible()
  await page.getByRole('region', { name: 'Этапы' }).screenshot({ path: '/tmp/milestones-page.png' })
  expect(await violations(page)).toEqual([])

  row = await listRow(page)
  await expect(row).toContainText(`Далее 30.12.2026: ${SECOND}`)
  await expect(row).toContainText('Выполнено: 50 %')
  await row.screenshot({ path: '/tmp/milestones-row.png' })

  // The second ticked off on the page, without the form: all done, no next step.
  await row.getByRole('link', { name: SUMMARY }).click()
  // Clicked, then checked once saved: the box shows what the registry holds.
  const tick = page.getByRole('checkbox', { name: `Этап «${SECOND}» выполнен` })
  await tick.click()
  await expect(tick).toBeChecked()
  await expect(page.getByText('Выполнено: 100 %')).toBeVisible()
  await expect(page.getByRole('term').filter({ hasText: 'Следующий этап' })).toHaveCount(0)
  row = await listRow(page)
  await expect(row).toContainText('Выполнено: 100 %')
  await expect(row).not.toContainText('Далее')
})
