// Roadmaps as they really come (fixtures/, made by electron/tools/roadmapFixtures.ts with
// LibreOffice): each is imported into the demo's roadmap with the mapping the app guesses, no row
// ticked or unticked, only the genuinely new owners decided — as a new user would.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../clock'
import { Desk } from '../desk'
import type { ImportSettings } from '../ops/contracts/imports'
import { noShell } from '../ops/handlers/context'
import { unwrap } from '../ops/errors'
import type { ImportPreview, ImportResult, ImportSource } from '../ops/views'
import type { DeadlineRule, DeskData } from '../schema'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'
import type { PreviewRow } from './preview'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname

async function importing(file: string | { text: string }) {
  const dir = await tempDir()
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseFiles: async () => [typeof file === 'string' ? fixture(file) : ''] } })
  unwrap(await desk.dispatch('loadDemo', {}))
  const data = async () => JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData
  const registry = await data()
  const document = registry.documents.find((d) => d.type === 'roadmap')!
  const source = unwrap<ImportSource>(typeof file === 'string' ? await desk.dispatch('openImportFile', {}) : await desk.dispatch('readImportText', { text: file.text, documentId: document.id }))
  const sheet = source.sheets[source.sheet]!
  const settings: ImportSettings = { token: source.token, documentId: document.id, sheet: source.sheet, headerRow: sheet.headerRow, columns: sheet.columns, fixes: {}, skip: source.suggestedSkip, owners: {}, keep: [], sectionAs: 'themes' }
  const preview = unwrap<ImportPreview>(await desk.dispatch('previewImport', { settings, offset: 0, limit: 500, only: 'all' }))
  const shortName = (id: string | null) => registry.organisations.find((o) => o.id === id)?.shortName.ru ?? null
  return { desk, data, registry, document, source, settings, preview, shortName }
}

type Expected = { clause: string; section: string; rule: DeadlineRule['kind']; due: string | null; owners: (string | null)[] }

/** The Russian roadmap, whatever file it came in: clause, section, deadline, owners (null: new to the registry). */
const RU: Expected[] = [
  { clause: 'п. 1.1', section: 'Транспорт и логистика', rule: 'quarter', due: '2025-12-31', owners: ['МТ РК', 'МИД РК'] },
  { clause: 'п. 1.2', section: 'Транспорт и логистика', rule: 'recurring', due: '2025-01-25', owners: ['МТ РК', 'МТК КР', 'МТ РУз'] },
  { clause: 'п. 1.3', section: 'Транспорт и логистика', rule: 'period', due: '2028-12-31', owners: ['МТ РК', 'МТ РТ'] },
  { clause: 'п. 2.1', section: 'Энергетика и водные ресурсы', rule: 'month', due: '2026-12-31', owners: ['МЭ РК', 'МЭ КР', 'МЭВР РТ'] },
  { clause: 'п. 2.2', section: 'Энергетика и водные ресурсы', rule: 'ongoing', due: null, owners: ['МВРИ РК', 'МВХ РУз'] },
  { clause: 'п. 2.3', section: 'Энергетика и водные ресурсы', rule: 'recurring', due: '2024-10-10', owners: ['МВРИ РК', null] },
  { clause: 'п. 3.1', section: 'Торгово-экономическое сотрудничество', rule: 'next_meeting', due: '2027-03-18', owners: ['МТИ РК', null, 'МИД РК'] },
  { clause: 'п. 3.2', section: 'Торгово-экономическое сотрудничество', rule: 'half', due: '2026-12-31', owners: ['МТИ РК', 'МИПТ РУз', 'МЭРТ РТ'] },
  { clause: 'п. 3.3', section: 'Торгово-экономическое сотрудничество', rule: 'ongoing', due: null, owners: ['МПС РК'] },
  { clause: 'п. 3.4', section: 'Торгово-экономическое сотрудничество', rule: 'year', due: '2027-12-31', owners: ['МПС РК', 'МПНТ РТ'] },
]

