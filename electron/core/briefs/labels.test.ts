import { describe, expect, it } from 'vitest'
import { retitled } from './labels'

describe('switching a brief’s output language', () => {
  const meeting = { ru: 'VI Консультативная встреча', en: 'VI Consultative Meeting' }

  it('carries the default title and marking over into the new language', () => {
    expect(retitled({ title: 'Материалы к встрече: VI Консультативная встреча', marking: 'Для служебного пользования' }, meeting, 'ru', 'en')).toEqual({
      title: 'Briefing pack: VI Consultative Meeting',
      marking: 'Official use only',
    })
  })

  it('keeps what the user wrote, and no marking stays none', () => {
    expect(retitled({ title: 'Материалы для министра', marking: '' }, meeting, 'ru', 'en')).toEqual({ title: 'Материалы для министра', marking: '' })
    expect(retitled({ title: 'Briefing pack: VI Consultative Meeting', marking: 'Секретно' }, meeting, 'en', 'ru')).toEqual({
      title: 'Материалы к встрече: VI Консультативная встреча',
      marking: 'Секретно',
    })
  })
})
