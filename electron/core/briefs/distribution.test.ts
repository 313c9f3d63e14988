// A pack made for distribution, through the core's operations: editions that hold only what their
// audience may read, clearance per section, carrying forward into the next meeting's pack,
// numbered copies and their register, and the layout every pack shares.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../clock'
import { Desk } from '../desk'
import type { CommitmentDetail } from '../ops/views'
import { unwrap as value } from '../ops/errors'
import { noShell, type ShellServices } from '../ops/handlers/context'
import type { CopiesMade } from '../ops/contracts/briefs'
import { DeskData, type Audience, type Brief, type BriefInput, type BriefSection, type Settings } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'
import { unclearedSections } from './audience'
import { talkingPoint } from './defaults'
import type { PrintableBrief } from './printable'

/** A shell whose "PDF" is the stamped document itself, and whose save dialog picks `dir`. */
function fakeShell(dir: string, extra: Partial<ShellServices> = {}) {
  const printed: PrintableBrief[] = []
  const shell: ShellServices = {
    ...noShell,
    chooseSavePath: async (name) => join(dir, name),
    briefPdf: async (doc) => new TextEncoder().encode(JSON.stringify(doc)),
    printBrief: async (doc) => void printed.push(doc),
    ...extra,
  }
  return { shell, printed }
}

async function demo(extra: Partial<ShellServices> = {}) {
  const dir = await tempDir()
  const out = await tempDir()
  const { shell, printed } = fakeShell(out, extra)
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell })
  value(await desk.dispatch('loadDemo', {}))
  const data = () => readFile(storePaths(dir).dataFile, 'utf-8').then((t) => DeskData.parse(JSON.parse(t).data))
  const meeting = (await data()).meetings.find((m) => m.number === 6)!
  const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
  return { desk, dir, out, data, printed, meeting, brief }
}

const inputOf = ({ id: _i, createdAt: _c, updatedAt: _u, sample: _s, issued: _v, copies: _k, ...input }: Brief): BriefInput => input
type Of<K extends BriefSection['kind']> = Extract<BriefSection, { kind: K }>
const sectionOf = <K extends BriefSection['kind']>(brief: { sections: BriefSection[] }, kind: K) => brief.sections.find((s): s is Of<K> => s.kind === kind)!
/** The brief with one section changed. */
const changed = <K extends BriefSection['kind']>(brief: Brief, kind: K, change: (s: Of<K>) => Of<K>): BriefInput => ({
  ...inputOf(brief),
  sections: brief.sections.map((s) => (s.kind === kind ? change(s as Of<K>) : s)),
})
const save = async (desk: Desk, id: string, input: BriefInput) => value<Brief>(await desk.dispatch('updateBrief', { id, input }))
const contentOf = async (desk: Desk, id: string, version: number | null, edition?: Audience) => value<PrintableBrief>(await desk.dispatch('briefContent', { id, version, ...(edition ? { edition } : {}) }))