const EN: Expected[] = [
  { clause: '1.1', section: 'Transport and logistics', rule: 'quarter', due: '2025-12-31', owners: ['МТ РК', 'МИД РК'] },
  { clause: '1.2', section: 'Transport and logistics', rule: 'recurring', due: '2025-01-25', owners: ['МТ РК', 'МТК КР'] },
  { clause: '1.3', section: 'Transport and logistics', rule: 'period', due: '2028-12-31', owners: ['МТ РК', 'МТ РТ'] },
  { clause: '2.1', section: 'Energy', rule: 'year', due: '2026-12-31', owners: ['МЭ РК', 'МЭ КР'] },
  { clause: '2.2', section: 'Energy', rule: 'ongoing', due: null, owners: ['МВРИ РК'] },
  { clause: '2.3', section: 'Energy', rule: 'recurring', due: '2024-09-30', owners: ['МВРИ РК', 'МВХ РУз'] },
  { clause: '2.4', section: 'Energy', rule: 'next_meeting', due: '2027-03-18', owners: ['МИД РК', 'МИД КР', 'МИД РТ', 'МИД Туркменистана', 'МИД РУз'] },
  { clause: '2.5', section: 'Energy', rule: 'half', due: '2026-12-31', owners: ['МПС РК'] },
]

const commitmentsOf = (preview: ImportPreview) => preview.rows.filter((r) => r.kind === 'commitment')
const seen = (row: PreviewRow, shortName: (id: string | null) => string | null) => ({
  clause: row.clause,
  section: row.section,
  rule: row.deadline.rule.kind,
  due: row.deadline.dueDate,
  owners: row.owners.map((o) => shortName(o.organisationId)),
})

