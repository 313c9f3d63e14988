import { describe, expect, it } from 'vitest'
import { pageLine, pageParts, retitled } from './labels'

describe('switching a brief’s output language', () => {
  const names = { meeting: { ru: 'VI Консультативная встреча', en: 'VI Consultative Meeting' }, ours: { ru: 'Министерство транспорта', en: 'Ministry of Transport', kk: 'Көлік министрлігі' } }

  it('carries the default title, marking and author over into the new language', () => {
    expect(retitled({ title: 'Материалы к встрече: VI Консультативная встреча', marking: 'Для служебного пользования', preparedBy: 'Министерство транспорта' }, names, 'ru', 'en')).toEqual({
      title: 'Briefing pack: VI Consultative Meeting',
      marking: 'Official use only',
      preparedBy: 'Ministry of Transport',
    })
  })

  it('keeps what the user wrote, and no marking stays none', () => {
    expect(retitled({ title: 'Материалы для министра', marking: '', preparedBy: 'Секретариат' }, names, 'ru', 'en')).toEqual({ title: 'Материалы для министра', marking: '', preparedBy: 'Секретариат' })
    expect(retitled({ title: 'Briefing pack: VI Consultative Meeting', marking: 'Секретно', preparedBy: 'Ministry of Transport' }, { ...names, ours: null }, 'en', 'ru')).toEqual({
      title: 'Материалы к встрече: VI Консультативная встреча',
      marking: 'Секретно',
      preparedBy: 'Ministry of Transport',
    })
  })

  it('into Kazakh or Uzbek, names the meeting and our organisation as the registry does (in Russian where it has no Kazakh or Uzbek) and marks as those countries’ papers do', () => {
    expect(retitled({ title: 'Материалы к встрече: VI Консультативная встреча', marking: 'Для служебного пользования', preparedBy: 'Министерство транспорта' }, names, 'ru', 'kk')).toEqual({
      title: 'Кездесуге арналған материалдар: VI Консультативная встреча',
      marking: 'Қызмет бабында пайдалану үшін',
      preparedBy: 'Көлік министрлігі',
    })
    expect(retitled({ title: 'Кездесуге арналған материалдар: VI Консультативная встреча', marking: 'Қызмет бабында пайдалану үшін', preparedBy: 'Көлік министрлігі' }, names, 'kk', 'uz')).toEqual({
      title: 'Uchrashuv uchun materiallar: VI Консультативная встреча',
      marking: 'Xizmat doirasida foydalanish uchun',
      preparedBy: 'Министерство транспорта',
    })
  })
})

describe('the page line', () => {
  it('reads as each language writes it: the ordinal page first in Kazakh and Uzbek', () => {
    expect(pageLine({ language: 'ru' }, 3, 12)).toBe('Страница 3 из 12')
    expect(pageLine({ language: 'en' }, 3, 12)).toBe('Page 3 of 12')
    expect(pageLine({ language: 'kk' }, 3, 12)).toBe('3-бет, барлығы 12')
    expect(pageLine({ language: 'uz' }, 3, 12)).toBe('3-sahifa, jami 12')
    // A bilingual pack's: both languages, the first one's first.
    const parallel = { language: 'kk' as const, title: '', cover: [], sections: [] }
    expect(pageLine({ language: 'ru', parallel }, 3, 12)).toBe('Страница 3 из 12 / 3-бет, барлығы 12')
  })

  it('gives Word its words and where the two numbers go', () => {
    expect(pageParts('ru')).toEqual(['Страница ', { field: 'page' }, ' из ', { field: 'total' }])
    expect(pageParts('kk')).toEqual([{ field: 'page' }, '-бет, барлығы ', { field: 'total' }])
  })
})
