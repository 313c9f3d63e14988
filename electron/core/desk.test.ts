import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { clockFrom } from './clock'
import { Desk } from './desk'
import { operationNames } from './ops/contract'
import { unwrap as value } from './ops/errors'
import { createHandlers, DESK_OPERATIONS } from './ops/handlers'
import { noShell, type ShellServices } from './ops/handlers/context'
import type { Progress } from './ops/progress'
import type { AppStatus, CommitmentList, Dashboard } from './ops/views'
import { CURRENT_SCHEMA_VERSION } from './schema'
import { storePaths } from './store/paths'
import { openStore } from './store/store'
import { tempDir } from './test-support/tempDir'

const open = async (dir?: string) => Desk.open({ dataDir: dir ?? (await tempDir()), clock: clockFrom('2026-11-28') })
async function demoDesk() {
  const dir = await tempDir()
  const desk = await open(dir)
  value(await desk.dispatch('loadDemo', {}))
  return { desk, dir }
}

describe('the operation boundary', () => {
  it('answers an unknown operation with a typed error', async () => {
    const desk = await open()
    expect(await desk.dispatch('dropEverything', {})).toEqual({
      ok: false,
      error: { code: 'unknown_operation', message: 'Unknown operation: dropEverything', issues: [] },
    })
    expect(await desk.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } })
  })

  it('rejects invalid arguments, names the field, and writes nothing', async () => {
    const { desk, dir } = await demoDesk()
    const before = await readFile(storePaths(dir).dataFile, 'utf-8')
    const bad = await desk.dispatch('updateSettings', { language: 'fr' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_arguments', issues: [{ path: 'language' }] } })
    const extra = await desk.dispatch('updateSettings', { language: 'en', isAdmin: true })
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(await desk.dispatch('queryCommitments', 'everything')).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(await readFile(storePaths(dir).dataFile, 'utf-8')).toBe(before)
  })

  it('refuses an organisation that does not exist and changes nothing', async () => {
    const { desk } = await demoDesk()
    const before = value<AppStatus>(await desk.dispatch('getStatus', {})).settings
    const result = await desk.dispatch('updateSettings', { ourOrganisationId: '20000000-0000-4000-8000-00000000ffff' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_arguments', issues: [{ path: 'ourOrganisationId', message: 'validation.unknownRef' }] } })
    expect(value<AppStatus>(await desk.dispatch('getStatus', {})).settings).toEqual(before)
  })

  it('has a handler for every operation it declares, and no other', async () => {
    const dir = await tempDir()
    const outcome = await openStore({ dataDir: dir, now: () => new Date() })
    if (outcome.kind !== 'ready') throw new Error('the store did not open')
    const handlers = createHandlers({ store: outcome.store, clock: () => new Date(), shell: noShell, today: () => '2026-11-28', status: () => { throw new Error('unused') } })
    // The Desk answers its own operations (status, cancel, the lock), even when the data is blocked or locked.
    expect(Object.keys(handlers).sort()).toEqual(operationNames.filter((n) => !(DESK_OPERATIONS as readonly string[]).includes(n)).sort())
    expect(Object.values(handlers).every((h) => typeof h === 'function')).toBe(true)
  })
})

describe('first run', () => {
  it('loads the demo only into an empty folder', async () => {
    const dir = await tempDir()
    const desk = await open(dir)
    expect(value<AppStatus>(await desk.dispatch('getStatus', {})).state).toBe('first_run')
    const status = value<AppStatus>(await desk.dispatch('loadDemo', {}))
    expect(status.state).toBe('ready')
    expect(status.sampleRecords).toBeGreaterThan(0)
    const onDisk = JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8'))
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(onDisk.data.documents).toHaveLength(8)
    expect(await desk.dispatch('loadDemo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('can start empty', async () => {
    const dir = await tempDir()
    const desk = await open(dir)
    const status = value<AppStatus>(await desk.dispatch('startEmpty', {}))
    expect(status.state).toBe('ready')
    expect(status.sampleRecords).toBe(0)
    expect(await readdir(dir)).toContain('delegation-desk.json')
  })

  it('can start empty with who we are: our country and organisation, the organisation ours', async () => {
    const desk = await open()
    const us = {
      country: { code: 'UZ', name: { ru: 'Узбекистан', en: 'Uzbekistan' } },
      organisation: { name: { ru: 'Министерство транспорта', en: 'Ministry of Transport' }, shortName: { ru: 'Минтранс', en: 'MoT' }, kind: 'ministry' as const },
    }
    value(await desk.dispatch('startEmpty', { us }))
    const [country] = value<{ id: string; code: string }[]>(await desk.dispatch('listCountries', {}))
    const [organisation] = value<{ id: string; countryId: string; name: unknown }[]>(await desk.dispatch('listOrganisations', {}))
    expect(country).toMatchObject(us.country)
    expect(organisation).toMatchObject({ ...us.organisation, countryId: country!.id, parentId: null })
    expect(value<{ ourOrganisationId: string }>(await desk.dispatch('getSettings', {})).ourOrganisationId).toBe(organisation!.id)
  })

  it('refuses who we are without a name, and stays a first run', async () => {
    const desk = await open()
    const us = { country: { code: 'uz', name: { ru: '', en: '' } }, organisation: { name: { ru: '', en: '' }, shortName: { ru: '', en: '' }, kind: 'ministry' } }
    expect(await desk.dispatch('startEmpty', { us })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(value<AppStatus>(await desk.dispatch('getStatus', {})).state).toBe('first_run')
  })
})

describe('a blocked data file', () => {
  it('still answers getStatus with the reason and refuses everything else', async () => {
    const dir = await tempDir()
    await writeFile(storePaths(dir).dataFile, JSON.stringify({ schemaVersion: 99, data: {} }))
    const desk = await open(dir)
    const status = value<AppStatus>(await desk.dispatch('getStatus', {}))
    expect(status.state).toBe('blocked')
    expect(status.blockReason).toMatchObject({ kind: 'newer_version', fileVersion: 99 })
    expect(await desk.dispatch('queryCommitments', {})).toMatchObject({ ok: false, error: { code: 'blocked' } })
  })
})

describe('dashboard', () => {
  it("counts our organisation's commitments by status and lists the overdue ones, oldest first", async () => {
    const { desk } = await demoDesk()
    const dashboard = value<Dashboard>(await desk.dispatch('getDashboard', {}))
    const mine = value<CommitmentList>(await desk.dispatch('queryCommitments', { mine: 'any' })).items
    expect(dashboard.today).toBe('2026-11-28')
    expect(dashboard.total).toBe(mine.length)
    expect(Object.values(dashboard.byStatus).reduce((a, b) => a + b, 0)).toBe(mine.length)
    expect(dashboard.byDocument.reduce((a, b) => a + b.count, 0)).toBe(mine.length)
    expect(dashboard.overdue).toBe(mine.filter((r) => r.overdue).length)
    expect(dashboard.overdue).toBeGreaterThanOrEqual(3)
    const dues = dashboard.overdueItems.map((r) => r.deadline.dueDate!)
    expect(dues).toEqual([...dues].sort())
    expect(dues.every((d) => d < '2026-11-28')).toBe(true)
    // Each number is what the list shows with the same filter.
    const count = async (query: object) => value<CommitmentList>(await desk.dispatch('queryCommitments', { mine: 'any', ...query })).items.length
    expect(dashboard.dueIn90).toBe(await count({ dueWithin: 90 }))
    expect(dashboard.dueIn30).toBe(await count({ dueWithin: 30 }))
    expect(dashboard.dueIn90).toBeGreaterThanOrEqual(3)
    // "Changed since" defaults to the last meeting held: the VI Consultative Meeting.
    expect(dashboard.since).toBe('2024-08-09')
    expect(dashboard.changes.completed).toBe(await count({ changedSince: '2024-08-09', change: 'completed' }))
  })

  it('counts the commitments we lead apart from those we own in any role, and deadlines by month as the list filters them', async () => {
    const { desk } = await demoDesk()
    const any = value<Dashboard>(await desk.dispatch('getDashboard', {}))
    const lead = value<Dashboard>(await desk.dispatch('getDashboard', { mine: 'lead' }))
    const count = async (query: object) => value<CommitmentList>(await desk.dispatch('queryCommitments', query)).items.length
    expect(lead.mine).toBe('lead')
    expect(lead.total).toBe(await count({ mine: 'lead' }))
    expect(lead.total).toBeGreaterThan(0)
    expect(lead.total).toBeLessThan(any.total)
    expect(any.dueByMonth.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10'])
    for (const m of any.dueByMonth) expect(m.count).toBe(await count({ mine: 'any', dueMonth: m.month, overdue: false }))
    expect(any.dueByMonth.some((m) => m.count > 0)).toBe(true)
    expect(await desk.dispatch('queryCommitments', { dueMonth: '2026-13' })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
  })

  it('follows a change of our organisation', async () => {
    const { desk } = await demoDesk()
    const orgs = value<{ id: string; name: { en: string } }[]>(await desk.dispatch('listOrganisations', {}))
    const unrcca = orgs.find((o) => o.name.en.includes('Preventive Diplomacy'))!
    value(await desk.dispatch('updateSettings', { ourOrganisationId: unrcca.id }))
    const dashboard = value<Dashboard>(await desk.dispatch('getDashboard', {}))
    expect(dashboard.ourOrganisation?.id).toBe(unrcca.id)
    expect(dashboard.total).toBe(value<CommitmentList>(await desk.dispatch('queryCommitments', { mine: 'any' })).items.length)
  })
})

describe('results of changes', () => {
  // A result taken from inside a change must still be readable once the change is saved.
  it('can be serialised like the IPC does', async () => {
    const { desk } = await demoDesk()
    const orgs = value<{ id: string }[]>(await desk.dispatch('listOrganisations', {}))
    const settings = await desk.dispatch('updateSettings', { ourOrganisationId: orgs[1]!.id, language: 'en' })
    expect(structuredClone(settings)).toMatchObject({ ok: true, value: { ourOrganisationId: orgs[1]!.id, language: 'en' } })
    const country = value<{ id: string }>(await desk.dispatch('createCountry', { code: 'MN', name: { ru: 'Монголия', en: 'Mongolia' } }))
    const updated = await desk.dispatch('updateCountry', { id: country.id, input: { code: 'MN', name: { ru: 'Монголия', en: 'Mongolia (updated)' } } })
    expect(structuredClone(updated)).toMatchObject({ ok: true, value: { id: country.id, name: { en: 'Mongolia (updated)' } } })
  })
})

describe('long calls', () => {
  /** A shell whose PDF is laid out only when the test says so. */
  function slowPdfShell(savePath: string) {
    let finish!: () => void
    const laidOut = new Promise<void>((resolve) => (finish = resolve))
    const shell = { ...noShell, chooseSavePath: async () => savePath, briefPdf: async () => (await laidOut, new TextEncoder().encode('%PDF-1.7')) }
    return { shell, finish }
  }

  async function deskWithBrief(shell: ShellServices) {
    const dir = await tempDir()
    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell })
    value(await desk.dispatch('loadDemo', {}))
    const meeting = value<{ id: string }[]>(await desk.dispatch('listMeetings', {}))[0]!
    const brief = value<{ id: string }>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    return { desk, dir, brief }
  }

  it('report their steps to the caller, in order', async () => {
    const out = join(await tempDir(), 'brief.pdf')
    const { shell, finish } = slowPdfShell(out)
    const { desk, brief } = await deskWithBrief(shell)
    const steps: Progress[] = []
    const saving = desk.dispatch('saveBriefPdf', { id: brief.id, version: null }, { callId: 'c1', onProgress: (p) => steps.push(p) })
    await vi.waitFor(() => expect(steps.map((s) => s.step)).toEqual(['layout']))
    expect(steps[0]!.cancellable).toBe(true)
    finish()
    expect(await saving).toEqual({ ok: true, value: { path: out } })
    expect(steps.map((s) => [s.step, s.cancellable])).toEqual([['layout', true], ['writing', false]])
  })

  it('stop on cancel while nothing is written yet, and write nothing', async () => {
    const outDir = await tempDir()
    const { shell, finish } = slowPdfShell(join(outDir, 'brief.pdf'))
    const { desk, brief } = await deskWithBrief(shell)
    const steps: Progress[] = []
    const saving = desk.dispatch('saveBriefPdf', { id: brief.id, version: null }, { callId: 'c2', onProgress: (p) => steps.push(p) })
    await vi.waitFor(() => expect(steps).toHaveLength(1))
    expect(value(await desk.dispatch('cancelCall', { callId: 'c2' }))).toEqual({ cancelled: true })
    finish()
    expect(await saving).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(await readdir(outDir)).toEqual([])
    // A call that is over, or never was, is not cancelled.
    expect(value(await desk.dispatch('cancelCall', { callId: 'c2' }))).toEqual({ cancelled: false })
  })
})
