import { describe, expect, it } from 'vitest'
import { buildDemoData } from '../demo/demoData'
import { impliedOrganisation, indexOrganisations, splitOwners } from './owners'

const data = buildDemoData()
const kz = data.countries.find((c) => c.code === 'KZ')!.id
const uz = data.countries.find((c) => c.code === 'UZ')!.id
const short = (id: string | undefined) => data.organisations.find((o) => o.id === id)?.shortName.ru

describe('splitOwners', () => {
  it('reads the Kazakh and Uzbek markers as the Russian ones, however the apostrophe is written', () => {
    expect(splitOwners('СІМ (бірлесіп орындаушы), ҚР Көлік министрлігі (жауапты), Ұлттық банк (келісім бойынша)')).toEqual([
      { name: 'СІМ', role: 'co_executor' },
      { name: 'ҚР Көлік министрлігі', role: 'lead' },
      { name: 'Ұлттық банк', role: 'co_executor' },
    ])
    expect(splitOwners("Transport vazirligi (masʼul); TIV (hamijrochi); Markaziy bank (kelishuv bo'yicha); Hokimliklar (ishtirokchi)")).toEqual([
      { name: 'Transport vazirligi', role: 'lead' },
      { name: 'TIV', role: 'co_executor' },
      { name: 'Markaziy bank', role: 'co_executor' },
      { name: 'Hokimliklar', role: 'participant' },
    ])
    expect(splitOwners("Transport vazirligi (mas'ul ijrochi)")).toEqual([{ name: 'Transport vazirligi', role: 'lead' }])
  })

  it('reads role markers in Cyrillic, wherever they stand, and drops "(по согласованию)"', () => {
    expect(splitOwners('МИД РК, МТ РК (головное)')).toEqual([
      { name: 'МИД РК', role: 'co_executor' },
      { name: 'МТ РК', role: 'lead' },
    ])
    expect(splitOwners('МЭ (свод); МЭК КР (соисполнитель)\nНацбанк (по согласованию)')).toEqual([
      { name: 'МЭ', role: 'lead' },
      { name: 'МЭК КР', role: 'co_executor' },
      { name: 'Нацбанк', role: 'co_executor' },
    ])
    expect(splitOwners('МТ РК – ответственный, МИД РК (участник)')).toEqual([
      { name: 'МТ РК', role: 'lead' },
      { name: 'МИД РК', role: 'participant' },
    ])
    // A bracket that is part of the name stays.
    expect(splitOwners('АО «НК «ҚТЖ» (по согласованию), Комитет (КТ МТ РК)')).toEqual([
      { name: 'АО «НК «ҚТЖ»', role: 'lead' },
      { name: 'Комитет (КТ МТ РК)', role: 'co_executor' },
    ])
  })

  it('keeps a list inside one owner\'s name together, and splits where a new name starts', () => {
    expect(splitOwners('акиматы областей, городов Астаны, Алматы и Шымкента, МВД РК')).toEqual([
      { name: 'акиматы областей, городов Астаны, Алматы и Шымкента', role: 'lead' },
      { name: 'МВД РК', role: 'co_executor' },
    ])
    expect(splitOwners('Министерство энергетики, Министерство экономики').map((o) => o.name)).toEqual(['Министерство энергетики', 'Министерство экономики'])
  })
})

describe('matching owners to the registry', () => {
  const ours = indexOrganisations(data.organisations, data.countries, { homeCountryId: kz, partyCountryIds: data.countries.map((c) => c.id) })
  it.each([
    ['МТ РК', 'МТ РК'],
    ['мт  рк.', 'МТ РК'],
    ['МТиК КР', 'МТК КР'], // a close variant of the short name
    ['МИД', 'МИД РК'], // ours, in a document of ours
    ['МТИ', 'МТИ РК'],
    ['Минэнерго РК', 'МЭ РК'], // the "Мин-" contraction
    ['Министерство иностранных дел РК', 'МИД РК'],
    ['Министерству транспорта Республики Узбекистан', 'МТ РУз'],
    ['Ministry of Transport and Communications of Kyrgyzstan', 'МТК КР'],
    // By the initials of its Kazakh or Uzbek name, which has no short name of its own in that language.
    ['QR TV', 'МТ РК'],
    ['QR TIV', 'МИД РК'],
  ])('%s → %s', (name, expected) => expect(short(ours.find(name)?.id)).toBe(expected))

  it('reads a name without a country as nobody\'s in a document that is not ours, and finds every party\'s for a plural', () => {
    const theirs = indexOrganisations(data.organisations, data.countries, { homeCountryId: null, partyCountryIds: [kz, uz] })
    expect(theirs.find('МИД')).toBeNull()
    expect(theirs.findAll('министерства иностранных дел Сторон').map((o) => short(o.id))).toEqual(['МИД РК', 'МИД РУз'])
    expect(theirs.findAll('МЭ').map((o) => o.id)).toEqual([])
  })
})

describe('a new organisation from a name', () => {
  it.each([
    ['Минцифры Узбекистана', 'ministry', uz, ''],
    ['Госкомитет по цифровизации', 'agency', kz, ''],
    ['МНЭ', 'ministry', kz, 'МНЭ'],
    ['ЮНЕСКО', 'international', null, 'ЮНЕСКО'],
    ['Секретариат Совета национальных координаторов', 'secretariat', kz, ''],
  ])('%s', (name, kind, countryId, shortName) => {
    expect(impliedOrganisation(name, data.countries, kz)).toEqual({ name: { ru: name, en: '' }, shortName: { ru: shortName, en: '' }, kind, countryId, parentId: null })
  })
})
