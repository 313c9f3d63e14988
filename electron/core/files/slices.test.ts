import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eachSlice } from './slices'

describe('eachSlice', () => {
  it('hands on every byte once, in order, in slices of at most a megabyte', async () => {
    const sizes = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: (1 << 20) - 10, max: 3 << 20 }))
    await fc.assert(
      fc.asyncProperty(fc.array(sizes, { maxLength: 8 }), fc.integer({ min: 0, max: 255 }), async (lengths, seed) => {
        const parts = lengths.map((n, i) => Buffer.alloc(n, (seed + i) % 256))
        const seen: Buffer[] = []
        await eachSlice(parts, (slice) => {
          expect(slice.byteLength).toBeGreaterThan(0)
          expect(slice.byteLength).toBeLessThanOrEqual(1 << 20)
          seen.push(Buffer.from(slice))
        })
        expect(Buffer.concat(seen).equals(Buffer.concat(parts))).toBe(true)
      }),
      { numRuns: 40 },
    )
  })
})
