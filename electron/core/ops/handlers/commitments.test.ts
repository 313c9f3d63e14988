import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import type { CommitmentInput, DeskData, StatusUpdate } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import type { CommitmentQuery } from '../contracts/commitments'
import { unwrap as value } from '../errors'
import type { CommitmentDetail, CommitmentList } from '../views'

async function demo(today = '2026-11-28') {
  const dir = await tempDir()
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom(today) })
  value(await desk.dispatch('loadDemo', {}))
  const data = JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData
  const query = async (q: CommitmentQuery) => value<CommitmentList>(await desk.dispatch('queryCommitments', q)).items
  return { desk, dir, data, query }
}

const orgByName = (data: DeskData, en: string) => data.organisations.find((o) => o.name.en === en)!

function newCommitment(data: DeskData, patch: Partial<CommitmentInput> = {}): CommitmentInput {
  const roadmap = data.documents.find((d) => d.type === 'roadmap')!
  return {
    documentId: roadmap.id,
    clause: 'п. 9.1',
    text: 'Провести совещание по вопросам ёмкости транзитных коридоров.',
    summary: { ru: 'Совещание о транзите', en: 'Transit meeting' },
    themes: ['transport'],
    owners: [{ organisationId: data.settings.ourOrganisationId!, role: 'lead' }],
    partnerCountryIds: [],
    deadline: { words: 'IV квартал 2026', rule: { kind: 'quarter', year: 2026, quarter: 4 } },
    completionForm: '',
    priority: false,
    relatedIds: [],
    milestones: [],
    ...patch,
  }
}

describe('creating a commitment', () => {
  it('computes the due date from the rule and keeps the document’s words', async () => {
    const { desk, data } = await demo()
    const created = value<{ id: string; deadline: { words: string; dueDate: string } }>(await desk.dispatch('createCommitment', newCommitment(data)))
    expect(created.deadline).toEqual({ words: 'IV квартал 2026', rule: { kind: 'quarter', year: 2026, quarter: 4 }, dueDate: '2026-12-31' })
  })

  it('refuses unknown owners, an empty text and a period that ends before it starts, saving nothing', async () => {
    const { desk, data, query } = await demo()
    const before = (await query({})).length
    const unknownOwner = await desk.dispatch('createCommitment', newCommitment(data, { owners: [{ organisationId: '00000002-0000-4000-8000-0000000fffff', role: 'lead' }] }))
    expect(unknownOwner).toMatchObject({ ok: false, error: { code: 'invalid_arguments', issues: [{ path: 'owners.0.organisationId', message: 'validation.unknownRef' }] } })
    const empty = await desk.dispatch('createCommitment', newCommitment(data, { text: '   ' }))
    expect(empty).toMatchObject({ ok: false, error: { issues: [{ path: 'text', message: 'validation.required' }] } })
    const backwards = await desk.dispatch('createCommitment', newCommitment(data, { deadline: { words: '2027–2025', rule: { kind: 'period', from: '2027-01-01', to: '2025-12-31' } } }))
    expect(backwards).toMatchObject({ ok: false, error: { issues: [{ path: 'deadline.rule.to', message: 'validation.endBeforeStart' }] } })
    const oversize = await desk.dispatch('createCommitment', newCommitment(data, { clause: 'п'.repeat(501) }))
    expect(oversize).toMatchObject({ ok: false, error: { issues: [{ path: 'clause' }] } })
    expect((await query({})).length).toBe(before)
  })

  it('takes "by the next meeting" from the first meeting of the series after the document, and follows it when it moves', async () => {
    const { desk, data } = await demo()
    const transport = data.meetings.find((m) => m.series.en === 'Meeting of the Transport Ministers of Central Asia')!
    const created = value<{ id: string; deadline: { dueDate: string } }>(
      await desk.dispatch('createCommitment', newCommitment(data, { deadline: { words: 'до следующей встречи', rule: { kind: 'next_meeting', series: transport.series } } })),
    )
    expect(created.deadline.dueDate).toBe(transport.startDate)
    const { id: _id, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input } = transport
    value(await desk.dispatch('updateMeeting', { id: transport.id, input: { ...input, startDate: '2027-04-01', endDate: '2027-04-02' } }))
    const detail = value<CommitmentDetail>(await desk.dispatch('getCommitment', { id: created.id }))
    expect(detail.commitment.deadline.dueDate).toBe('2027-04-01')
  })
})

