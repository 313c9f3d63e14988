import { describe, expect, it } from 'vitest'
import { utf8Text } from './utf8Text'

const bytes = (...b: number[]) => Buffer.from(b)

describe('utf8Text', () => {
  it('reads valid UTF-8 as toString does: Cyrillic, outside the BMP, a byte-order mark, nothing', () => {
    for (const text of ['{"summary":"Поручение: подготовить проект"}', 'emoji 😀 and ё', '\uFEFF{"a":1}', '']) {
      expect(utf8Text(Buffer.from(text))).toBe(text)
    }
  })

  it('reads invalid UTF-8 as toString does, each bad sequence a U+FFFD', () => {
    // A stray byte, a cut sequence, an encoded surrogate, an overlong zero.
    for (const b of [bytes(0x7b, 0xff, 0x7d), bytes(0x22, 0xe2, 0x82, 0x22), bytes(0xed, 0xa0, 0x80), bytes(0xc0, 0x80)]) {
      expect(utf8Text(b)).toBe(b.toString('utf8'))
      expect(utf8Text(b)).toContain('\uFFFD')
    }
  })
})
