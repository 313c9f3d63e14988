import { describe, expect, it } from 'vitest'
import { MeetingInput } from '../../../electron/core/schema'
import { buildDemoData } from '../../../electron/core/demo/demoData'
import { validate } from './issues'

describe('validating a form against the core’s strict input schema', () => {
  it('takes an edit form that starts from the stored record, and saves exactly the input', () => {
    const meeting = buildDemoData().meetings[0]!
    const checked = validate(MeetingInput, meeting)
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    // The input's fields the record has (optional ones it lacks stay out), and none of the record's own.
    expect(Object.keys(checked.data).sort()).toEqual(Object.keys(meeting).filter((key) => key in MeetingInput.shape).sort())
    expect(checked.data).not.toHaveProperty('id')
    // The record given to the form is left as it was.
    expect(meeting.id).toBeDefined()
  })

  it('still names the fields that are wrong', () => {
    const meeting = { ...buildDemoData().meetings[0]!, endDate: '2000-01-01' }
    const checked = validate(MeetingInput, meeting)
    expect(checked).toEqual({ ok: false, issues: { endDate: 'validation.endBeforeStart' } })
  })
})
