import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../clock'
import { Desk } from '../desk'
import { unwrap as value } from '../ops/errors'
import type { Brief, BriefDocument, BriefInput, Commitment, CommitmentInput, DeskData } from '../schema'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'
import { textBlocks } from './assemble'
import { talkingPoint } from './defaults'

async function demo() {
  const dir = await tempDir()
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
  value(await desk.dispatch('loadDemo', {}))
  const data = JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData
  return { desk, data }
}

const inputOf = (brief: Brief): BriefInput => {
  const { id: _i, createdAt: _c, updatedAt: _u, sample: _s, issued: _v, copies: _k, ...input } = brief
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
      'addendum',
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

    const doc = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null }))
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

  it('names a commitment’s next step due in its status cell', async () => {
    const { desk, data } = await demo()
    const meeting = data.meetings.find((m) => m.number === 6)!
    const ours = data.settings.ourOrganisationId!
    const c = data.commitments.find((x) => x.owners.some((o) => o.organisationId === ours))!
    const { id: _i, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, deadline, ...rest } = c
    const step = (n: number, text: string, dueDate: string | null, done: boolean) => ({ id: `00000003-0000-4000-8000-00000000000${n}`, text, organisationId: ours, dueDate, done })
    const milestones = [step(1, 'Подготовить проект', '2026-10-01', true), step(2, 'Согласовать с партнёрами', '2026-12-15', false), step(3, 'Подписать', null, false)]
    value(await desk.dispatch('updateCommitment', { id: c.id, input: { ...rest, deadline: { words: deadline.words, rule: deadline.rule }, milestones } }))
    const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    const doc = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null }))
    const rows = doc.sections.find((s) => s.kind === 'commitments_annex')!.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []))
    const row = rows.find((r) => r.cells[0] === c.clause && r.cells[4]!.includes('Следующий этап'))!
    expect(row.cells[4]!.split('\n').at(-1)).toBe('Следующий этап: Согласовать с партнёрами (до 15.12.2026)')
    expect(rows.filter((r) => r.cells[4]!.includes('Следующий этап'))).toHaveLength(1)
  })

  it('speaks the brief’s language, whatever the interface speaks, and keeps text as text', async () => {
    const { desk, data } = await demo()
    const next = data.meetings.find((m) => m.status === 'planned' && m.series.en.startsWith('Consultative'))!
    const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: next.id, language: 'en' }))
    const sections = brief.sections.map((s) => (s.kind === 'steering' ? { ...s, objectives: '<script>alert(1)</script>\n- Agree the schedule' } : s))
    value(await desk.dispatch('updateBrief', { id: brief.id, input: { ...inputOf(brief), sections } }))
    const doc = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null }))
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

  it('in Kazakh or Uzbek, has its headings, marking, cover and footer in that language, and the records’ texts in it where the registry has them, else in Russian', async () => {
    const { desk, data } = await demo()
    const meeting = data.meetings.find((m) => m.number === 6)!
    const expected = {
      kk: {
        title: 'Кездесуге арналған материалдар: VI Консультативная встреча глав государств Центральной Азии',
        marking: 'Қызмет бабында пайдалану үшін',
        sections: ['Титул парағы', 'Мазмұны', 'Бағдарлама', 'Тапсырмалардың орындалуы', 'Елдер бойынша анықтамалар'],
        dates: { label: 'Күндері', value: '2024 жылғы 9 тамыз' },
        footer: 'Нұсқа: жоба · 2026 жылғы 28 қараша',
        overdue: 'мерзімі өткен',
        organisation: 'Қазақстан Республикасының Көлік министрлігі',
        country: 'Өзбекстан',
      },
      uz: {
        title: 'Uchrashuv uchun materiallar: VI Консультативная встреча глав государств Центральной Азии',
        marking: 'Xizmat doirasida foydalanish uchun',
        sections: ['Titul varagʻi', 'Mundarija', 'Dastur', 'Topshiriqlar ijrosi', 'Mamlakatlar boʻyicha maʼlumotnomalar'],
        dates: { label: 'Sanalar', value: '2024-yil 9-avgust' },
        footer: 'Versiya: loyiha · 2026-yil 28-noyabr',
        overdue: 'muddati oʻtgan',
        organisation: 'Qozogʻiston Respublikasi Transport vazirligi',
        country: 'Oʻzbekiston',
      },
    }
    for (const language of ['kk', 'uz'] as const) {
      const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language }))
      expect(brief.title).toBe(expected[language].title)
      expect(brief.marking).toBe(expected[language].marking)
      const doc = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null }))
      expect(doc.language).toBe(language)
      expect(doc.sections.map((s) => s.title)).toEqual(expected[language].sections)
      expect(doc.cover).toContainEqual(expected[language].dates)
      expect(doc.footer).toBe(expected[language].footer)
      // Our organisation and the countries as the registry names them in that language.
      expect(doc.letterhead.organisation).toBe(expected[language].organisation)
      const notes = doc.sections.find((s) => s.kind === 'country_notes')!.blocks
      expect(notes).toContainEqual({ type: 'heading', level: 3, text: expected[language].country })
      // The programme is the meeting's agenda as the registry holds it, in Russian only.
      expect(doc.sections[2]!.blocks).toEqual([{ type: 'numbered', items: meeting.agenda.map((a) => a.title.ru) }])
      const rows = doc.sections.find((s) => s.kind === 'commitments_annex')!.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []))
      expect(rows.filter((r) => r.overdue).length).toBeGreaterThan(0)
      expect(rows.filter((r) => r.overdue).every((r) => r.cells[4]!.endsWith(expected[language].overdue))).toBe(true)
      // Owners by their short names in the pack's language, else by their names in it rather
      // than by a Russian abbreviation (our ministry has an Uzbek name, but no Uzbek short one).
      const owners = rows.map((r) => r.cells[2]).join(' ')
      for (const name of language === 'kk' ? ['ҚР КМ ('] : ['OʻzR TV (', 'Qozogʻiston Respublikasi Transport vazirligi (']) expect(owners).toContain(name)
      expect(owners).not.toMatch(/(^|, )МТ РК \(/)
    }
  })

  it('as a bilingual pack, is assembled again in its second language, section by section, block by block', async () => {
    const { desk, data } = await demo()
    const meeting = data.meetings.find((m) => m.number === 6)!
    const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    const sections = brief.sections.map((s) => (s.kind === 'steering' ? { ...s, objectives: 'Закрепить договорённости.' } : s))
    value(await desk.dispatch('updateBrief', { id: brief.id, input: { ...inputOf(brief), parallelLanguage: 'kk', sections } }))
    const doc = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null }))
    expect(doc.language).toBe('ru')
    expect(doc.sections.map((s) => s.title)).toEqual(['Титульный лист', 'Содержание', 'Программа', 'Основные цели и тезисы', 'Исполнение поручений', 'Справки по странам'])
    const parallel = doc.parallel!
    expect(parallel.language).toBe('kk')
    // The default title follows the second language; the cover's words are Kazakh, the records' Russian.
    expect(parallel.title).toBe(`Кездесуге арналған материалдар: ${meeting.title.ru}`)
    expect(parallel.cover).toContainEqual({ label: 'Күндері', value: '2024 жылғы 9 тамыз' })
    expect(parallel.sections.map((s) => s.title)).toEqual(['Титул парағы', 'Мазмұны', 'Бағдарлама', 'Негізгі мақсаттар мен тезистер', 'Тапсырмалардың орындалуы', 'Елдер бойынша анықтамалар'])
    expect(parallel.sections.map((s) => [s.id, s.blocks.length])).toEqual(doc.sections.map((s) => [s.id, s.blocks.length]))
    expect(parallel.sections[3]!.blocks).toEqual([{ type: 'heading', level: 3, text: 'Мақсаттар' }, { type: 'paragraph', text: 'Закрепить договорённости.' }])
    // The corner and the foot in both languages; a marking of the user's own, the same in both, once.
    expect(doc.marking).toBe('Для служебного пользования\nҚызмет бабында пайдалану үшін')
    expect(doc.footer).toMatch(/^Версия: проект · .+ \/ Нұсқа: жоба · /)
    value(await desk.dispatch('updateBrief', { id: brief.id, input: { ...inputOf(brief), marking: 'Экз. единственный', parallelLanguage: 'kk', sections } }))
    expect(value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null })).marking).toBe('Экз. единственный')
    value(await desk.dispatch('updateBrief', { id: brief.id, input: { ...inputOf(brief), parallelLanguage: 'kk', sections } }))

    // Issued, the version keeps both texts; a pack in one language has none.
    value(await desk.dispatch('issueBrief', { id: brief.id, edition: 'principal' }))
    const issued = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: 1 })).parallel!
    expect(issued.cover).toContainEqual({ label: 'Нұсқа', value: '1' })
    expect(issued.sections).toEqual(parallel.sections)
    value(await desk.dispatch('updateBrief', { id: brief.id, input: { ...inputOf(brief), parallelLanguage: null, sections } }))
    expect(value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null })).parallel).toBeUndefined()
  })

  it('starts from the previous brief: what the user wrote is copied, the rest assembled anew', async () => {
    const { desk, data } = await demo()
    const held = data.meetings.find((m) => m.number === 6)!
    const next = data.meetings.find((m) => m.status === 'planned' && m.series.en.startsWith('Consultative'))!
    const first = value<Brief>(await desk.dispatch('createBrief', { meetingId: held.id, language: 'ru' }))
    const person = data.people[0]!
    const sections = first.sections.map((s) => {
      if (s.kind === 'steering') return { ...s, keyMessages: [talkingPoint('Транзит без задержек')] }
      if (s.kind === 'counterparts') return { ...s, personIds: [person.id] }
      if (s.kind === 'logistics') return { ...s, enabled: false, body: 'Вылет 14:20' }
      return s
    })
    value(await desk.dispatch('updateBrief', { id: first.id, input: { ...inputOf(first), principal: 'Министр', sections } }))
    const second = value<Brief>(await desk.dispatch('createBrief', { meetingId: next.id, language: 'ru', fromBriefId: first.id }))
    expect(second.meetingId).toBe(next.id)
    expect(second.principal).toBe('Министр')
    expect(second.sections.find((s) => s.kind === 'steering')).toMatchObject({ keyMessages: [{ text: 'Транзит без задержек', carried: true, resolved: false }] })
    expect(second.sections.find((s) => s.kind === 'logistics')).toMatchObject({ enabled: false, body: 'Вылет 14:20' })
    expect(second.sections.map((s) => s.id).some((id) => first.sections.some((s) => s.id === id))).toBe(false)
    const doc = value<BriefDocument>(await desk.dispatch('briefContent', { id: second.id, version: null }))
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

describe('issued versions', () => {
  const commitmentInput = ({ id: _i, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input }: Commitment): CommitmentInput => ({ ...input, deadline: { rule: input.deadline.rule, words: input.deadline.words } })

  async function issuedBrief() {
    const { desk, data } = await demo()
    const meeting = data.meetings.find((m) => m.number === 6)!
    const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    const v1 = value<Brief>(await desk.dispatch('issueBrief', { id: brief.id, edition: 'principal' }))
    return { desk, data, brief: v1 }
  }

  it('freeze the content: re-exported unchanged after the registry changed, while the draft follows the registry', async () => {
    const { desk, data, brief } = await issuedBrief()
    expect(brief.issued.map((v) => v.number)).toEqual([1])
    const v1 = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: 1 }))
    expect(v1.footer).toBe('Версия: 1 · 28 ноября 2026 г.')
    expect(v1.cover).toContainEqual({ label: 'Версия', value: '1' })
    // The first version has nothing to compare with: no addendum.
    expect(v1.sections.some((s) => s.kind === 'addendum')).toBe(false)

    const ours = data.settings.ourOrganisationId!
    const target = data.commitments.find((c) => c.clause === 'п. 4.1' && c.owners.some((o) => o.organisationId === ours))!
    value(await desk.dispatch('updateCommitment', { id: target.id, input: { ...commitmentInput(target), summary: { ru: 'Текст изменён после выпуска', en: '' } } }))

    expect(value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: 1 }))).toEqual(v1)
    const draft = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null }))
    expect(JSON.stringify(draft)).toContain('Текст изменён после выпуска')
    expect(JSON.stringify(v1)).not.toContain('Текст изменён после выпуска')
    expect(await desk.dispatch('briefContent', { id: brief.id, version: 7 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('add an addendum listing exactly what changed in the annex since the last version', async () => {
    const { desk, data, brief } = await issuedBrief()
    const ours = data.settings.ourOrganisationId!
    const mine = data.commitments.filter((c) => c.owners.some((o) => o.organisationId === ours))
    // Completing a recurring one only moves its deadline to the next occurrence: those are left out here.
    const open = mine.filter((c) => c.deadline.rule.kind !== 'recurring' && !['completed', 'cancelled'].includes(brief.issued[0]!.included.find((i) => i.commitmentId === c.id)!.status))
    const [toComplete, toDelay, toMove] = open
    // A delay, or an update of one past its date, gives its reason.
    const update = (c: Commitment, status: string) =>
      desk.dispatch('addStatusUpdate', { commitmentId: c.id, date: '2026-11-28', author: 'Секретариат', source: 'assessment', status, progress: null, confidence: null, narrative: '', delayReason: 'Ждём согласования сторон', evidence: [], correctsId: null })
    value(await update(toComplete!, 'completed'))
    const delayedFrom = brief.issued[0]!.included.find((i) => i.commitmentId === toDelay!.id)!.status
    value(await update(toDelay!, delayedFrom === 'delayed' ? 'in_progress' : 'delayed'))
    value(await desk.dispatch('updateCommitment', { id: toMove!.id, input: { ...commitmentInput(toMove!), deadline: { rule: { kind: 'date', date: '2027-06-30' }, words: 'до 30 июня 2027 г.' } } }))
    const added = value<Commitment>(
      await desk.dispatch('createCommitment', { ...commitmentInput(toMove!), clause: 'п. 9.9', text: 'Новое поручение после выпуска', summary: { ru: 'Новое поручение', en: 'New commitment' } }),
    )

    const v2 = value<Brief>(await desk.dispatch('issueBrief', { id: brief.id, edition: 'principal' }))
    expect(v2.issued.map((v) => v.number)).toEqual([1, 2])
    const addendum = v2.issued[1]!.content.sections.find((s) => s.kind === 'addendum')!
    expect(addendum.title).toBe('Изменения с предыдущей версии')
    const groups = Object.fromEntries(
      addendum.blocks.flatMap((b, i) => {
        const table = addendum.blocks[i + 1]
        return b.type === 'heading' && table?.type === 'table' ? [[b.text, table.rows.map((r) => r.cells[0])]] : []
      }),
    )
    expect(addendum.blocks[0]).toEqual({ type: 'paragraph', text: 'Изменения с версии 1 от 28 ноября 2026 г.' })
    expect(groups).toEqual({
      'Новые поручения': [added.clause],
      Выполнено: [toComplete!.clause],
      'Изменился статус': [toDelay!.clause],
      'Перенесён срок': [toMove!.clause],
    })
    const moved = addendum.blocks.flatMap((b) => (b.type === 'table' ? b.rows : [])).find((r) => r.cells[0] === toMove!.clause && r.cells[2]!.includes('→ до 30 июня 2027 г., 30.06.2027'))
    expect(moved).toBeDefined()

    // Nothing changed since version 2: the next draft says so in one line.
    const draft = value<BriefDocument>(await desk.dispatch('briefContent', { id: brief.id, version: null }))
    expect(draft.sections.find((s) => s.kind === 'addendum')!.blocks).toEqual([
      { type: 'paragraph', text: 'Изменения с версии 2 от 28 ноября 2026 г.' },
      { type: 'paragraph', text: 'Изменений нет.' },
    ])
  })

  it('are kept through edits of the brief and across a restart', async () => {
    const { desk, brief } = await issuedBrief()
    const edited = value<Brief>(await desk.dispatch('updateBrief', { id: brief.id, input: { ...inputOf(brief), principal: 'Министру' } }))
    expect(edited.issued).toEqual(brief.issued)
    expect(await desk.dispatch('issueBrief', { id: '00000003-0000-4000-8000-0000000fffff', edition: 'principal' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('a brief made before the addendum existed', () => {
  it('gets it at its usual place, and an addendum once a version is issued', async () => {
    const { desk, data } = await demo()
    const meeting = data.meetings.find((m) => m.number === 6)!
    const made = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    // As an older version of the app saved it: no addendum section.
    const { id, createdAt: _c, updatedAt: _u, sample: _s, issued: _i, copies: _k, ...input } = made
    value(await desk.dispatch('updateBrief', { id, input: { ...input, sections: input.sections.filter((s) => s.kind !== 'addendum') } }))
    const listed = value<Brief[]>(await desk.dispatch('listBriefs', {}))[0]!
    expect(listed.sections.map((s) => s.kind).slice(0, 4)).toEqual(['cover', 'contents', 'addendum', 'programme'])
    value(await desk.dispatch('issueBrief', { id, edition: 'principal' }))
    const draft = value<BriefDocument>(await desk.dispatch('briefContent', { id, version: null }))
    expect(draft.sections.map((s) => s.kind)).toContain('addendum')
  })
})
