// Upgrading a version 2 data file (written by an earlier release, with a brief issued once) through
// version 3 to version 4: briefs made for distribution.
import { copyFile, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../store/backups'
import { migrate, migrationChain } from '../store/migrations'
import { storePaths } from '../store/paths'
import { openStore } from '../store/store'
import { fixedClock, tempDir } from '../test-support/tempDir'
import { CURRENT_SCHEMA_VERSION, DeskData, type BriefSection } from './index'
import { findBrokenReferences } from './references'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const v2 = async () => JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: unknown }
const of = <K extends BriefSection['kind']>(sections: BriefSection[], kind: K) => sections.find((s): s is Extract<BriefSection, { kind: K }> => s.kind === kind)!

describe('a version 2 file', () => {
  it('becomes a valid current file: talking points as items, sections for the delegation and uncleared, versions the whole pack', async () => {
    const file = await v2()
    expect(file.schemaVersion).toBe(2)
    const data = DeskData.parse(migrate(2, file.data, migrationChain))
    expect(findBrokenReferences(data)).toEqual([])

    expect(data.settings.briefLayout).toEqual({ margins: { top: 20, right: 10, bottom: 20, left: 20 }, pageNumbers: 'top', city: { ru: '', en: '' }, emblem: null })
    const [brief] = data.briefs
    expect(brief).toMatchObject({ coverClearance: false, carriedFrom: '', copies: [] })
    const sections = brief!.sections
    expect(sections.map((s) => [s.kind, s.audience, s.clearance])).toEqual([
      ['cover', 'shared', null],
      ['contents', 'shared', null],
      ['addendum', 'delegation', null],
      ['programme', 'shared', null],
      ['steering', 'delegation', null],
      ['agenda_items', 'delegation', null],
      ['commitments_annex', 'delegation', null],
      ['upcoming_deadlines', 'delegation', null],
      ['country_notes', 'delegation', null],
      ['counterparts', 'delegation', null],
      ['logistics', 'delegation', null],
      ['annexes', 'delegation', null],
    ])
    // Each paragraph and each bullet line of the old text is one talking point.
    const steering = of(sections, 'steering')
    expect(steering.objectives).toBe('Закрепить договорённости.')
    expect(steering.keyMessages.map((p) => p.text)).toEqual(['Вступление к тезисам.\nПродолжение.', 'Транзит без задержек', 'Сроки реальны', 'Итог.'])
    expect(steering.keyMessages.every((p) => p.audience === null && !p.resolved && !p.carried)).toBe(true)
    expect(new Set([...steering.keyMessages, ...steering.defensiveLines].map((p) => p.id)).size).toBe(5)
    expect(steering.defensiveLines.map((p) => p.text)).toEqual(['Тарифы обсуждаются'])
    expect(of(sections, 'agenda_items').items[0]!.pointsToMake.map((p) => p.text)).toEqual(['Поддержать проект', 'Предложить рабочую группу'])
    expect(of(sections, 'commitments_annex')).toMatchObject({ audiences: {}, carried: [] })
    expect(of(sections, 'counterparts')).toMatchObject({ audiences: {} })

    // The issued version is the whole pack as it was laid out then: "Страница X из Y" at the foot.
    const [version] = brief!.issued
    expect(version).toMatchObject({ number: 1, edition: 'principal' })
    expect(version!.content).toMatchObject({ edition: 'principal', layout: { pageNumbers: 'foot' }, letterhead: { organisation: '', emblem: null, place: '' } })
    const before = (file.data as { briefs: { issued: { content: { sections: unknown } }[] }[] }).briefs[0]!.issued[0]!.content.sections
    expect(version!.content.sections).toEqual(before)
  })

  it('is upgraded on opening, after a backup of it as it was', async () => {
    const dir = await tempDir()
    await copyFile(FIXTURE, storePaths(dir).dataFile)
    const outcome = await openStore({ dataDir: dir, now: fixedClock('2026-11-28T10:00:00.000Z') })
    if (outcome.kind !== 'ready') throw new Error(`Not opened: ${JSON.stringify(outcome.reason)}`)
    expect(outcome.notices).toEqual([])
    expect(outcome.store.data.briefs[0]!.copies).toEqual([])
    const written = JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')) as { schemaVersion: number }
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    const [backup] = (await listBackups(storePaths(dir))).filter((b) => b.name.includes(`pre-migration-v${CURRENT_SCHEMA_VERSION}`))
    expect(await readFile(backup!.path, 'utf-8')).toBe(await readFile(FIXTURE, 'utf-8'))
  })
})
