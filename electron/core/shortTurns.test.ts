import { describe, expect, it } from 'vitest'
import { inShortTurns } from './shortTurns'

/** A step that keeps the thread busy for `ms`. */
function* busySteps(count: number, ms: number, done: number[]): Generator<void> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms
    while (performance.now() < until);
    done.push(i)
    yield
  }
}

describe('inShortTurns', () => {
  it('lets other work in between steps, and does every step in order', async () => {
    const done: number[] = []
    let answeredAfter: number | null = null
    setTimeout(() => (answeredAfter = done.length), 0)
    await inShortTurns([busySteps(50, 2, done), busySteps(50, 2, done)], () => true)
    expect(done).toEqual([...Array.from({ length: 50 }, (_, i) => i), ...Array.from({ length: 50 }, (_, i) => i)])
    // A call arriving at the start is answered after a few steps, not after all 100 (200 ms).
    expect(answeredAfter).not.toBeNull()
    expect(answeredAfter!).toBeLessThan(20)
  })

  it('stops when the work is no longer wanted', async () => {
    const done: number[] = []
    let wanted = true
    setTimeout(() => (wanted = false), 0)
    await inShortTurns([busySteps(100, 2, done)], () => wanted)
    expect(done.length).toBeLessThan(100)
  })
})