describe.each<[string, Expected[], Partial<ImportSource['notes'][number]> | null]>([
  ['roadmap-ru.docx', RU, null],
  ['roadmap-en.docx', EN, null],
  ['roadmap-ru.xlsx', RU, { code: 'sheet_chosen', sheet: 1, name: 'План мероприятий', of: 3 }],
  ['roadmap-utf8.csv', RU, { code: 'encoding', encoding: 'utf-8', source: 'bom', garbled: false }],
  ['roadmap-cp1251.csv', RU, { code: 'encoding', encoding: 'windows-1251', source: 'detected', garbled: false }],
  ['roadmap-koi8r.csv', RU, { code: 'encoding', encoding: 'koi8-r', source: 'detected', garbled: false }],
  ['roadmap-cp866.csv', RU, { code: 'encoding', encoding: 'ibm866', source: 'detected', garbled: false }],
])('%s with the guessed mapping', (file, expected, note) => {
  it('reads every commitment with its section, deadline and owners; sections, column numbers and notes are left out', async () => {
    const { source, preview, shortName } = await importing(file)
    if (note) expect(source.notes).toContainEqual(note)
    expect(commitmentsOf(preview).map((r) => seen(r, shortName))).toEqual(expected)
    expect(preview.total).toBe(expected.length)
    expect(preview.skipped).toBe(0)
    expect(preview.sections).toBe(expected === RU ? 3 : 2)
    // Column numbers, the sections and the closing note: shown, never imported.
    expect(preview.rows.filter((r) => r.kind !== 'commitment').map((r) => r.kind)).toEqual(expected === RU ? ['column_numbers', 'section', 'section', 'section', 'note'] : ['column_numbers', 'section', 'section', 'note'])
    // Owners the registry has are matched by themselves (here all of them); markers set roles.
    const known = expected.flatMap((e) => e.owners).filter((o) => o !== null).length
    const matched = commitmentsOf(preview).flatMap((r) => r.owners).filter((o) => o.decision === 'matched').length
    expect(matched / known).toBeGreaterThanOrEqual(0.9)
    // One lead per row: a marker on a later owner makes the unmarked first one a co-executor.
    expect(commitmentsOf(preview).every((r) => r.owners.filter((o) => o.role === 'lead').length === 1)).toBe(true)
    expect(preview.unknownOwners.map((o) => o.name)).toEqual(expected === RU ? ['акиматы областей, городов Астаны, Алматы и Шымкента', 'МНЭ'] : [])
  })

  it('imports every commitment in one confirm once the new owners are created, with the implied country and kind', async () => {
    const { desk, data, settings, preview, document } = await importing(file)
    const owners = Object.fromEntries(preview.unknownOwners.map((o) => [o.key, { action: 'create' as const }]))
    const result = unwrap<ImportResult>(await desk.dispatch('commitImport', { settings: { ...settings, owners } }))
    expect(result).toMatchObject({ commitments: expected.length, organisations: preview.unknownOwners.length, skipped: 0 })
    const after = await data()
    const added = after.commitments.filter((c) => c.documentId === document.id && c.createdAt.startsWith('2026-11-28'))
    expect(added.map((c) => c.clause)).toEqual(expected.map((e) => e.clause))
    expect(added.every((c, i) => c.themes.includes(expected[i]!.section))).toBe(true)
    const kz = after.countries.find((c) => c.code === 'KZ')!.id
    const created = after.organisations.filter((o) => result.organisations > 0 && o.createdAt.startsWith('2026-11-28'))
    expect(created.map((o) => ({ name: o.name.ru, short: o.shortName.ru, kind: o.kind, country: o.countryId }))).toEqual(
      expected === RU
        ? [
            { name: 'акиматы областей, городов Астаны, Алматы и Шымкента', short: '', kind: 'other', country: kz },
            { name: 'МНЭ', short: 'МНЭ', kind: 'ministry', country: kz },
          ]
        : [],
    )
    // No marker ever reaches a name.
    expect(after.organisations.filter((o) => /\(|головн|свод|согласован|lead/iu.test(o.name.ru + o.shortName.ru))).toEqual([])
  })
})

describe('roles from the markers', () => {
  it('are set by "(головной)", "(головное)", "(свод)", "(отв.)", "(lead)"; "(по согласованию)" is dropped', async () => {
    const { preview } = await importing('roadmap-ru.docx')
    const roles = (clause: string) => commitmentsOf(preview).find((r) => r.clause === clause)!.owners.map((o) => `${o.name}:${o.role}`)
    expect(roles('п. 1.2')).toEqual(['МТ РК:lead', 'МТиК КР:co_executor', 'МТ РУз:co_executor'])
    expect(roles('п. 1.3')).toEqual(['МТ РК:lead', 'МТ РТ:co_executor'])
    expect(roles('п. 2.1')).toEqual(['МЭ:lead', 'МЭ КР:co_executor', 'МЭВР РТ:co_executor'])
    expect(roles('п. 3.4')).toEqual(['Минпромстрой РК:lead', 'МПНТ РТ:co_executor'])
  })
})

describe('pasted statements', () => {
  it('name their owners (every party\'s ministries) and deadlines in the sentence; a year in a title is none', async () => {
    const { preview, shortName } = await importing({ text: await readFile(fixture('statement-ru.txt'), 'utf-8') })
    const clause = (ref: string) => preview.rows.find((r) => r.clause === ref)!
    expect(clause('п. 1')).toMatchObject({ skipped: true, deadline: { words: '', rule: { kind: 'none' } } })
    expect(clause('п. 2').deadline).toMatchObject({ words: 'до следующей Консультативной встречи', rule: { kind: 'next_meeting' }, dueDate: '2027-03-18' })
    expect(clause('п. 2').owners.map((o) => shortName(o.organisationId))).toEqual(['МИД РК', 'МИД КР', 'МИД РТ', 'МИД Туркменистана', 'МИД РУз'])
    expect(clause('п. 3').owners.map((o) => [shortName(o.organisationId), o.role])).toEqual([
      ['МЭ РК', 'lead'],
      ['МЭ КР', 'lead'],
      ['МЭ Туркменистана', 'lead'],
      ['МЭ РУз', 'lead'],
      ['МВРИ РК', 'co_executor'],
    ])
    expect(clause('п. 3').deadline).toMatchObject({ rule: { kind: 'year', year: 2026 } })
    expect(clause('п. 4').deadline).toMatchObject({ words: 'ежегодно', rule: { kind: 'recurring', frequency: 'annually' } })
    expect(preview.blocked).toBe(0)
  })

  it('in English too', async () => {
    const { preview, shortName } = await importing({ text: await readFile(fixture('statement-en.txt'), 'utf-8') })
    const clause = (ref: string) => preview.rows.find((r) => r.clause === ref)!
    expect(clause('п. 1').deadline.rule.kind).toBe('none')
    expect(clause('п. 2').owners.map((o) => shortName(o.organisationId))).toEqual(['МИД РК', 'МИД КР', 'МИД РТ', 'МИД Туркменистана', 'МИД РУз'])
    expect(clause('п. 2').deadline.rule.kind).toBe('next_meeting')
    expect(clause('п. 3')).toMatchObject({ owners: [{ role: 'lead' }], deadline: { rule: { kind: 'year', year: 2026 } } })
    expect(shortName(clause('п. 3').owners[0]!.organisationId)).toBe('МТ РК')
  })
})