describe('editions', () => {
  /** A pack whose parts for narrower audiences each carry a marker word of their own. */
  async function markedPack() {
    const setup = await demo()
    const { desk, data } = setup
    // Deadlines up to ten years after the meeting: our open commitments are all listed there too.
    const brief = await save(desk, setup.brief.id, changed(setup.brief, 'upcoming_deadlines', (s) => ({ ...s, daysAfterMeeting: 3650 })))
    const d = await data()
    const ours = d.settings.ourOrganisationId!
    // The secret one is among the upcoming deadlines too: its mark holds there as well.
    const upcoming = (await contentOf(desk, brief.id, null)).sections.find((s) => s.kind === 'upcoming_deadlines')!.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.cells[1]!) : []))
    const mine = d.commitments.filter((c) => c.owners.some((o) => o.organisationId === ours))
    const secretCommitment = mine.find((c) => upcoming.includes(`${c.clause} ${c.summary.ru}`))
    const openCommitment = mine.find((c) => c !== secretCommitment && upcoming.includes(`${c.clause} ${c.summary.ru}`))
    const person = d.people[0]!
    const sections = brief.sections.map((s): BriefSection => {
      switch (s.kind) {
        case 'steering':
          return { ...s, objectives: 'Цель ДЕЛЕГАЦИЯЗНАЕТ', keyMessages: [talkingPoint('Тезис ДЛЯВСЕХДЕЛЕГАТОВ'), { ...talkingPoint('Тезис ТОЛЬКОМИНИСТРУ'), audience: 'principal' }] }
        case 'agenda_items':
          return { ...s, items: s.items.map((item, i) => (i === 0 ? { ...item, objective: 'Цель пункта', pointsToMake: [{ ...talkingPoint('Пункт ЛИЧНОМИНИСТРУ'), audience: 'principal' }, talkingPoint('Пункт ОБЩИЙДЛЯДЕЛЕГАЦИИ')] } : item)) }
        case 'commitments_annex':
          return { ...s, audiences: { [secretCommitment!.id]: 'principal' } }
        case 'counterparts':
          return { ...s, personIds: [person.id], audiences: { [person.id]: 'principal' } }
        case 'logistics':
          return { ...s, audience: 'principal', body: 'Логистика СЕКРЕТНОЕМЕСТО' }
        default:
          return s
      }
    })
    const saved = await save(desk, brief.id, { ...inputOf(brief), sections })
    return { ...setup, brief: saved, secretCommitment: secretCommitment!, openCommitment: openCommitment!, person }
  }

  it('hold only what their audience may read: sections, talking points, commitments and counterparts, and the contents follow', async () => {
    const { desk, brief, secretCommitment, person } = await markedPack()
    const whole = JSON.stringify(await contentOf(desk, brief.id, null))
    for (const word of ['ТОЛЬКОМИНИСТРУ', 'ЛИЧНОМИНИСТРУ', 'СЕКРЕТНОЕМЕСТО', person.name.ru, secretCommitment.clause + ' ']) expect(whole).toContain(word.trim())

    const delegation = await contentOf(desk, brief.id, null, 'delegation')
    const text = JSON.stringify(delegation)
    for (const word of ['ТОЛЬКОМИНИСТРУ', 'ЛИЧНОМИНИСТРУ', 'СЕКРЕТНОЕМЕСТО', person.name.ru]) expect(text).not.toContain(word)
    for (const word of ['ДЛЯВСЕХДЕЛЕГАТОВ', 'ОБЩИЙДЛЯДЕЛЕГАЦИИ', 'ДЕЛЕГАЦИЯЗНАЕТ']) expect(text).toContain(word)
    expect(delegation.sections.map((s) => s.kind)).not.toContain('logistics')
    expect(delegation.sections.map((s) => s.kind)).not.toContain('counterparts')
    const annexIds = sectionOf({ sections: brief.sections }, 'commitments_annex')
    expect(annexIds.audiences).toEqual({ [secretCommitment.id]: 'principal' })
    const rows = delegation.sections.find((s) => s.kind === 'commitments_annex')!.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []))
    expect(rows.length).toBeGreaterThan(5)
    expect(whole).toContain(secretCommitment.summary.ru)
    expect(text).not.toContain(secretCommitment.summary.ru)
    expect(delegation.edition).toBe('delegation')
    expect(delegation.cover).toContainEqual({ label: 'Редакция', value: 'для делегации' })
    expect(delegation.footer).toBe('Версия: проект (для делегации) · 28 ноября 2026 г.')

    // The shareable edition: only what is marked for anyone (the programme here), with its cover and contents.
    const shared = await contentOf(desk, brief.id, null, 'shared')
    expect(shared.sections.map((s) => s.kind)).toEqual(['cover', 'contents', 'programme'])
    expect(JSON.stringify(shared)).not.toContain('ДЕЛЕГАЦИЯЗНАЕТ')
  })

  it('are issued as versions of their own, and each edition’s addendum compares with its own last version', async () => {
    const { desk, brief, data, secretCommitment, openCommitment } = await markedPack()
    const v1 = value<Brief>(await desk.dispatch('issueBrief', { id: brief.id, edition: 'principal' }))
    const v2 = value<Brief>(await desk.dispatch('issueBrief', { id: brief.id, edition: 'delegation' }))
    expect(v2.issued.map((v) => [v.number, v.edition, v.content.edition])).toEqual([
      [1, 'principal', 'principal'],
      [2, 'delegation', 'delegation'],
    ])
    expect(v1.issued[0]!.included.some((c) => c.commitmentId === secretCommitment.id)).toBe(true)
    expect(v2.issued[1]!.included.some((c) => c.commitmentId === secretCommitment.id)).toBe(false)
    expect((await contentOf(desk, brief.id, 2)).edition).toBe('delegation')

    // Both commitments are completed after these versions.
    for (const c of [secretCommitment, openCommitment]) {
      value(await desk.dispatch('addStatusUpdate', { commitmentId: c.id, date: '2026-11-28', author: 'Секретариат', source: 'assessment', status: 'completed', progress: null, confidence: null, narrative: '', evidence: [], correctsId: null }))
    }
    const addendum = (doc: PrintableBrief) => doc.sections.find((s) => s.kind === 'addendum')!.blocks
    const clauses = (doc: PrintableBrief) => addendum(doc).flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.cells[0]) : []))
    const delegationDraft = await contentOf(desk, brief.id, null, 'delegation')
    expect(addendum(delegationDraft)[0]).toEqual({ type: 'paragraph', text: 'Изменения с версии 2 от 28 ноября 2026 г.' })
    expect(clauses(delegationDraft)).toEqual([openCommitment.clause])
    const wholeDraft = await contentOf(desk, brief.id, null)
    expect(addendum(wholeDraft)[0]).toEqual({ type: 'paragraph', text: 'Изменения с версии 1 от 28 ноября 2026 г.' })
    expect(clauses(wholeDraft).sort()).toEqual([openCommitment.clause, secretCommitment.clause].sort())
    // The shareable edition was never issued: nothing to compare with.
    expect((await contentOf(desk, brief.id, null, 'shared')).sections.some((s) => s.kind === 'addendum')).toBe(false)
    expect(DeskData.safeParse(await data()).success).toBe(true)
  })
})