describe('a commitment’s steps', () => {
  const stepId = (n: number) => `00000003-0000-4000-8000-${String(n).padStart(12, '0')}`
  const step = (n: number, organisationId: string | null, dueDate: string | null, done: boolean) => ({ id: stepId(n), text: `Этап ${n}`, organisationId, dueDate, done })

  it('are kept with it; its progress in the list is the share done and the next step the earliest open one', async () => {
    const { desk, data, query } = await demo()
    const ours = data.settings.ourOrganisationId!
    const milestones = [step(1, ours, '2026-12-20', false), step(2, null, '2026-12-01', true), step(3, ours, null, false), step(4, null, '2027-02-01', false)]
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data, { milestones })))
    value(await desk.dispatch('addStatusUpdate', { commitmentId: id, date: '2026-11-27', author: 'МТ РК', source: 'self_report', status: 'in_progress', progress: 80, confidence: null, narrative: '', evidence: [], correctsId: null }))
    expect(value<CommitmentDetail>(await desk.dispatch('getCommitment', { id })).commitment.milestones).toEqual(milestones)
    const item = (await query({ text: 'ёмкости транзитных' })).find((i) => i.id === id)!
    expect(item.progress).toBe(25)
    expect(item.nextStep).toEqual({ text: 'Этап 1', dueDate: '2026-12-20' })
  })

  it('refuse an owner the registry does not have, changing nothing', async () => {
    const { desk, dir, data } = await demo()
    const ours = data.settings.ourOrganisationId!
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data, { milestones: [step(1, ours, null, false)] })))
    const file = await readFile(storePaths(dir).dataFile)
    const unknown = '00000002-0000-4000-8000-0000000fffff'
    const milestones = [step(1, ours, null, true), step(2, null, null, false), step(3, unknown, '2027-01-01', false)]
    const refused = { ok: false, error: { code: 'invalid_arguments', issues: [{ path: 'milestones.2.organisationId', message: 'validation.unknownRef' }] } }
    expect(await desk.dispatch('createCommitment', newCommitment(data, { milestones }))).toMatchObject(refused)
    expect(await desk.dispatch('updateCommitment', { id, input: newCommitment(data, { milestones }) })).toMatchObject(refused)
    expect(await desk.dispatch('updateCommitment', { id, input: newCommitment(data, { milestones: [{ ...step(1, ours, null, false), text: '  ' }] }) })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'input.milestones.0.text', message: 'validation.required' }] },
    })
    expect(await readFile(storePaths(dir).dataFile)).toEqual(file)
  })

  it('keep the organisation that owns one from being deleted', async () => {
    const { desk, dir, data } = await demo()
    const unused = value<{ id: string }>(await desk.dispatch('createOrganisation', { name: { ru: 'Агентство', en: 'Agency' }, shortName: { ru: '', en: '' }, kind: 'agency', countryId: null, parentId: null }))
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data, { milestones: [step(1, unused.id, null, false)] })))
    const file = await readFile(storePaths(dir).dataFile)
    const refused = await desk.dispatch('deleteOrganisation', { id: unused.id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', dependents: [{ kind: 'commitment', id }] } })
    expect(await readFile(storePaths(dir).dataFile)).toEqual(file)
  })
})

