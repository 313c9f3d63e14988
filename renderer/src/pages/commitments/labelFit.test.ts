import { describe, expect, it } from 'vitest'
import { textFits } from './labelFit'

describe("a bar segment's label", () => {
  it('shows on a segment wide enough for its estimated width', () => {
    // "В работе: 11" is 12 letters: about 12 × 0.6 × 14 = 100.8 px, and 8 px of room.
    expect(textFits('В работе: 11', 120)).toBe(true)
    expect(textFits('В работе: 11', 109)).toBe(true)
  })

  it('is left out of a segment too narrow for it', () => {
    expect(textFits('В работе: 11', 108)).toBe(false)
    expect(textFits('Отменено: 1', 30)).toBe(false)
    expect(textFits('Отменено: 1', 0)).toBe(false)
  })
})
