import { describe, expect, it } from 'vitest'
import type { ImportField } from '../schema'
import { classifyRows, sectionTitle } from './rowKinds'

const columns: ImportField[] = ['clause', 'text', 'deadline', 'owners']

describe('the kinds of rows under a header', () => {
  it('tells column numbers, sections (across the table, Roman, numbered headings, a lone heading) and closing notes from commitments', () => {
    const rows = [
      ['№', 'Мероприятие', 'Срок', 'Исполнители'],
      ['1', '2', '3', '4'],
      ['Раздел 1. Транспорт', 'Раздел 1. Транспорт', 'Раздел 1. Транспорт', 'Раздел 1. Транспорт'],
      ['1.1', 'Провести заседание', '2026 г.', 'МТ РК'],
      ['', 'Энергетика'],
      ['2.1', 'Подготовить доклад', '2027 г.', 'МЭ РК'],
      ['3.', 'Торговля'],
      ['3.1', 'Провести форум', '2027 г.', 'МТИ РК'],
      ['IV', 'Водные ресурсы'],
      ['4.1', 'Обменяться данными', 'ежегодно', 'МВРИ РК'],
      [],
      ['Исполнитель: отдел мониторинга, тел. 12-34-56'],
    ]
    expect(classifyRows(rows, 1, columns).slice(1)).toEqual(['column_numbers', 'section', 'commitment', 'section', 'commitment', 'section', 'commitment', 'section', 'commitment', 'commitment', 'note'])
  })

  it('keeps a row with text only as a commitment where the table does not fill deadlines or owners', () => {
    const rows = [['№', 'Мероприятие'], ['1', 'Провести заседание'], ['', 'Подготовить доклад'], ['3', 'Провести форум']]
    expect(classifyRows(rows, 1, ['clause', 'text']).slice(1)).toEqual(['commitment', 'commitment', 'commitment'])
  })

  it('reads a heading as a theme without its number', () => {
    expect(sectionTitle('I. Транспорт и логистика')).toBe('Транспорт и логистика')
    expect(sectionTitle('Раздел 2. Гуманитарное сотрудничество')).toBe('Гуманитарное сотрудничество')
    expect(sectionTitle('3. | Торговля')).toBe('Торговля')
    expect(sectionTitle('Section 2. Energy')).toBe('Energy')
  })
})
