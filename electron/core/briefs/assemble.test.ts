import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../clock'
import { Desk } from '../desk'
import type { Envelope } from '../ops/errors'
import type { Brief, BriefDocument, BriefInput, DeskData } from '../schema'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'
import { textBlocks } from './assemble'

const value = <T>(envelope: Envelope<unknown>): T => {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message} ${JSON.stringify(envelope.error.issues)}`)
  return envelope.value as T
}

async function demo() {
  const dir = await tempDir()
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
  value(await desk.dispatch('loadDemo', {}))
  const data = JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData
  return { desk, data }
}

const inputOf = (brief: Brief): BriefInput => {
  const { id: _i, createdAt: _c, updatedAt: _u, sample: _s, issued: _v, ...input } = brief
  return input
}

describe('the user’s text', () => {
  it('becomes paragraphs and bullet lists', () => {
    expect(textBlocks('Добиться согласования.\nДо конца года.\n\n- Казахстан готов\n• Сроки реальны\nИтог.')).toEqual([
      { type: 'paragraph', text: 'Добиться согласования.\nДо конца года.' },
      { type: 'bullets', items: ['Казахстан готов', 'Сроки реальны'] },
      { type: 'paragraph', text: 'Итог.' },
    ])
    expect(textBlocks('  \n\n ')).toEqual([])
  })
})

describe('a new brief', () => {
  it('has every section in order and assembles the meeting’s programme and our commitments', async () => {
    const { desk, data } = await demo()
    const meeting = data.meetings.find((m) => m.number === 6)!
    const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    expect(brief.sections.map((s) => s.kind)).toEqual([
      'cover',
      'contents',
      'programme',
      'steering',
      'agenda_items',
      'commitments_annex',
      'upcoming_deadlines',
      'country_notes',
      'counterparts',
      'logistics',
      'annexes',
    ])
    expect(brief.marking).toBe('Для служебного пользования')
    expect(brief.title).toBe('Материалы к встрече: VI Консультативная встреча глав государств Центральной Азии')

    const doc = value<BriefDocument>(await desk.dispatch('assembleBrief', { id: brief.id }))
    expect(doc.cover).toContainEqual({ label: 'Даты', value: '9 августа 2024 г.' })
    expect(doc.footer).toBe('Версия: проект · 28 ноября 2026 г.')
    // Empty text sections are left out; the cover and contents stay.
    expect(doc.sections.map((s) => s.kind)).toEqual(['cover', 'contents', 'programme', 'commitments_annex', 'country_notes'])
    expect(doc.sections[2]!.blocks).toEqual([{ type: 'numbered', items: meeting.agenda.map((a) => a.title.ru) }])

    const annex = doc.sections.find((s) => s.kind === 'commitments_annex')!
    const ours = data.settings.ourOrganisationId!
    const rows = annex.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []))
    expect(rows).toHaveLength(data.commitments.filter((c) => c.owners.some((o) => o.organisationId === ours)).length)
    const overdue = value<{ items: unknown[] }>(await desk.dispatch('queryCommitments', { mine: 'any', overdue: true })).items
    expect(rows.filter((r) => r.overdue)).toHaveLength(overdue.length)
    expect(rows.filter((r) => r.overdue).every((r) => r.cells[4]!.endsWith('просрочено'))).toBe(true)
    // Grouped by document, each under its title.
    expect(annex.blocks[0]).toMatchObject({ type: 'heading', level: 3 })
  })

  it('speaks the brief’s language, whatever the interface speaks, and keeps text as text', async () => {
    const { desk, data } = await demo()
    const next = data.meetings.find((m) => m.status === 'planned' && m.series.en.startsWith('Consultative'))!
    const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: next.id, language: 'en' }))
    const sections = brief.sections.map((s) => (s.kind === 'steering' ? { ...s, objectives: '<script>alert(1)</script>\n- Agree the schedule' } : s))
    value(await desk.dispatch('updateBrief', { id: brief.id, input: { ...inputOf(brief), sections } }))
    const doc = value<BriefDocument>(await desk.dispatch('assembleBrief', { id: brief.id }))
    expect(doc.marking).toBe('Official use only')
    expect(doc.sections.map((s) => s.title)).toEqual(['Cover', 'Contents', 'Programme', 'Steering brief', 'Commitments', 'Upcoming deadlines', 'Country notes'])
    expect(doc.sections.find((s) => s.kind === 'steering')!.blocks).toEqual([
      { type: 'heading', level: 3, text: 'Objectives' },
      { type: 'paragraph', text: '<script>alert(1)</script>' },
      { type: 'bullets', items: ['Agree the schedule'] },
    ])
    // Our deadlines from the brief's date to 90 days after the next meeting.
    const upcoming = doc.sections.find((s) => s.kind === 'upcoming_deadlines')!
    const table = upcoming.blocks[0]
    expect(table?.type).toBe('table')
    if (table?.type === 'table') expect(table.rows.length).toBeGreaterThanOrEqual(3)
  })

  it('starts from the previous brief: what the user wrote is copied, the rest assembled anew', async () => {
    const { desk, data } = await demo()
    const held = data.meetings.find((m) => m.number === 6)!
    const next = data.meetings.find((m) => m.status === 'planned' && m.series.en.startsWith('Consultative'))!
    const first = value<Brief>(await desk.dispatch('createBrief', { meetingId: held.id, language: 'ru' }))
    const person = data.people[0]!
    const sections = first.sections.map((s) => {
      if (s.kind === 'steering') return { ...s, keyMessages: '- Транзит без задержек' }
      if (s.kind === 'counterparts') return { ...s, personIds: [person.id] }
      if (s.kind === 'logistics') return { ...s, enabled: false, body: 'Вылет 14:20' }
      return s
    })
    value(await desk.dispatch('updateBrief', { id: first.id, input: { ...inputOf(first), principal: 'Министр', sections } }))
    const second = value<Brief>(await desk.dispatch('createBrief', { meetingId: next.id, language: 'ru', fromBriefId: first.id }))
    expect(second.meetingId).toBe(next.id)
    expect(second.principal).toBe('Министр')
    expect(second.sections.find((s) => s.kind === 'steering')).toMatchObject({ keyMessages: '- Транзит без задержек' })
    expect(second.sections.find((s) => s.kind === 'logistics')).toMatchObject({ enabled: false, body: 'Вылет 14:20' })
    expect(second.sections.map((s) => s.id).some((id) => first.sections.some((s) => s.id === id))).toBe(false)
    const doc = value<BriefDocument>(await desk.dispatch('assembleBrief', { id: second.id }))
    expect(doc.cover).toContainEqual({ label: 'Встреча', value: 'Очередная Консультативная встреча глав государств Центральной Азии' })
    expect(doc.sections.find((s) => s.kind === 'counterparts')?.blocks[0]).toEqual({ type: 'heading', level: 3, text: person.name.ru })
  })

  it('refuses a section pointing at someone unknown, and changes nothing', async () => {
    const { desk, data } = await demo()
    const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: data.meetings[0]!.id, language: 'ru' }))
    const sections = brief.sections.map((s) => (s.kind === 'counterparts' ? { ...s, personIds: ['00000003-0000-4000-8000-0000000fffff'] } : s))
    const index = brief.sections.findIndex((s) => s.kind === 'counterparts')
    expect(await desk.dispatch('updateBrief', { id: brief.id, input: { ...inputOf(brief), sections } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments', issues: [{ path: `sections.${index}.personIds.0`, message: 'validation.unknownRef' }] },
    })
    expect(value<Brief[]>(await desk.dispatch('listBriefs', {}))[0]!.sections).toEqual(brief.sections)
  })
})
