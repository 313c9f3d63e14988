import { describe, expect, it } from 'vitest'
import { fold, matchesAll, queryWords } from './search'

describe('search folding', () => {
  it('ignores case in both alphabets', () => {
    expect(fold('Дорожная КАРТА Roadmap')).toBe('дорожная карта roadmap')
  })
  it('treats ё as е, in either case', () => {
    expect(fold('Объём ЁМКОСТЬ')).toBe('объем емкость')
    expect(matchesAll(fold('Утверждён объём перевозок'), queryWords('утвержден ОБЪЕМ'))).toBe(true)
    expect(matchesAll(fold('Утвержден объем перевозок'), queryWords('утверждён'))).toBe(true)
  })
  it('finds Kazakh words typed with the Russian letters, and the Russian ones typed with Kazakh letters', () => {
    expect(fold('Қазақстан Республикасының Сыртқы істер министрлігі')).toBe('казакстан республикасынын сырткы истер министрлиги')
    expect(matchesAll(fold('Сыртқы істер министрлігі'), queryWords('сырткы ИСТЕР'))).toBe(true)
    expect(matchesAll(fold('Ұлттық экономика министрлігі'), queryWords('ұлттық'))).toBe(true)
    expect(fold('әғқңөұүһі ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи агкноуухи')
  })
  it('finds Uzbek words whatever apostrophe their oʻ, gʻ and tutuq are written with', () => {
    const hay = fold('Oʻzbekiston Respublikasi Tashqi ishlar vazirligi maʼlumoti')
    for (const typed of ["o'zbekiston", 'o`zbekiston', 'o‘zbekiston', 'o’zbekiston', 'ozbekiston', "ma'lumoti", 'maʼlumoti']) expect(matchesAll(hay, queryWords(typed)), typed).toBe(true)
    expect(fold("Gʻalla G'alla")).toBe('galla galla')
  })
  it('needs every word, in any order', () => {
    const hay = fold('п. 3.2 Провести заседание рабочей группы по транзиту')
    expect(matchesAll(hay, queryWords('транзиту рабочей'))).toBe(true)
    expect(matchesAll(hay, queryWords('транзиту энергетике'))).toBe(false)
  })
  it('splits on spaces, commas and semicolons; an empty query has no words', () => {
    expect(queryWords('  МТ РК,  лидер;Q4 ')).toEqual(['мт', 'рк', 'лидер', 'q4'])
    expect(queryWords('   ')).toEqual([])
  })
})
