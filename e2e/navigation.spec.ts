// Every section in Russian and in English, each showing the demo's real data.
import { expect, test } from './fixtures/app'

const languages = [
  {
    locale: 'ru-RU',
    loadDemo: 'Загрузить демонстрационные данные',
    sections: [
      ['Поручения', 'Поручения'],
      ['Встречи', 'Встречи'],
      ['Документы', 'Документы'],
      ['Материалы к встречам', 'Материалы к встречам'],
      ['Организации и люди', 'Организации и люди'],
      ['Настройки', 'Настройки'],
      ['Сводка', 'Сводка'],
    ],
    documentsTable: 'Документы',
    roadmapAdoption: /Одобрен документом: Совместное заявление/,
    meetingDate: '9 августа 2024 г.',
    meetingTitle: /VI Консультативная встреча глав государств Центральной Азии/,
    guest: /Азербайджан.*\(гость\)/,
  },
  {
    locale: 'en-US',
    loadDemo: 'Load demo data',
    sections: [
      ['Commitments', 'Commitments'],
      ['Meetings', 'Meetings'],
      ['Documents', 'Documents'],
      ['Briefs', 'Briefs'],
      ['Organisations & people', 'Organisations & people'],
      ['Settings', 'Settings'],
      ['Dashboard', 'Dashboard'],
    ],
    documentsTable: 'Documents',
    roadmapAdoption: /Approved by: Joint Statement/,
    meetingDate: '9 August 2024',
    meetingTitle: /VI Consultative Meeting of the Heads of State of Central Asia/,
    guest: /Azerbaijan.*\(guest\)/,
  },
] as const

for (const lang of languages) {
  test.describe(lang.locale, () => {
    test.use({ locale: lang.locale })

    test('navigates every section', async ({ app }) => {
      const { page } = app
      await page.getByRole('button', { name: lang.loadDemo }).click()
      const nav = page.getByRole('navigation')
      for (const [link, heading] of lang.sections) {
        await nav.getByRole('link', { name: link, exact: true }).click()
        await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible()
        await expect(nav.getByRole('link', { name: link, exact: true })).toHaveAttribute('aria-current', 'page')
      }
    })

    test('shows the demo documents and meeting in its language', async ({ app }) => {
      const { page } = app
      await page.getByRole('button', { name: lang.loadDemo }).click()
      await page.getByRole('navigation').getByRole('link', { name: lang.sections[2][0], exact: true }).click()
      const documents = page.getByRole('table', { name: lang.documentsTable })
      await expect(documents.getByRole('row')).toHaveCount(9)
      await expect(documents.getByRole('row').filter({ hasText: lang.roadmapAdoption })).toHaveCount(2)
      await expect(documents.getByRole('row').filter({ hasText: lang.meetingDate })).toHaveCount(8)

      await page.getByRole('navigation').getByRole('link', { name: lang.sections[1][0], exact: true }).click()
      const meeting = page.getByRole('article', { name: lang.meetingTitle })
      await expect(meeting).toContainText(lang.meetingDate)
      await expect(meeting).toContainText(lang.guest)
    })
  })
}
