// Upgrading to version 9: every reminder on, a week before, never seen; records and the rest of
// the settings as they were; the new member is refused by version 8 (so an older app says
// "newer version").
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { migrate, migrationChain } from '../store/migrations'
import { DeskData } from './index'
import { DeskDataV8 } from './v8'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const v2 = async () => JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: Record<string, unknown> }

describe('a version 8 file, upgraded to version 9', () => {
  it('reminds of every kind of date a week before, has seen none yet, and keeps the rest', async () => {
    const v8 = migrate(2, (await v2()).data, { ...migrationChain, target: 8 }) as Record<string, unknown> & { settings: Record<string, unknown> }
    const data = DeskData.parse(migrate(8, structuredClone(v8), migrationChain))
    expect(data.settings.reminders).toEqual({ daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null })
    const { reminders: _reminders, ...settings } = data.settings
    expect(settings).toEqual(v8.settings)
    expect(data.commitments).toEqual(v8.commitments)
    expect(data.reports).toEqual([])
  })

  it('makes every brief a pack in one language, as it was', async () => {
    const v8 = migrate(2, (await v2()).data, { ...migrationChain, target: 8 }) as { briefs: Record<string, unknown>[] }
    expect(v8.briefs.length).toBeGreaterThan(0)
    expect(v8.briefs.every((b) => !('parallelLanguage' in b))).toBe(true)
    const data = DeskData.parse(migrate(8, structuredClone(v8), migrationChain))
    expect(data.briefs.map((b) => b.parallelLanguage)).toEqual(v8.briefs.map(() => null))
    expect(data.briefs.map(({ parallelLanguage: _p, ...rest }) => rest)).toEqual(v8.briefs)
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
    const { reports: _reports, ...beforeReports } = kazakh
    const v8 = DeskDataV8.safeParse({ ...beforeReports, settings: (({ reminders: _r, ...rest }) => rest)(data.settings) })
    expect(v8.success).toBe(false)
    // Nor does version 8 know a brief's second language (the key refused at 'briefs.0').
    expect(v8.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['briefs.0', 'briefs.0.issued.0.content.language', 'briefs.0.language', 'updateRequests.0.language'])
    // Version 4's rule on copies still holds in version 9's brief.
    const copy = { id: brief.id, version: 99, number: 1, recipient: 'Министру', issuedOn: '2026-11-28', medium: 'pdf', watermark: false, state: 'held', stateOn: null }
    expect(DeskData.safeParse({ ...kazakh, briefs: [{ ...kazakh.briefs[0]!, copies: [copy] }] }).error!.issues[0]!.message).toBe('validation.noSuchVersion')
  })
})
