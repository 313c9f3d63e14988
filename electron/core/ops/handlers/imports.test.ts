import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import iconv from 'iconv-lite'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import type { Commitment, DeskData, ImportField } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import type { ImportSettings } from '../contracts/imports'
import { unwrap as value } from '../errors'
import type { ImportPreview, ImportResult, ImportSource } from '../views'
import { noShell } from './context'

/** A roadmap as ministries send them: №, measure, deadline, responsible, completion form — in this column order. */
const ROADMAP = [
  ['№', 'Наименование мероприятия', 'Ответственные исполнители', 'Срок исполнения', 'Форма завершения'],
  ['1.', 'Разработать проект соглашения о мультимодальных перевозках', 'МТ РК (отв.), МИД РК', 'IV квартал 2026 г.', 'Проект соглашения'],
  ['2.', 'Провести заседание рабочей группы по цифровизации транзита', 'Минцифры Узбекистана', 'до 1 марта 2027 г.', 'Протокол'],
  ['3.', '', 'МТ РК', '2027 год', 'Доклад'],
  ['4.', 'Обеспечить обмен данными о грузах', 'МТ РК; мтк кр', 'по мере возможности', 'Информация'],
]

async function roadmapDocx(rows: string[][]): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.LEFT })] })
  const doc = new Document({ sections: [{ children: [new Paragraph('Дорожная карта'), new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })] }] })
  return Packer.toBuffer(doc)
}

async function deskWith(files: string[]) {
  const dir = await tempDir()
  const queue = [...files]
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseFiles: async () => [queue.shift()!] } })
  value(await desk.dispatch('loadDemo', {}))
  const data = () => readFile(storePaths(dir).dataFile, 'utf-8').then((t) => JSON.parse(t).data as DeskData)
  const document = (await data()).documents.find((d) => d.type === 'roadmap')!
  return { desk, dir, data, document }
}

const settingsOf = (source: ImportSource, documentId: string, extra: Partial<ImportSettings> = {}): ImportSettings => ({
  token: source.token,
  documentId,
  sheet: source.sheet,
  headerRow: source.sheets[source.sheet]!.headerRow,
  columns: source.sheets[source.sheet]!.columns,
  fixes: {},
  skip: source.suggestedSkip,
  owners: {},
  keep: [],
  sectionAs: 'themes',
  ...extra,
})

