import { describe, expect, it } from 'vitest'
import type { Milestone } from '../schema'
import { nextStepOf, rolledUpProgress } from './milestones'

let n = 0
const step = (text: string, dueDate: string | null, done = false): Milestone => ({ id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, text, organisationId: null, dueDate, done })

describe('progress rolled up from steps', () => {
  it('is the reported progress when there are no steps', () => {
    expect(rolledUpProgress([], 40)).toBe(40)
    expect(rolledUpProgress([], null)).toBeNull()
  })

  it('is the share of steps done, rounded, whatever was reported', () => {
    expect(rolledUpProgress([step('a', null, true), step('b', null)], 90)).toBe(50)
    expect(rolledUpProgress([step('a', null, true), step('b', null), step('c', null)], null)).toBe(33)
    expect(rolledUpProgress([step('a', null, true), step('b', null, true), step('c', null)], null)).toBe(67)
    expect(rolledUpProgress([step('a', null)], 100)).toBe(0)
    expect(rolledUpProgress([step('a', null, true)], 0)).toBe(100)
  })
})

describe('the next step due', () => {
  it('is the earliest step not done by due date', () => {
    const steps = [step('June', '2026-06-30'), step('March, done', '2026-03-01', true), step('April', '2026-04-15'), step('May', '2026-05-01')]
    expect(nextStepOf(steps)?.text).toBe('April')
  })

  it('puts undated steps after dated ones, the first entered first', () => {
    expect(nextStepOf([step('undated 1', null), step('undated 2', null), step('dated', '2027-01-01')])?.text).toBe('dated')
    expect(nextStepOf([step('undated 1', null), step('undated 2', null)])?.text).toBe('undated 1')
  })

  it('is none when every step is done, or there are none', () => {
    expect(nextStepOf([step('a', '2026-01-01', true)])).toBeNull()
    expect(nextStepOf([])).toBeNull()
  })
})