describe('the status history', () => {
  it('keeps the owner’s report and our assessment apart; the latest of either is the status', async () => {
    const { desk, data } = await demo()
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data)))
    const base = { commitmentId: id, progress: null, confidence: null, narrative: '', evidence: [], correctsId: null }
    value(await desk.dispatch('addStatusUpdate', { ...base, date: '2026-11-20', author: 'МТ РК', source: 'self_report', status: 'completed' }))
    value(await desk.dispatch('addStatusUpdate', { ...base, date: '2026-11-25', author: 'Секретариат', source: 'assessment', status: 'delayed', confidence: 'AR', delayReason: 'Ждём согласования сторон' }))
    const detail = value<CommitmentDetail>(await desk.dispatch('getCommitment', { id }))
    expect(detail.selfReport?.status).toBe('completed')
    expect(detail.assessment?.status).toBe('delayed')
    expect(detail.status).toBe('delayed')
    expect(detail.updates.map((u) => u.date)).toEqual(['2026-11-25', '2026-11-20'])
  })

  it('asks a delay, or an update of an overdue commitment that does not close it, for its reason: refused by name, nothing saved', async () => {
    const { desk, dir, data, query } = await demo()
    const [overdue, alsoOverdue] = await query({ overdue: true })
    const onTime = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data)))
    const update = (commitmentId: string, status: StatusUpdate['status'], delayReason?: string) => ({
      commitmentId, date: '2026-11-28', author: 'Секретариат', source: 'assessment' as const, status, progress: null, confidence: null, narrative: 'Идут переговоры', evidence: [], correctsId: null, ...(delayReason === undefined ? {} : { delayReason }),
    })
    const file = await readFile(storePaths(dir).dataFile)
    const refused = { ok: false, error: { code: 'invalid_arguments', issues: [{ path: 'delayReason', message: 'validation.delayReasonRequired' }] } }
    expect(await desk.dispatch('addStatusUpdate', update(overdue!.id, 'in_progress'))).toMatchObject(refused)
    expect(await desk.dispatch('addStatusUpdate', update(overdue!.id, 'in_progress', '   '))).toMatchObject(refused)
    expect(await desk.dispatch('addStatusUpdate', update(onTime.id, 'delayed'))).toMatchObject(refused)
    const bulkOf = ({ commitmentId: _c, correctsId: _k, ...rest }: ReturnType<typeof update>) => rest
    expect(await desk.dispatch('bulkAddStatusUpdate', { ids: [onTime.id, alsoOverdue!.id], update: bulkOf(update('', 'in_progress')) })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'update.delayReason', message: 'validation.delayReasonRequired' }] },
    })
    expect(await readFile(storePaths(dir).dataFile)).toEqual(file)

    // Closing an overdue one needs no reason; an update on time that is not a delay neither.
    value(await desk.dispatch('addStatusUpdate', update(overdue!.id, 'completed')))
    value(await desk.dispatch('addStatusUpdate', update(onTime.id, 'in_progress')))
    const delayed = value<StatusUpdate>(await desk.dispatch('addStatusUpdate', update(onTime.id, 'delayed', 'Ждём согласования сторон')))
    expect(delayed.delayReason).toBe('Ждём согласования сторон')
    expect(value(await desk.dispatch('bulkAddStatusUpdate', { ids: [onTime.id, alsoOverdue!.id], update: bulkOf(update('', 'in_progress', 'Сроки сдвинуты решением сторон')) }))).toEqual({ added: 2 })
    const detail = value<CommitmentDetail>(await desk.dispatch('getCommitment', { id: alsoOverdue!.id }))
    expect(detail.updates[0]!.delayReason).toBe('Сроки сдвинуты решением сторон')
  })

  it('corrects an update by adding one that names it; a correction must belong to the same commitment', async () => {
    const { desk, data } = await demo()
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data)))
    const other = data.statusUpdates.find((u) => u.commitmentId !== id)!
    const base = { commitmentId: id, progress: null, confidence: null, narrative: '', evidence: [], date: '2026-11-20', author: 'МТ РК', source: 'self_report' as const }
    const first = value<StatusUpdate>(await desk.dispatch('addStatusUpdate', { ...base, status: 'completed', correctsId: null }))
    expect(await desk.dispatch('addStatusUpdate', { ...base, status: 'in_progress', correctsId: other.id })).toMatchObject({ ok: false, error: { issues: [{ path: 'correctsId' }] } })
    value(await desk.dispatch('addStatusUpdate', { ...base, status: 'in_progress', correctsId: first.id }))
    const detail = value<CommitmentDetail>(await desk.dispatch('getCommitment', { id }))
    expect(detail.updates).toHaveLength(2)
    expect(detail.status).toBe('in_progress')
    expect(detail.updates.find((u) => u.id === first.id)?.status).toBe('completed')
  })
})

