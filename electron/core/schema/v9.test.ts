// Upgrading to version 9: every reminder on, a week before, never seen; every commitment without
// steps; the other records and the rest of the settings as they were; the new members are
// refused by version 8 (so an older app says "newer version").
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { migrate, migrationChain } from '../store/migrations'
import { DeskData } from './index'
import { DeskDataV8 } from './v8'
import { DeskDataV9 } from './v9'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const v2 = async () => JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: Record<string, unknown> }

describe('a version 8 file, upgraded to version 9', () => {
  it('reminds of every kind of date a week before, has seen none yet, and keeps the rest', async () => {
    const v8 = migrate(2, (await v2()).data, { ...migrationChain, target: 8 }) as Record<string, unknown> & { settings: Record<string, unknown> }
    const data = DeskData.parse(migrate(8, structuredClone(v8), migrationChain))
    expect(data.settings.reminders).toEqual({ daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null })
    const { reminders: _reminders, ...settings } = data.settings
    expect(settings).toEqual(v8.settings)
    const commitments = v8.commitments as Record<string, unknown>[]
    expect(commitments.length).toBeGreaterThan(0)
    expect(data.commitments).toEqual(commitments.map((c) => ({ ...c, milestones: [] })))
    expect(data.statusUpdates).toEqual(v8.statusUpdates)
    expect(data.reports).toEqual([])
  })

  it('makes every brief a pack in one language, as it was', async () => {
    const v8 = migrate(2, (await v2()).data, { ...migrationChain, target: 8 }) as { briefs: Record<string, unknown>[] }
    expect(v8.briefs.length).toBeGreaterThan(0)
    expect(v8.briefs.every((b) => !('parallelLanguage' in b))).toBe(true)
    const data = DeskDataV9.parse(migrate(8, structuredClone(v8), { ...migrationChain, target: 9 }))
    expect(data.briefs.map((b) => b.parallelLanguage)).toEqual(v8.briefs.map(() => null))
    expect(data.briefs.map(({ parallelLanguage: _p, ...rest }) => rest)).toEqual(v8.briefs)
  })

  it('gives the versions of commitments kept as merge bases no steps either', async () => {
    const v8 = migrate(2, (await v2()).data, { ...migrationChain, target: 8 }) as { commitments: { id: string; _rev: string }[]; history: { bases: Record<string, unknown[]> } }
    const [c] = v8.commitments
    v8.history.bases[c!.id] = [{ ...c }]
    const data = DeskData.parse(migrate(8, v8, migrationChain))
    expect(data.history.bases[c!.id]).toEqual([{ ...c, milestones: [] }])
  })

  it('keeps a commitment’s steps, and version 8 refuses them', async () => {
    const data = DeskData.parse(migrate(2, (await v2()).data, migrationChain))
    const step = { id: '00000003-0000-4000-8000-000000000001', text: 'Согласовать проект', organisationId: null, dueDate: '2026-03-01', done: false }
    const withSteps = { ...data, commitments: data.commitments.map((c, i) => (i === 0 ? { ...c, milestones: [step] } : c)) }
    expect(DeskData.parse(withSteps).commitments[0]!.milestones).toEqual([step])
    const withMilestones = (milestones: unknown[]) => ({ ...withSteps, commitments: [{ ...withSteps.commitments[0]!, milestones }] })
    expect(DeskData.safeParse(withMilestones([{ ...step, text: ' ' }])).success).toBe(false)
    // A step is ticked off by its id: two of one id are refused.
    expect(DeskData.safeParse(withMilestones([step, { ...step, text: 'Подписать' }])).error?.issues.map((i) => i.message)).toEqual(['validation.duplicateStep'])
    expect(DeskData.safeParse(withMilestones(Array.from({ length: 51 }, (_v, n) => ({ ...step, id: `00000003-0000-4000-8000-${String(n).padStart(12, '0')}` })))).success).toBe(false)
    const { reminders: _reminders, ...v8Settings } = data.settings
    const { reports: _reports, ...v8Data } = data
    const v8Briefs = data.briefs.map(({ parallelLanguage: _p, translations: _t, ...b }) => b)
    expect(DeskDataV8.safeParse({ ...v8Data, briefs: v8Briefs, settings: v8Settings, commitments: data.commitments.map(({ milestones: _m, ...c }) => c) }).success).toBe(true)
    expect(DeskDataV8.safeParse({ ...v8Data, briefs: v8Briefs, settings: v8Settings, commitments: withSteps.commitments }).success).toBe(false)
  })

  it('refuses a lead time outside 0–90 days, and version 8 refuses the reminders', async () => {
    const data = DeskData.parse(migrate(2, (await v2()).data, migrationChain))
    const withDays = (daysBefore: number) => ({ ...data, settings: { ...data.settings, reminders: { ...data.settings.reminders, daysBefore } } })
    expect(DeskData.safeParse(withDays(0)).success).toBe(true)
    expect(DeskData.safeParse(withDays(90)).success).toBe(true)
    expect(DeskData.safeParse(withDays(91)).success).toBe(false)
    expect(DeskData.safeParse(withDays(1.5)).success).toBe(false)
    expect(DeskDataV8.safeParse(data).success).toBe(false)
  })
})

describe('outputs in Kazakh and Uzbek', () => {
  it('are valid in version 9 (a brief, its issued content and a request), and refused by version 8', async () => {
    const data = DeskData.parse(migrate(2, (await v2()).data, migrationChain))
    const brief = data.briefs[0]!
    expect(brief.issued.length).toBeGreaterThan(0)
    const kazakh = {
      ...data,
      briefs: [{ ...brief, language: 'kk', issued: brief.issued.map((v) => ({ ...v, content: { ...v.content, language: 'kk' } })) }],
      updateRequests: [{ id: brief.id, createdAt: brief.createdAt, updatedAt: brief.updatedAt, sample: false, organisationId: brief.id, organisationName: 'ҚР Көлік министрлігі', subject: 'Жол картасы', sentOn: '2026-11-28', replyBy: '2026-12-15', language: 'uz', items: [{ commitmentId: brief.id, lastUpdateId: null }], reply: null }],
    }
    expect(DeskData.safeParse(kazakh).success).toBe(true)
    // Version 9's other members taken off: only the languages are left for version 8 to refuse.
    const { reports: _reports, ...beforeReports } = kazakh
    const v8 = DeskDataV8.safeParse({ ...beforeReports, commitments: data.commitments.map(({ milestones: _m, ...c }) => c), settings: (({ reminders: _r, ...rest }) => rest)(data.settings) })
    expect(v8.success).toBe(false)
    // Nor does version 8 know a brief's second language (the key refused at 'briefs.0').
    expect(v8.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['briefs.0', 'briefs.0.issued.0.content.language', 'briefs.0.language', 'updateRequests.0.language'])
    // Version 4's rule on copies still holds in version 9's brief.
    const copy = { id: brief.id, version: 99, number: 1, recipient: 'Министру', issuedOn: '2026-11-28', medium: 'pdf', watermark: false, state: 'held', stateOn: null }
    expect(DeskData.safeParse({ ...kazakh, briefs: [{ ...kazakh.briefs[0]!, copies: [copy] }] }).error!.issues[0]!.message).toBe('validation.noSuchVersion')
  })
})
