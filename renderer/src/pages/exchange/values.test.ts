// How the review shows a commitment's steps that differ: each step in words, its owner named.
import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import ru from '../../i18n/locales/ru/exchange.json'
import { valueText, type ValueContext } from './values'

const ORG = '00000002-0000-4000-8000-000000000001'
const words: Record<string, string> = { 'exchange.stepDone': ru.exchange.stepDone, 'exchange.stepOpen': ru.exchange.stepOpen }
const context: ValueContext = {
  language: 'ru',
  names: { [ORG]: { ru: 'МТ РК', en: 'MoT KZ' } },
  day: (d) => d.split('-').reverse().join('.'),
  t: ((key: string) => words[key] ?? key) as TFunction<'exchange'>,
}

describe('a field of steps in the review', () => {
  it('reads as each step with its owner, date and whether it is done, no ids', () => {
    const steps = [
      { id: '00000003-0000-4000-8000-000000000001', text: 'Подготовить проект', organisationId: ORG, dueDate: '2026-03-15', done: true },
      { id: '00000003-0000-4000-8000-000000000002', text: 'Согласовать', organisationId: null, dueDate: null, done: false },
    ]
    expect(valueText(steps, context)).toBe('Подготовить проект (МТ РК, 15.03.2026, выполнен); Согласовать (не выполнен)')
  })
})

describe('a text kept per language in the review', () => {
  it('reads as each language it has, Kazakh and Uzbek included', () => {
    expect(valueText({ ru: 'Министерство транспорта', en: '' }, context)).toBe('RU: Министерство транспорта · EN: —')
    expect(valueText({ ru: 'Министерство транспорта', en: 'Ministry of Transport', kk: 'Көлік министрлігі', uz: '' }, context)).toBe(
      'RU: Министерство транспорта · EN: Ministry of Transport · KK: Көлік министрлігі · UZ: —',
    )
  })

  it('names a record in the interface’s language when the record has a name in it, else in Russian', () => {
    const kazakh: ValueContext = { ...context, language: 'kk', names: { [ORG]: { ru: 'МТ РК', en: 'MoT KZ', kk: 'ҚР КМ' } } }
    expect(valueText(ORG, kazakh)).toBe('ҚР КМ')
    expect(valueText(ORG, { ...kazakh, language: 'uz' })).toBe('МТ РК')
  })
})