describe('the list', () => {
  it('filters by our organisation as lead or in any role', async () => {
    const { data, query } = await demo()
    const ours = data.settings.ourOrganisationId!
    const lead = await query({ mine: 'lead' })
    const any = await query({ mine: 'any' })
    expect(lead.every((i) => i.owners.some((o) => o.organisationId === ours && o.role === 'lead'))).toBe(true)
    expect(any.every((i) => i.owners.some((o) => o.organisationId === ours))).toBe(true)
    expect(any.length).toBe(data.commitments.filter((c) => c.owners.some((o) => o.organisationId === ours)).length)
    expect(lead.length).toBeLessThan(any.length)
  })

  it('filters by country (owner or partner), meeting, document, theme, status, priority', async () => {
    const { data, query } = await demo()
    const uz = data.countries.find((c) => c.code === 'UZ')!
    const uzOrgs = new Set(data.organisations.filter((o) => o.countryId === uz.id).map((o) => o.id))
    const byCountry = await query({ countryId: uz.id })
    const expected = data.commitments.filter((c) => c.partnerCountryIds.includes(uz.id) || c.owners.some((o) => uzOrgs.has(o.organisationId)))
    expect(byCountry.map((i) => i.id).sort()).toEqual(expected.map((c) => c.id).sort())

    const meeting = data.meetings.find((m) => m.number === 6)!
    expect((await query({ meetingId: meeting.id })).length).toBe(data.commitments.length)
    const roadmap = data.documents.find((d) => d.type === 'roadmap')!
    expect((await query({ documentId: roadmap.id })).every((i) => i.documentId === roadmap.id)).toBe(true)
    expect((await query({ theme: 'energy' })).length).toBe(data.commitments.filter((c) => c.themes.includes('energy')).length)
    expect((await query({ status: ['completed'] })).every((i) => i.status === 'completed')).toBe(true)
    expect((await query({ priority: true })).length).toBe(data.commitments.filter((c) => c.priority).length)
  })

  it('finds overdue and due-within-N-days against the clock', async () => {
    const before = await demo('2026-11-01')
    const { id } = value<{ id: string }>(await before.desk.dispatch('createCommitment', newCommitment(before.data)))
    expect((await before.query({ dueWithin: 90 })).map((i) => i.id)).toContain(id)
    expect((await before.query({ overdue: true })).map((i) => i.id)).not.toContain(id)

    const after = await Desk.open({ dataDir: before.dir, clock: clockFrom('2027-01-10') })
    const overdue = value<CommitmentList>(await after.dispatch('queryCommitments', { overdue: true })).items
    expect(overdue.map((i) => i.id)).toContain(id)
    const soon = value<CommitmentList>(await after.dispatch('queryCommitments', { dueWithin: 90 })).items
    expect(soon.map((i) => i.id)).not.toContain(id)
  })

  it('searches text, clause and owner names, ignoring case and ё', async () => {
    const { desk, data, query } = await demo()
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data)))
    expect((await query({ text: 'ЕМКОСТИ транзитных' })).map((i) => i.id)).toEqual([id])
    expect((await query({ text: 'п. 9.1' })).map((i) => i.id)).toContain(id)
    // By the owner's name, in either language.
    const byOwner = await query({ text: 'Ministry of Transport of the Republic of Kazakhstan' })
    expect(byOwner.map((i) => i.id)).toContain(id)
    expect(await query({ text: 'несуществующееслово' })).toEqual([])
  })

  it('searches the summaries and the owners’ names in Kazakh and Uzbek too', async () => {
    const { desk, data, query } = await demo()
    const transport = orgByName(data, 'Ministry of Transport of the Republic of Kazakhstan')
    const { id: _i, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input } = transport
    value(await desk.dispatch('updateOrganisation', { id: transport.id, input: { ...input, name: { ...input.name, uz: 'Qozogʻiston Respublikasi Transport vazirligi' } } }))
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data, { summary: { ru: 'Совещание о транзите', en: 'Transit meeting', kk: 'Транзит жөніндегі кеңес' } })))
    // Typed as on a Russian keyboard (ө as о), and with a plain apostrophe for oʻ.
    expect((await query({ text: 'транзит жониндеги' })).map((i) => i.id)).toEqual([id])
    expect((await query({ text: "qozog'iston transport vazirligi" })).map((i) => i.id)).toContain(id)
  })

  it('sorts by due date with undated ones last, and by clause in numeric order', async () => {
    const { desk, data, query } = await demo()
    const due = (await query({ sort: 'due' })).map((i) => i.deadline.dueDate)
    const dated = due.filter((d) => d !== null)
    expect(dated).toEqual([...dated].sort())
    expect(due.slice(dated.length).every((d) => d === null)).toBe(true)
    for (const clause of ['п. 1.10', 'п. 1.9']) value(await desk.dispatch('createCommitment', newCommitment(data, { clause })))
    const clauses = (await query({ sort: 'clause', text: 'ёмкости' })).map((i) => i.clause)
    expect(clauses).toEqual(['п. 1.9', 'п. 1.10'])
    expect((await query({ sort: 'clause', desc: true, text: 'ёмкости' })).map((i) => i.clause)).toEqual(['п. 1.10', 'п. 1.9'])
  })
})