describe('importing a roadmap table from Word', () => {
  it('finds the header in any column order, parses deadlines, matches owners, and marks what is wrong', async () => {
    const dir = await tempDir()
    const file = join(dir, 'Дорожная карта.docx')
    await writeFile(file, await roadmapDocx(ROADMAP))
    const { desk, data, document, dir: dataDir } = await deskWith([file])
    const source = value<ImportSource>(await desk.dispatch('openImportFile', {}))
    expect(source.fileName).toBe('Дорожная карта.docx')
    expect(source.sheets[0]!.headerRow).toBe(0)
    expect(source.sheets[0]!.columns).toEqual<ImportField[]>(['clause', 'text', 'owners', 'deadline', 'completionForm'])

    const preview = value<ImportPreview>(await desk.dispatch('previewImport', { settings: settingsOf(source, document.id), offset: 0, limit: 100, only: 'all' }))
    expect(preview.total).toBe(4)
    const [first, second, third, fourth] = preview.rows
    const orgs = (await data()).organisations
    const mt = orgs.find((o) => o.shortName.ru === 'МТ РК')!
    expect(first).toMatchObject({ clause: 'п. 1', deadline: { words: 'IV квартал 2026 г.', rule: { kind: 'quarter', year: 2026, quarter: 4 }, dueDate: '2026-12-31' }, problems: [] })
    expect(first!.owners).toEqual([
      { name: 'МТ РК', role: 'lead', organisationId: mt.id, decision: 'matched' },
      { name: 'МИД РК', role: 'co_executor', organisationId: orgs.find((o) => o.shortName.ru === 'МИД РК')!.id, decision: 'matched' },
    ])
    expect(second!.problems).toEqual(['owner_unknown'])
    expect(third!.problems).toEqual(['no_text'])
    expect(fourth!.problems).toContain('deadline_unrecognised')
    expect(preview.unknownOwners).toEqual([{ key: 'минцифры узбекистана', name: 'Минцифры Узбекистана', rows: 1 }])
    expect(preview.blocked).toBe(2)
    expect(preview.blockedRows).toEqual([2, 3])

    // Owners in any case: "мтк кр" is the Kyrgyz ministry.
    expect(fourth!.owners[1]).toMatchObject({ organisationId: orgs.find((o) => o.shortName.ru === 'МТК КР')!.id, role: 'co_executor' })

    // Nothing is written while rows are blocked.
    const before = await readFile(storePaths(dataDir).dataFile, 'utf-8')
    expect(await desk.dispatch('commitImport', { settings: settingsOf(source, document.id) })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(await readFile(storePaths(dataDir).dataFile, 'utf-8')).toBe(before)

    // Fix the empty text, create the unknown ministry: one confirm saves all four.
    const settings = settingsOf(source, document.id, { fixes: { '3': { text: 'Подготовить доклад о ходе реализации' } }, owners: { 'минцифры узбекистана': { action: 'create' } } })
    const result = value<ImportResult>(await desk.dispatch('commitImport', { settings }))
    expect(result).toMatchObject({ commitments: 4, organisations: 1, skipped: 0 })
    const after = await data()
    const added = after.commitments.filter((c) => c.documentId === document.id && c.createdAt.startsWith('2026-11-28'))
    expect(added.map((c) => c.clause)).toEqual(['п. 1', 'п. 2', 'п. 3', 'п. 4'])
    expect(added[2]!.text).toBe('Подготовить доклад о ходе реализации')
    expect(after.organisations.find((o) => o.name.ru === 'Минцифры Узбекистана')).toBeDefined()
    expect(after.settings.importLayouts[0]!.columns).toEqual(source.sheets[0]!.columns)

    // One step back: everything the import added goes, nothing else.
    value(await desk.dispatch('undoImport', { batchId: result.batchId }))
    const undone = await data()
    expect(undone.commitments).toHaveLength(after.commitments.length - 4)
    expect(undone.organisations).toHaveLength(after.organisations.length - 1)
  })

  it('maps a remembered layout by itself, and will not take back an import that was worked on since', async () => {
    const dir = await tempDir()
    const first = join(dir, 'a.docx')
    const second = join(dir, 'b.docx')
    await writeFile(first, await roadmapDocx([ROADMAP[0]!, ROADMAP[1]!]))
    await writeFile(second, await roadmapDocx([ROADMAP[0]!, ROADMAP[1]!]))
    const { desk, document, data } = await deskWith([first, second])
    const source = value<ImportSource>(await desk.dispatch('openImportFile', {}))
    // The user maps the completion form column away.
    const columns: ImportField[] = ['clause', 'text', 'owners', 'deadline', 'ignore']
    const result = value<ImportResult>(await desk.dispatch('commitImport', { settings: settingsOf(source, document.id, { columns }) }))
    const again = value<ImportSource>(await desk.dispatch('openImportFile', {}))
    expect(again.sheets[0]).toMatchObject({ remembered: true, columns })

    const added = (await data()).commitments.find((c) => c.text.startsWith('Разработать проект соглашения'))!
    const { id, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input } = added as Commitment
    value(await desk.dispatch('updateCommitment', { id, input: { ...input, deadline: { words: input.deadline.words, rule: input.deadline.rule }, priority: true } }))
    expect(await desk.dispatch('undoImport', { batchId: result.batchId })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })
})

describe('importing a CSV', () => {
  // A big import: the default 5 s is too short on a loaded machine (speed is the bench's business).
  it('reads Windows-1251 and imports 5,000 rows in one change', { timeout: 60_000 }, async () => {
    const dir = await tempDir()
    const lines = ['№;Мероприятие;Срок;Ответственный']
    for (let i = 1; i <= 5000; i++) lines.push(`${i};Провести мероприятие номер ${i} по развитию транзита;${(i % 4) + 1} квартал 2027 г.;МТ РК`)
    const file = join(dir, 'plan.csv')
    await writeFile(file, iconv.encode(lines.join('\r\n'), 'windows-1251'))
    const { desk, document, data } = await deskWith([file])
    const source = value<ImportSource>(await desk.dispatch('openImportFile', {}))
    expect(source.notes).toContainEqual(expect.objectContaining({ code: 'encoding', encoding: 'windows-1251' }))
    const preview = value<ImportPreview>(await desk.dispatch('previewImport', { settings: settingsOf(source, document.id), offset: 0, limit: 10, only: 'problems' }))
    expect(preview).toMatchObject({ total: 5000, blocked: 0, matching: 0, rows: [] })
    const before = (await data()).commitments.length
    value(await desk.dispatch('commitImport', { settings: settingsOf(source, document.id) }))
    const after = await data()
    expect(after.commitments.length - before).toBe(5000)
    expect(after.commitments.at(-1)).toMatchObject({ clause: 'п. 5000', deadline: { rule: { kind: 'quarter', year: 2027, quarter: 1 } } })
  })
})

describe('importing pasted text', () => {
  it('splits it into clauses and suggests which are commitments', async () => {
    const { desk, document } = await deskWith([])
    const text = 'Главы государств,\n\nотмечая важность сотрудничества,\n\n1. Поручают правительствам разработать программу развития транзита.\n2. Приветствуют проведение форума.\n3. Договорились провести следующую встречу в 2027 году.'
    const source = value<ImportSource>(await desk.dispatch('readImportText', { text, documentId: document.id }))
    expect(source.kind).toBe('text')
    const preview = value<ImportPreview>(await desk.dispatch('previewImport', { settings: settingsOf(source, document.id), offset: 0, limit: 100, only: 'all' }))
    const taken = preview.rows.filter((r) => !r.skipped).map((r) => r.clause)
    expect(taken).toContain('п. 1')
    expect(taken).not.toContain('')
    // The deadline a clause names is read out of its text.
    expect(preview.rows.find((r) => r.clause === 'п. 3')!.deadline).toMatchObject({ words: 'в 2027 году', rule: { kind: 'year', year: 2027 }, dueDate: '2027-12-31' })
  })
})
