import { describe, expect, it } from 'vitest'
import { inEveryLanguage, filterRows, groupByCountry, sortByText } from './filter'
import { registryPaths } from './paths'

const people = [
  { name: { ru: 'Пётр Семёнов', en: 'Pyotr Semyonov' }, org: 'Министерство транспорта' },
  { name: { ru: 'Дилноза Каримова', en: 'Dilnoza Karimova' }, org: 'Министерство энергетики' },
]
const texts = (p: (typeof people)[number]) => inEveryLanguage(p.name, p.org)

describe('the registry lists', () => {
  it('find rows by every word, ignoring case and ё/е, in either language', () => {
    expect(filterRows(people, 'семенов', texts)).toEqual([people[0]])
    expect(filterRows(people, 'СЕМЁНОВ  транспорта', texts)).toEqual([people[0]])
    expect(filterRows(people, 'karimova', texts)).toEqual([people[1]])
    expect(filterRows(people, 'семенов энергетики', texts)).toEqual([])
    expect(filterRows(people, '  ', texts)).toEqual(people)
  })

  it('find rows by their Kazakh and Uzbek names too', () => {
    const diplomats = [
      { name: { ru: 'Айгерим Есенова', en: 'Aigerim Yessenova', kk: 'Әйгерім Есенова' }, org: { ru: 'МИД РК', en: 'MFA RK', kk: 'ҚР СІМ' } },
      { name: { ru: 'Шахноза Юсупова', en: 'Shakhnoza Yusupova', uz: 'Shahnoza Yusupova' }, org: { ru: 'МИД РУз', en: 'MFA RUz', uz: 'Oʻzbekiston TIV' } },
    ]
    const names = (p: (typeof diplomats)[number]) => inEveryLanguage(p.name, p.org)
    expect(filterRows(diplomats, 'Әйгерім', names)).toEqual([diplomats[0]])
    // Typed on a Russian keyboard, and with a plain apostrophe.
    expect(filterRows(diplomats, 'айгерим СІМ', names)).toEqual([diplomats[0]])
    expect(filterRows(diplomats, "shahnoza o'zbekiston", names)).toEqual([diplomats[1]])
  })

  it('sort in the interface language', () => {
    expect(sortByText(people, (p) => p.name.ru, 'ru').map((p) => p.name.en)).toEqual(['Dilnoza Karimova', 'Pyotr Semyonov'])
    // Kazakh and Uzbek by their own alphabets (collation.ts): І after Ы, Oʻ after Z.
    expect(sortByText(['Іле', 'Ырғыз', 'Алматы'], (x) => x, 'kk')).toEqual(['Алматы', 'Ырғыз', 'Іле'])
    expect(sortByText(['Oʻzbekiston', 'Tojikiston', 'Ozarbayjon'], (x) => x, 'uz')).toEqual(['Ozarbayjon', 'Tojikiston', 'Oʻzbekiston'])
  })

  it('group by country in name order, organisations without one last', () => {
    const names: Record<string, string> = { kz: 'Казахстан', az: 'Азербайджан' }
    const orgs = [
      { id: 1, countryId: 'kz' },
      { id: 2, countryId: null },
      { id: 3, countryId: 'az' },
      { id: 4, countryId: 'kz' },
    ]
    const groups = groupByCountry(orgs, (id) => names[id] ?? id, 'Международные', 'ru')
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.id)])).toEqual([
      ['Азербайджан', [3]],
      ['Казахстан', [1, 4]],
      ['Международные', [2]],
    ])
  })

  it('link a new record to what it starts with', () => {
    expect(registryPaths.create('org', { parentId: 'p1', countryId: null })).toBe('/organisations/org/new?parentId=p1')
    expect(registryPaths.create('country')).toBe('/organisations/country/new')
    expect(registryPaths.list('people')).toBe('/organisations?tab=people')
  })
})