describe('bulk actions', () => {
  it('adds an owner to each selected commitment, or makes it the only one', async () => {
    const { desk, data, query } = await demo()
    const uzMinistry = orgByName(data, 'Ministry of Transport of the Republic of Uzbekistan')
    const ids = data.commitments.slice(0, 3).map((c) => c.id)
    expect(value(await desk.dispatch('bulkSetOwner', { ids, organisationId: uzMinistry.id, role: 'co_executor', mode: 'add' }))).toEqual({ changed: 3 })
    for (const item of (await query({ ownerId: uzMinistry.id })).filter((i) => ids.includes(i.id))) {
      expect(item.owners).toContainEqual({ organisationId: uzMinistry.id, role: 'co_executor' })
    }
    value(await desk.dispatch('bulkSetOwner', { ids: ids.slice(0, 1), organisationId: uzMinistry.id, role: 'lead', mode: 'replace' }))
    const replaced = value<CommitmentDetail>(await desk.dispatch('getCommitment', { id: ids[0]! }))
    expect(replaced.commitment.owners).toEqual([{ organisationId: uzMinistry.id, role: 'lead' }])
  })

  it('adds the same status update to each, and refuses all if one id is unknown', async () => {
    const { desk, data } = await demo()
    const ids = data.commitments.slice(0, 2).map((c) => c.id)
    const update = { date: '2026-11-28', author: 'Секретариат', source: 'assessment' as const, status: 'cancelled' as const, progress: null, confidence: null, narrative: '', evidence: [] }
    const bad = await desk.dispatch('bulkAddStatusUpdate', { ids: [...ids, '00000007-0000-4000-8000-0000000fffff'], update })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(value<CommitmentDetail>(await desk.dispatch('getCommitment', { id: ids[0]! })).status).not.toBe('cancelled')
    value(await desk.dispatch('bulkAddStatusUpdate', { ids, update }))
    for (const id of ids) expect(value<CommitmentDetail>(await desk.dispatch('getCommitment', { id })).status).toBe('cancelled')
  })
})

describe('changed since', () => {
  it('counts status changes, new and completed commitments since a date', async () => {
    const { desk, data, query } = await demo()
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data)))
    const since = '2026-11-01'
    expect((await query({ changedSince: since, change: 'new' })).map((i) => i.id)).toEqual([id])
    const target = data.commitments.find((c) => c.owners.some((o) => o.organisationId === data.settings.ourOrganisationId))!
    const before = value<CommitmentDetail>(await desk.dispatch('getCommitment', { id: target.id })).status
    expect(before).not.toBe('completed')
    value(
      await desk.dispatch('addStatusUpdate', {
        commitmentId: target.id,
        date: '2026-11-28',
        author: 'МТ РК',
        source: 'self_report',
        status: 'completed',
        progress: 100,
        confidence: null,
        narrative: '',
        evidence: [],
        correctsId: null,
      }),
    )
    expect((await query({ changedSince: since, change: 'status' })).map((i) => i.id)).toContain(target.id)
    expect((await query({ changedSince: since, change: 'completed' })).map((i) => i.id)).toEqual([target.id])
  })
})

describe('deleting a commitment', () => {
  it('removes its history and the links to it', async () => {
    const { desk, data } = await demo()
    const target = data.commitments.find((c) => data.statusUpdates.some((u) => u.commitmentId === c.id))!
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data, { relatedIds: [target.id] })))
    value(await desk.dispatch('deleteCommitment', { id: target.id }))
    expect(await desk.dispatch('getCommitment', { id: target.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(value<CommitmentDetail>(await desk.dispatch('getCommitment', { id })).commitment.relatedIds).toEqual([])
  })
})

