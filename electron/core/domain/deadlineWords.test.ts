import { describe, expect, it } from 'vitest'
import type { DeadlineRule } from '../schema'
import { deadlineWords } from './deadlineWords'

const series = { ru: 'Консультативная встреча глав государств', en: 'Consultative Meeting of Heads of State' }

describe('deadline words', () => {
  it.each<[DeadlineRule, string, string]>([
    [{ kind: 'date', date: '2026-03-01' }, 'до 1 марта 2026 г.', 'by 1 March 2026'],
    [{ kind: 'month', year: 2026, month: 3 }, 'март 2026 г.', 'March 2026'],
    [{ kind: 'quarter', year: 2026, quarter: 4 }, 'IV квартал 2026 г.', 'Q4 2026'],
    [{ kind: 'quarter', year: 2025, quarter: 1 }, 'I квартал 2025 г.', 'Q1 2025'],
    [{ kind: 'half', year: 2026, half: 1 }, 'I полугодие 2026 г.', 'H1 2026'],
    [{ kind: 'year', year: 2026 }, '2026 г.', '2026'],
    [{ kind: 'period', from: '2025-01-01', to: '2027-12-31' }, '2025–2027 гг.', '2025–2027'],
    [{ kind: 'period', from: '2026-02-10', to: '2026-05-20' }, '10 февраля 2026 г. – 20 мая 2026 г.', '10 February 2026 – 20 May 2026'],
    [{ kind: 'recurring', frequency: 'annually', until: null }, 'ежегодно', 'annually'],
    [{ kind: 'recurring', frequency: 'quarterly', until: '2027-12-31' }, 'ежеквартально, до 31 декабря 2027 г.', 'quarterly, until 31 December 2027'],
    [{ kind: 'recurring', frequency: 'annually', until: null, first: '2025-01-25' }, 'ежегодно, до 25 января', 'annually, by 25 January'],
    [{ kind: 'recurring', frequency: 'quarterly', until: '2027-12-31', first: '2025-04-10' }, 'ежеквартально, начиная с 10 апреля 2025 г., до 31 декабря 2027 г.', 'quarterly, from 10 April 2025, until 31 December 2027'],
    [{ kind: 'next_meeting', series }, 'до следующей встречи (Консультативная встреча глав государств)', 'by the next meeting (Consultative Meeting of Heads of State)'],
    [{ kind: 'ongoing' }, 'постоянно', 'ongoing'],
    [{ kind: 'none' }, 'срок не установлен', 'no deadline'],
  ])('%j', (rule, ru, en) => {
    expect(deadlineWords(rule, 'ru')).toBe(ru)
    expect(deadlineWords(rule, 'en')).toBe(en)
  })
})
