import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textOrder } from './collation'

const sorted = (language: Parameters<typeof textOrder>[0], words: string[]) => [...words].sort(textOrder(language))

/** Node's full ICU has the Kazakh and Uzbek orders Chromium's lacks: where it has them, it is the reference. */
const icuHas = (language: string) => new Intl.Collator(language).resolvedOptions().locale === language

describe('alphabetical order', () => {
  it('puts Kazakh letters where the Kazakh alphabet has them: Ә after А, Қ after К, І after Ы', () => {
    expect(sorted('kk', ['Іле', 'Ырғыз', 'Йошкар', 'Әлем', 'Алма', 'Бота', 'Қазақ', 'Кітап', 'Өзен', 'Оңтүстік', 'Ұлы', 'Үкімет', 'Уақыт', 'Һижра', 'Хат'])).toEqual([
      'Алма',
      'Әлем',
      'Бота',
      'Йошкар',
      'Кітап',
      'Қазақ',
      'Оңтүстік',
      'Өзен',
      'Уақыт',
      'Ұлы',
      'Үкімет',
      'Хат',
      'Һижра',
      'Ырғыз',
      'Іле',
    ])
  })

  it('puts Uzbek Oʻ, Gʻ, Sh and Ch after Z, however the turned comma is typed', () => {
    expect(sorted('uz', ['Shahar', 'Sabr', 'Oʻzbekiston', "O'rta", 'Olma', 'Toshkent', 'Gʻarb', 'Gaz', 'Zafar', 'Chorsu', 'Chet', 'Qarshi'])).toEqual([
      'Gaz',
      'Olma',
      'Qarshi',
      'Sabr',
      'Toshkent',
      'Zafar',
      "O'rta",
      'Oʻzbekiston',
      'Gʻarb',
      'Shahar',
      'Chet',
      'Chorsu',
    ])
  })

  it('puts the other script after the language’s own: Latin after Kazakh Cyrillic, Cyrillic after Uzbek Latin', () => {
    expect(sorted('kk', ['Zeta', 'Астана', 'Alpha'])).toEqual(['Астана', 'Alpha', 'Zeta'])
    expect(sorted('uz', ['Ёқубов', 'Яхё', 'Ўзбек', 'Alisher', 'Chilonzor'])).toEqual(['Alisher', 'Chilonzor', 'Ёқубов', 'Ўзбек', 'Яхё'])
  })

  it('orders numbers by value and ignores case, in every language', () => {
    for (const language of ['ru', 'en', 'kk', 'uz'] as const) {
      expect(sorted(language, ['Министерство № 10', 'министерство № 9', 'Министерство № 100'])).toEqual(['министерство № 9', 'Министерство № 10', 'Министерство № 100'])
    }
    expect(sorted('ru', ['Ёлка', 'Ежевика', 'Яблоко', 'Арбуз'])).toEqual(['Арбуз', 'Ежевика', 'Ёлка', 'Яблоко'])
  })

  for (const [language, letters] of [
    ['kk', [...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя', ' ']],
    ['uz', [...'abdefghijklmnopqrstuvxyz', 'oʻ', 'gʻ', ' ']],
  ] as const) {
    it.skipIf(!icuHas(language))(`agrees with ICU's own ${language} order on any words of its alphabet`, () => {
      const icu = new Intl.Collator(language, { numeric: true, sensitivity: 'base' })
      const order = textOrder(language)
      const word = fc.array(fc.constantFrom(...letters), { maxLength: 8 }).map((units) => units.join(''))
      fc.assert(
        fc.property(word, word, (a, b) => {
          expect(Math.sign(order(a, b))).toBe(Math.sign(icu.compare(a, b)))
        }),
        { numRuns: 2000 },
      )
    })
  }
})