describe('clearance', () => {
  it('is kept until the section’s text changes, survives switching it off and on, and can be given again in the same save', async () => {
    const { desk, brief } = await demo()
    const cleared = { by: 'Департамент транспортной политики', on: '2026-11-25' }
    let saved = await save(desk, brief.id, changed(brief, 'steering', (s) => ({ ...s, objectives: 'Цель', clearance: cleared })))
    expect(sectionOf(saved, 'steering').clearance).toEqual(cleared)
    saved = await save(desk, brief.id, changed(saved, 'steering', (s) => ({ ...s, enabled: false, audience: 'principal' })))
    saved = await save(desk, brief.id, changed(saved, 'steering', (s) => ({ ...s, enabled: true })))
    expect(sectionOf(saved, 'steering').clearance).toEqual(cleared)
    saved = await save(desk, brief.id, changed(saved, 'steering', (s) => ({ ...s, objectives: 'Цель, изменённая после согласования' })))
    expect(sectionOf(saved, 'steering').clearance).toBeNull()
    const again = { by: 'Департамент транспортной политики', on: '2026-11-28' }
    saved = await save(desk, brief.id, changed(saved, 'steering', (s) => ({ ...s, objectives: 'Снова изменено', clearance: again })))
    expect(sectionOf(saved, 'steering').clearance).toEqual(again)
    expect(await desk.dispatch('updateBrief', { id: brief.id, input: changed(saved, 'steering', (s) => ({ ...s, clearance: { by: ' ', on: '2026-11-28' } })) })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
  })

  it('is what issuing warns of, for the sections an edition holds, and the cover can list it', async () => {
    const { desk, brief } = await demo()
    const saved = await save(desk, brief.id, {
      ...changed(brief, 'steering', (s) => ({ ...s, objectives: 'Цель', clearance: { by: 'Иванов И. И.', on: '2026-11-25' } })),
      coverClearance: true,
    })
    const uncleared = (edition: Audience) => unclearedSections(saved.sections, edition).map((s) => s.kind)
    expect(uncleared('principal')).toEqual(['addendum', 'programme', 'agenda_items', 'commitments_annex', 'upcoming_deadlines', 'country_notes', 'counterparts', 'logistics', 'annexes'])
    expect(uncleared('shared')).toEqual(['programme'])
    const doc = await contentOf(desk, brief.id, null)
    expect(doc.cover).toContainEqual({ label: 'Согласовано', value: 'Основные цели и тезисы: Иванов И. И., 25 ноября 2026 г.' })
    const without = await save(desk, brief.id, { ...inputOf(saved), coverClearance: false })
    expect((await contentOf(desk, without.id, null)).cover.map((c) => c.label)).not.toContain('Согласовано')
  })
})

describe('carrying forward', () => {
  it('brings the previous meeting’s unresolved talking points and open commitments into the next pack, marked as carried', async () => {
    const { desk, brief, data, meeting } = await demo()
    const d = await data()
    const next = d.meetings.find((m) => m.status === 'planned' && m.series.en.startsWith('Consultative'))!
    const ours = d.settings.ourOrganisationId!
    const mine = d.commitments.filter((c) => c.owners.some((o) => o.organisationId === ours))
    // The status each commitment shows (a recurring one whose occurrence was completed is still in progress).
    const shown = new Map<string, string>()
    for (const c of mine) shown.set(c.id, value<CommitmentDetail>(await desk.dispatch('getCommitment', { id: c.id })).status)
    const open = mine.filter((c) => !['completed', 'cancelled'].includes(shown.get(c.id)!))
    const closed = mine.filter((c) => shown.get(c.id) === 'completed')
    expect(open.length).toBeGreaterThan(2)
    expect(closed.length).toBeGreaterThan(0)

    const first = meeting.agenda[0]!
    const prepared = await save(desk, brief.id, {
      ...inputOf(brief),
      sections: brief.sections.map((s): BriefSection => {
        if (s.kind === 'steering') return { ...s, keyMessages: [talkingPoint('Открытый тезис'), { ...talkingPoint('Решённый тезис'), resolved: true }], defensiveLines: [{ ...talkingPoint('Ответ для министра'), audience: 'principal' }], clearance: { by: 'Иванов', on: '2026-11-20' } }
        if (s.kind === 'agenda_items') return { ...s, items: s.items.map((i) => (i.agendaItemId === first.id ? { ...i, objective: 'Цель', pointsToMake: [talkingPoint('Тезис по пункту повестки')] } : i)) }
        return s
      }),
    })
    value(await desk.dispatch('issueBrief', { id: prepared.id, edition: 'principal' }))
    const nextBrief = value<Brief>(await desk.dispatch('createBrief', { meetingId: next.id, language: 'ru', fromBriefId: prepared.id }))

    expect(nextBrief.carriedFrom).toBe('VI Консультативная встреча глав государств Центральной Азии')
    const steering = sectionOf(nextBrief, 'steering')
    // The new meeting's agenda has no item of that title: its open point comes among the key messages.
    expect(steering.keyMessages.map((p) => [p.text, p.carried])).toEqual([
      ['Открытый тезис', true],
      ['Тезис по пункту повестки', true],
    ])
    expect(steering.defensiveLines).toMatchObject([{ text: 'Ответ для министра', audience: 'principal', carried: true, resolved: false }])
    expect(steering.clearance).toBeNull()
    const annex = sectionOf(nextBrief, 'commitments_annex')
    expect(new Set(annex.carried)).toEqual(new Set(open.map((c) => c.id)))
    expect(annex.carried.some((id) => closed.some((c) => c.id === id))).toBe(false)

    const doc = await contentOf(desk, nextBrief.id, null)
    const steeringBlocks = doc.sections.find((s) => s.kind === 'steering')!.blocks
    expect(steeringBlocks).toContainEqual({ type: 'bullets', items: ['Открытый тезис (перенесено)', 'Тезис по пункту повестки (перенесено)'] })
    const annexBlocks = doc.sections.find((s) => s.kind === 'commitments_annex')!.blocks
    expect(annexBlocks[0]).toEqual({ type: 'paragraph', text: 'С пометкой «перенесено» — поручения, не выполненные к предыдущей встрече (VI Консультативная встреча глав государств Центральной Азии).' })
    const carriedRows = annexBlocks.flatMap((b) => (b.type === 'table' ? b.rows : [])).filter((r) => r.cells[4]!.split('\n').includes('перенесено'))
    expect(carriedRows).toHaveLength(open.length)
  })

  it('lets a carried commitment go when it is deleted from the registry', async () => {
    const { desk, brief, data } = await demo()
    const d = await data()
    const [commitment] = d.commitments
    await save(desk, brief.id, changed(brief, 'commitments_annex', (s) => ({ ...s, carried: [commitment!.id], audiences: { [commitment!.id]: 'principal' } })))
    value(await desk.dispatch('deleteCommitment', { id: commitment!.id }))
    const after = await data()
    expect(sectionOf(after.briefs[0]!, 'commitments_annex')).toMatchObject({ carried: [], audiences: {} })
    expect(findBrokenReferences(after)).toEqual([])
  })
})

describe('numbered copies', () => {
  it('are made one per recipient, numbered on per version, each stamped with its number and recipient, and registered', { timeout: 30_000 }, async () => {
    const { desk, brief, out, data } = await demo()
    value(await desk.dispatch('issueBrief', { id: brief.id, edition: 'principal' }))
    const made = value<CopiesMade>(await desk.dispatch('issueCopies', { id: brief.id, version: 1, medium: 'pdf', watermark: true, recipients: ['Министру', ' Заместителю министра '] }))
    expect(made.copies.map((c) => [c.number, c.recipient, c.medium, c.state, c.issuedOn])).toEqual([
      [1, 'Министру', 'pdf', 'held', '2026-11-28'],
      [2, 'Заместителю министра', 'pdf', 'held', '2026-11-28'],
    ])
    const title = 'Материалы к встрече VI Консультативная встреча глав государств Центральной Азии v1'
    expect(made.paths).toEqual([join(out, `${title} Экз. № 1.pdf`), join(out, `${title} Экз. № 2.pdf`)])
    const stamped = await Promise.all(made.paths.map(async (path) => JSON.parse(await readFile(path, 'utf-8')) as PrintableBrief))
    expect(stamped.map((doc) => doc.copy)).toEqual([
      { number: 1, recipient: 'Министру', watermark: true },
      { number: 2, recipient: 'Заместителю министра', watermark: true },
    ])
    expect(stamped[0]!.sections).toEqual((await contentOf(desk, brief.id, 1)).sections)

    // The next copies of version 1 go on from 3; on paper, one print per copy.
    const paper = value<CopiesMade>(await desk.dispatch('issueCopies', { id: brief.id, version: 1, medium: 'print', watermark: false, recipients: ['Послу'] }))
    expect(paper).toMatchObject({ copies: [{ number: 3, recipient: 'Послу', medium: 'print', watermark: false }], paths: [] })
    expect((await data()).briefs[0]!.copies.map((c) => c.number)).toEqual([1, 2, 3])

    // Word copies name the copy in their properties.
    const word = value<CopiesMade>(await desk.dispatch('issueCopies', { id: brief.id, version: 1, medium: 'word', watermark: true, recipients: ['Советнику'] }))
    expect(word.paths[0]).toMatch(/Экз\. № 4\.docx$/)
    expect((await readFile(word.paths[0]!)).subarray(0, 2).toString()).toBe('PK')

    expect(await desk.dispatch('issueCopies', { id: brief.id, version: 9, medium: 'pdf', watermark: true, recipients: ['Кому-то'] })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await desk.dispatch('issueCopies', { id: brief.id, version: 1, medium: 'pdf', watermark: true, recipients: [] })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
  })

  it('are not made when the save dialog is cancelled, and a failed copy keeps those made before it in the register', async () => {
    let calls = 0
    const { desk, brief, data, out } = await demo({
      briefPdf: async () => {
        if (++calls === 2) throw new Error('The disk is full')
        return new Uint8Array([1])
      },
    })
    value(await desk.dispatch('issueBrief', { id: brief.id, edition: 'principal' }))
    const failed = await desk.dispatch('issueCopies', { id: brief.id, version: 1, medium: 'pdf', watermark: false, recipients: ['Первому', 'Второму', 'Третьему'] })
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect((await data()).briefs[0]!.copies.map((c) => [c.number, c.recipient])).toEqual([[1, 'Первому']])
    expect(await readdir(out)).toHaveLength(1)

    const cancelled = await Desk.open({ dataDir: (await tempDir()), clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseSavePath: async () => null } })
    value(await cancelled.dispatch('loadDemo', {}))
    const meeting = value<{ id: string; number: number | null }[]>(await cancelled.dispatch('listMeetings', {})).find((m) => m.number === 6)!
    const other = value<Brief>(await cancelled.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    value(await cancelled.dispatch('issueBrief', { id: other.id, edition: 'principal' }))
    expect(value(await cancelled.dispatch('issueCopies', { id: other.id, version: 1, medium: 'pdf', watermark: false, recipients: ['Кому-то'] }))).toBeNull()
    expect(value<Brief[]>(await cancelled.dispatch('listBriefs', {}))[0]!.copies).toEqual([])
  })

  it('are returned or destroyed on a day, and the register sheet lists them all', async () => {
    const { desk, brief, printed } = await demo()
    value(await desk.dispatch('issueBrief', { id: brief.id, edition: 'principal' }))
    value(await desk.dispatch('issueBrief', { id: brief.id, edition: 'shared' }))
    value(await desk.dispatch('issueCopies', { id: brief.id, version: 2, medium: 'pdf', watermark: true, recipients: ['Послу Кыргызской Республики'] }))
    const { copies } = value<CopiesMade>(await desk.dispatch('issueCopies', { id: brief.id, version: 1, medium: 'pdf', watermark: true, recipients: ['Министру', 'Заместителю министра'] }))
    value(await desk.dispatch('setCopyState', { id: brief.id, copyId: copies[0]!.id, state: 'returned', on: '2026-12-01' }))
    let saved = value<Brief>(await desk.dispatch('setCopyState', { id: brief.id, copyId: copies[1]!.id, state: 'destroyed' }))
    expect(saved.copies.map((c) => [c.version, c.number, c.state, c.stateOn])).toEqual([
      [2, 1, 'held', null],
      [1, 1, 'returned', '2026-12-01'],
      [1, 2, 'destroyed', '2026-11-28'],
    ])
    saved = value<Brief>(await desk.dispatch('setCopyState', { id: brief.id, copyId: copies[1]!.id, state: 'held' }))
    expect(saved.copies[2]).toMatchObject({ state: 'held', stateOn: null })
    expect(await desk.dispatch('setCopyState', { id: brief.id, copyId: brief.id, state: 'returned' })).toMatchObject({ ok: false, error: { code: 'not_found' } })

    value(await desk.dispatch('printRegister', { id: brief.id }))
    const sheet = printed.at(-1)!
    expect(sheet.title).toBe(`Учёт экземпляров: ${brief.title}`)
    expect(sheet.marking).toBe(brief.marking)
    const table = sheet.sections[0]!.blocks[0]!
    expect(table.type === 'table' && table.rows.map((r) => r.cells)).toEqual([
      ['1', '1', '1', 'Министру', '28.11.2026', 'PDF', 'возвращён 01.12.2026', ''],
      ['2', '1', '2', 'Заместителю министра', '28.11.2026', 'PDF', '', ''],
      ['3', '2', '1', 'Послу Кыргызской Республики', '28.11.2026', 'PDF', '', ''],
    ])
  })
})

describe('the layout every pack shares', () => {
  it('takes margins, where page numbers go and the city from Settings, and refuses margins out of range', async () => {
    const { desk, brief } = await demo()
    const settings = value<Settings>(await desk.dispatch('updateBriefLayout', { margins: { top: 25, right: 15, bottom: 20, left: 30 }, pageNumbers: 'foot' }))
    expect(settings.briefLayout).toMatchObject({ margins: { top: 25, right: 15, bottom: 20, left: 30 }, pageNumbers: 'foot', city: { ru: 'Астана', en: 'Astana' } })
    const doc = await contentOf(desk, brief.id, null)
    expect(doc.layout).toEqual({ margins: { top: 25, right: 15, bottom: 20, left: 30 }, pageNumbers: 'foot' })
    expect(doc.letterhead).toEqual({ organisation: 'Министерство транспорта Республики Казахстан', emblem: null, place: 'Астана — 2026' })
    expect(await desk.dispatch('updateBriefLayout', { margins: { top: 2, right: 15, bottom: 20, left: 30 } })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    value(await desk.dispatch('updateBriefLayout', { city: { ru: '', en: '' } }))
    expect((await contentOf(desk, brief.id, null)).letterhead.place).toBe('')
  })

  it('has the emblem chosen in Settings, kept in the data folder, and refuses a file that is not an image', async () => {
    const source = await tempDir()
    const png = join(source, 'герб.png')
    const text = join(source, 'герб.txt')
    await writeFile(png, await readFile(new URL('./fixtures/emblem.png', import.meta.url)))
    await writeFile(text, 'не картинка')
    let chosen = [png]
    const { desk, brief, dir } = await demo({ chooseFiles: async () => chosen })
    const settings = value<Settings>(await desk.dispatch('chooseBriefEmblem', {}))
    const emblem = settings.briefLayout.emblem!
    expect(emblem).toMatchObject({ fileName: 'герб.png', storedPath: `files/${emblem.sha256}/герб.png` })
    expect(await readFile(join(dir, 'files', emblem.sha256, 'герб.png'))).toEqual(await readFile(png))
    const doc = await contentOf(desk, brief.id, null)
    expect(doc.emblemImage).toBe(`data:image/png;base64,${(await readFile(png)).toString('base64')}`)

    chosen = [text]
    expect(await desk.dispatch('chooseBriefEmblem', {})).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name: 'герб.txt', reason: 'validation.emblem.not_image' } } })
    chosen = []
    expect(value(await desk.dispatch('chooseBriefEmblem', {}))).toBeNull()
    expect(value<Settings>(await desk.dispatch('getSettings', {})).briefLayout.emblem).toEqual(emblem)
    expect(value<Settings>(await desk.dispatch('removeBriefEmblem', {})).briefLayout.emblem).toBeNull()
    expect((await contentOf(desk, brief.id, null)).emblemImage).toBeNull()
  })
})
