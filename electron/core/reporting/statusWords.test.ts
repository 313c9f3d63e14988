import { describe, expect, it } from 'vitest'
import { statusOfWords } from './statusWords'

describe('a status written in a reply', () => {
  it('is read from the usual words in Russian, English, Kazakh and Uzbek, as a hand leaves them', () => {
    expect(statusOfWords(' Выполнено. ')).toBe('completed')
    expect(statusOfWords('in progress')).toBe('in_progress')
    expect(statusOfWords('Орындалды')).toBe('completed')
    // Typed on a Russian keyboard, without the Kazakh letters.
    expect(statusOfWords('орындалуда')).toBe('in_progress')
    expect(statusOfWords('кешиктирилуде')).toBe('delayed')
    expect(statusOfWords('мерзими откен')).toBe('delayed')
    expect(statusOfWords('Bajarildi')).toBe('completed')
    expect(statusOfWords("Ma'lumot yo'q")).toBe('no_information')
    expect(statusOfWords('maʼlumot yoʻq')).toBe('no_information')
    expect(statusOfWords('Bekor qilingan / almashtirilgan')).toBe('cancelled')
  })

  it('is none for words it does not know: the review names the cell rather than guess', () => {
    expect(statusOfWords('почти готово')).toBeNull()
    expect(statusOfWords('deyarli tayyor')).toBeNull()
  })
})
