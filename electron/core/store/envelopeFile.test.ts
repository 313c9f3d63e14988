import { produce } from 'immer'
import { describe, expect, it } from 'vitest'
import { buildDemoData } from '../demo/demoData'
import { generateData } from '../demo/generate'
import { EnvelopeSerializer } from './envelopeFile'

describe('writing the envelope', () => {
  it('gives exactly the bytes of JSON.stringify, before and after changes', () => {
    const serializer = new EnvelopeSerializer()
    let data = generateData(200)
    const same = () => expect(serializer.serialize({ schemaVersion: 1, data }).toString('utf8')).toBe(JSON.stringify({ schemaVersion: 1, data }))
    same()
    data = produce(data, (d) => {
      d.commitments[3]!.text = 'Изменённый текст с «кавычками», \\ обратной чертой и\nпереводом строки'
      d.commitments.splice(10, 1)
      d.statusUpdates.push({ ...d.statusUpdates[0]!, id: '00000008-0000-4000-8000-0000000fffff' })
      d.settings.language = 'en'
      d.briefs = []
    })
    same()
  })

  it('handles empty collections and the demo', () => {
    const serializer = new EnvelopeSerializer()
    const data = buildDemoData()
    expect(serializer.serialize({ schemaVersion: 1, data }).toString('utf8')).toBe(JSON.stringify({ schemaVersion: 1, data }))
  })
})