describe('the list a window shows', () => {
  it('answers the rows in view and how many match, counts alone, and every id for a selection', async () => {
    const { desk } = await demo()
    const all = value<CommitmentList>(await desk.dispatch('queryCommitments', {}))
    expect(all).toMatchObject({ offset: 0, matching: all.items.length, total: all.items.length })
    const window = value<CommitmentList>(await desk.dispatch('queryCommitments', { offset: 5, limit: 7 }))
    expect(window.items.map((i) => i.id)).toEqual(all.items.slice(5, 12).map((i) => i.id))
    expect(window).toMatchObject({ offset: 5, matching: all.matching, total: all.total })
    const counted = value<CommitmentList>(await desk.dispatch('queryCommitments', { mine: 'any', limit: 0 }))
    expect(counted.items).toEqual([])
    expect(counted.matching).toBe(value<CommitmentList>(await desk.dispatch('queryCommitments', { mine: 'any' })).items.length)
    expect(value<string[]>(await desk.dispatch('commitmentIds', { mine: 'any' }))).toEqual(value<CommitmentList>(await desk.dispatch('queryCommitments', { mine: 'any' })).items.map((i) => i.id))
    const counts = value<Record<string, number>>(await desk.dispatch('commitmentCounts', {}))
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(all.total)
    expect(await desk.dispatch('queryCommitments', { limit: 5000 })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
  })
})

describe('a recurring commitment', () => {
  const report = (commitmentId: string, date: string, status: StatusUpdate['status'], correctsId: string | null = null) => ({
    commitmentId,
    date,
    author: 'МТ РК',
    source: 'self_report' as const,
    status,
    progress: null,
    confidence: null,
    narrative: '',
    evidence: [],
    correctsId,
  })

  it('is due on its current occurrence; completing it schedules the next instead of closing the commitment', async () => {
    const { desk, data } = await demo('2027-02-01')
    // The roadmap is dated 9 August 2024: the first 25 January after it is 2025's.
    const rule = { kind: 'recurring' as const, frequency: 'annually' as const, until: '2027-12-31', first: '2025-01-25' }
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data, { deadline: { words: 'ежегодно, до 25 января', rule } })))
    const detail = async () => value<CommitmentDetail>(await desk.dispatch('getCommitment', { id }))
    expect((await detail()).commitment.deadline.dueDate).toBe('2025-01-25')
    expect((await detail()).overdue).toBe(true)

    const done = value<StatusUpdate>(await desk.dispatch('addStatusUpdate', report(id, '2027-01-20', 'completed')))
    expect(done.occurrence).toBe('2025-01-25')
    expect(await detail()).toMatchObject({ status: 'in_progress', overdue: true, commitment: { deadline: { dueDate: '2026-01-25' } } })
    value(await desk.dispatch('addStatusUpdate', report(id, '2027-01-21', 'completed')))
    // 2027's occurrence is due in the past week: in the list, due and overdue, in progress.
    const listed = value<CommitmentList>(await desk.dispatch('queryCommitments', { overdue: true })).items.find((i) => i.id === id)
    expect(listed).toMatchObject({ status: 'in_progress', deadline: { dueDate: '2027-01-25' } })

    // A correction reports on the occurrence it corrects and takes the completion back.
    const wrong = value<StatusUpdate>(await desk.dispatch('addStatusUpdate', report(id, '2027-01-22', 'completed')))
    expect(wrong.occurrence).toBe('2027-01-25')
    expect((await detail()).commitment.deadline.dueDate).toBeNull()
    expect((await detail()).status).toBe('completed')
    const fixed = value<StatusUpdate>(await desk.dispatch('addStatusUpdate', report(id, '2027-01-23', 'in_progress', wrong.id)))
    expect(fixed.occurrence).toBe('2027-01-25')
    expect(await detail()).toMatchObject({ status: 'in_progress', overdue: true, commitment: { deadline: { dueDate: '2027-01-25' } } })
    // The history keeps every update, each naming its occurrence.
    expect((await detail()).updates.map((u) => [u.status, u.occurrence])).toEqual([
      ['in_progress', '2027-01-25'],
      ['completed', '2027-01-25'],
      ['completed', '2026-01-25'],
      ['completed', '2025-01-25'],
    ])
  })

  it('moves on for every commitment of a bulk update', async () => {
    const { desk, data } = await demo('2025-06-01')
    const rule = { kind: 'recurring' as const, frequency: 'quarterly' as const, until: null }
    const { id } = value<{ id: string }>(await desk.dispatch('createCommitment', newCommitment(data, { deadline: { words: 'ежеквартально', rule } })))
    const { commitmentId: _c, correctsId: _x, ...update } = report(id, '2025-06-01', 'completed')
    value(await desk.dispatch('bulkAddStatusUpdate', { ids: [id], update }))
    const detail = value<CommitmentDetail>(await desk.dispatch('getCommitment', { id }))
    expect(detail.commitment.deadline.dueDate).toBe('2024-12-31')
    expect(detail.updates[0]!.occurrence).toBe('2024-09-30')
  })
})
