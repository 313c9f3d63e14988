// The covering letters of a run come from one laid-out letter with each owner's texts put in:
// each must be the letter the Word writer makes for that owner.
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { briefToDocx } from '../briefs/docx'
import { DEMO_TODAY, buildDemoData } from '../demo/demoData'
import { queryCommitments } from '../domain/commitmentQuery'
import { letterDocument, letterWriter } from './letter'
import { planRequests } from './requests'

const documentXml = (file: Uint8Array) => strFromU8(unzipSync(file)['word/document.xml']!)

function run() {
  const data = buildDemoData()
  const items = queryCommitments(data, {}, { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }).items
  const planned = planRequests(data, items, { replyBy: '2026-12-31', language: 'ru', subject: 'Дорожная карта «Р&Д» <2026>', today: DEMO_TODAY, now: `${DEMO_TODAY}T10:00:00.000Z` })
  return { data, planned }
}

describe('the covering letters of a run', () => {
  it('are each the letter the Word writer makes for that owner, its items and markup-like text included', async () => {
    const { data, planned } = run()
    expect(planned.length).toBeGreaterThan(1)
    const write = await letterWriter(data, planned[0]!.request, 'Наше министерство')
    for (const { request, rows } of planned.slice(0, 3)) {
      const expected = await briefToDocx({ ...letterDocument(data, request, rows, 'Наше министерство'), emblemImage: null, copy: null })
      expect(documentXml(write(request, rows))).toBe(documentXml(expected))
    }
    const xml = documentXml(write(planned[1]!.request, planned[1]!.rows))
    expect(xml).toContain(planned[1]!.request.organisationName)
    expect(xml).toContain('«Р&amp;Д» &lt;2026&gt;')
  })

  it('keep a text’s lines apart', async () => {
    const { data, planned } = run()
    const { request, rows } = planned[0]!
    const write = await letterWriter(data, request, '')
    const xml = documentXml(write(request, [{ ...rows[0]!, clause: '1', text: 'Первая строка\nВторая строка' }]))
    expect(xml).toContain('1. Первая строка</w:t><w:br/><w:t xml:space="preserve">Вторая строка')
    expect(xml).not.toContain('\uE002')
  })
})
