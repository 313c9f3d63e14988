import { describe, expect, it } from 'vitest'
import { deadlineInText } from './deadlineInText'

const context = { documentDate: '2024-08-09' }

describe('the deadline inside a clause', () => {
  it.each([
    ['Поручают правительствам разработать программу развития транзита до конца 2027 года.', 'до конца 2027 года'],
    ['Договорились провести заседание министров транспорта в IV квартале 2027 г.', 'в IV квартале 2027 г.'],
    ['Обеспечить подготовку доклада не позднее 15.01.2027 и направить его сторонам.', 'не позднее 15.01.2027'],
    ['Реализовать план в 2026–2027 годах с участием партнёров.', 'в 2026–2027 годах'],
    ['Проводить консультации ежегодно на уровне заместителей министров.', 'ежегодно'],
    ['The parties will complete the feasibility study by the end of 2026.', 'by the end of 2026'],
    ['Приветствуют итоги встречи.', ''],
    ['Отмечают рост товарооборота в 2023 году на 12 процентов.', 'в 2023 году'],
  ])('%s', (text, phrase) => {
    expect(deadlineInText(text, context)).toBe(phrase)
  })

  it('reads a long text in one pass', () => {
    const long = 'Провести работу. '.repeat(50_000) + 'до конца 2030 года'
    expect(deadlineInText(long, context)).toBe('до конца 2030 года')
  })
})
