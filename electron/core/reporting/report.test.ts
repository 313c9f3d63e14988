// The implementation report of a document: the summary counts what the list shows, the table has
// a row per commitment with its owner's report, and the matrix gives each co-executor's own status.
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { briefToDocx } from '../briefs/docx'
import { DEMO_TODAY, buildDemoData } from '../demo/demoData'
import { generateData } from '../demo/generate'
import { queryCommitments } from '../domain/commitmentQuery'
import type { BriefBlock, OutputLanguage } from '../schema'
import { MATRIX_COLUMNS, implementationReport, reportToXlsx } from './report'

const DOCUMENT = '00000006-0000-4000-8000-000000000004'

/** `kazakhReply`: the co-executor named in Kazakh, its reply come through a request in Kazakh (which names it so). */
function report(language: OutputLanguage = 'ru', kazakhReply = false) {
  const data = buildDemoData()
  const items = queryCommitments(data, { documentId: DOCUMENT }, { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }).items
  // One co-executor reports on the first commitment it shares, as an applied reply records it.
  const first = data.commitments.find((c) => c.id === items[0]!.id)!
  const owner = data.organisations.find((o) => o.id === first.owners.find((x) => x.organisationId !== data.settings.ourOrganisationId)!.organisationId)!
  if (kazakhReply) owner.name = { ...owner.name, kk: 'Сыртқы істер министрлігі' }
  // A new array, as the store's every change gives one (the histories are cached per array).
  data.statusUpdates = [
    ...data.statusUpdates,
    {
    id: crypto.randomUUID(),
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    commitmentId: first.id,
    date: DEMO_TODAY,
    author: kazakhReply ? owner.name.kk! : owner.name.ru,
    source: 'self_report',
    status: 'delayed',
    progress: 30,
    confidence: null,
    narrative: 'Согласование затянулось',
    evidence: [{ fileId: null, reference: 'Письмо № 12-34', page: '' }],
    files: [{ id: crypto.randomUUID(), fileName: 'Протокол согласования.pdf', storedPath: `files/${'b'.repeat(64)}/Протокол согласования.pdf`, sha256: 'b'.repeat(64), size: 2048, addedAt: '2026-11-28T10:00:00.000Z' }],
    correctsId: null,
    occurrence: null,
    },
  ]
  // Our own later assessment differs: the co-executor's cell must still show what it reported itself.
  if (kazakhReply) data.statusUpdates = [...data.statusUpdates, { ...data.statusUpdates.at(-1)!, id: crypto.randomUUID(), date: DEMO_TODAY, createdAt: '2026-11-28T11:00:00.000Z', updatedAt: '2026-11-28T11:00:00.000Z', author: 'Секретариат', source: 'assessment', status: 'in_progress', evidence: [], files: [] }]
  // The second has two steps, one done: its progress rolls up from them, and the other is next.
  const stepped = items[1]!.id
  const step = (n: number, text: string, dueDate: string | null, done: boolean) => ({ id: `00000003-0000-4000-8000-00000000000${n}`, text, organisationId: null, dueDate, done })
  data.commitments = data.commitments.map((c) => (c.id === stepped ? { ...c, milestones: [step(1, 'Подготовить проект', '2026-10-01', true), step(2, 'Согласовать с МИД', '2026-12-15', false)] } : c))
  const fresh = queryCommitments(data, { documentId: DOCUMENT }, { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }).items
  return { data, items: fresh, owner, at: fresh.findIndex((i) => i.id === first.id), stepped: fresh.findIndex((i) => i.id === stepped), doc: implementationReport(data, fresh, { subject: 'Дорожная карта', language, today: DEMO_TODAY, since: '2026-01-01', previous: null }) }
}

const tableOf = (blocks: BriefBlock[]) => blocks.find((b): b is Extract<BriefBlock, { type: 'table' }> => b.type === 'table')!

describe('the implementation report', () => {
  it('sums up, lists by clause and shows each co-executor’s latest status', () => {
    const { items, owner, doc, at, stepped } = report()
    const [cover, summary, byClause, matrix] = doc.sections
    expect(cover!.kind).toBe('cover')
    expect(doc.cover).toEqual([{ label: 'По состоянию на', value: '28 ноября 2026 г.' }])
    const facts = summary!.blocks[0] as Extract<BriefBlock, { type: 'facts' }>
    expect(facts.rows[0]).toEqual({ label: 'Всего поручений', value: String(items.length) })
    const statusRows = facts.rows.slice(1, -2)
    expect(statusRows.reduce((sum, r) => sum + Number(r.value), 0)).toBe(items.length)
    expect(facts.rows.at(-2)).toEqual({ label: 'Просрочено', value: String(items.filter((i) => i.overdue).length) })
    expect(facts.rows.at(-1)!.label).toBe('Выполнено с 1 января 2026 г.')

    const table = tableOf(byClause!.blocks)
    expect(table.rows).toHaveLength(items.length)
    expect(table.rows[at]!.cells[4]).toBe('С задержкой, 30% (28.11.2026)\nСогласование затянулось')
    expect(table.rows[at]!.cells[6]).toBe('Письмо № 12-34\nПротокол согласования.pdf')
    expect(table.columns.slice(7).map((c) => c.title)).toEqual(['Выполнено, %', 'Следующий этап'])
    // Without steps, the latest update's progress and no next step; with them, the share done and the step.
    expect(table.rows[at]!.cells.slice(7)).toEqual(['30', ''])
    expect(table.rows[stepped]!.cells.slice(7)).toEqual(['50', 'Согласовать с МИД\n15.12.2026'])

    const grid = tableOf(matrix!.blocks)
    const column = grid.columns.findIndex((c) => c.title === (owner.shortName.ru || owner.name.ru))
    expect(column).toBeGreaterThan(0)
    expect(grid.rows[at]!.cells[column]).toBe('С задержкой')
    expect(grid.rows.every((r) => r.cells.length === grid.columns.length)).toBe(true)
  })

  it('takes a co-executor’s own report by any of its names, its Kazakh one too', () => {
    const { owner, doc, at } = report('ru', true)
    const grid = tableOf(doc.sections[3]!.blocks)
    expect(grid.rows[at]!.cells[grid.columns.findIndex((c) => c.title === (owner.shortName.ru || owner.name.ru))]).toBe('С задержкой')
  })

  it('reads back from Word and Excel with the same tables', async () => {
    const { doc, items, at, stepped } = report()
    const word = strFromU8(unzipSync(new Uint8Array(await briefToDocx({ ...doc, emblemImage: null, copy: null })))['word/document.xml']!)
    expect(word).toContain('Информация о ходе исполнения: Дорожная карта')
    expect(word).toContain('Согласование затянулось')
    expect(word).toContain('Согласовать с МИД')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await reportToXlsx(doc)) as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Сводка', 'Ход исполнения по пунктам', 'Исполнение по организациям'])
    expect(book.worksheets[0]!.getCell('B1').value).toBe(items.length)
    expect(book.worksheets[1]!.rowCount).toBe(items.length + 1)
    expect(book.worksheets[1]!.getCell(`E${at + 2}`).value).toBe('С задержкой, 30% (28.11.2026)\nСогласование затянулось')
    expect(book.worksheets[1]!.getCell(`I${stepped + 2}`).value).toBe('Согласовать с МИД\n15.12.2026')
  })
})

describe('the implementation report in Kazakh and Uzbek', () => {
  const expected = {
    kk: {
      title: 'Орындалу барысы туралы ақпарат: Дорожная карта',
      sections: ['Жиынтық', 'Тармақтар бойынша орындалуы', 'Ұйымдар бойынша орындалу'],
      asOf: { label: 'Жағдай күні', value: '2026 жылғы 28 қараша' },
      total: 'Тапсырмалардың барлығы',
      since: 'Орындалды (кезең басы: 2026 жылғы 1 қаңтар)',
      columns: ['Тармақ', 'Тапсырма', 'Орындаушылар', 'Мерзімі', 'Орындаушының есебі', 'Біздің бағамыз', 'Растау', 'Орындалды, %', 'Келесі кезең'],
      delayed: 'Кешіктірілуде',
    },
    uz: {
      title: 'Ijro borishi toʻgʻrisida maʼlumot: Дорожная карта',
      sections: ['Yigʻma maʼlumot', 'Bandlar boʻyicha ijro borishi', 'Tashkilotlar boʻyicha ijro'],
      asOf: { label: 'Holat sanasi', value: '2026-yil 28-noyabr' },
      total: 'Jami topshiriqlar',
      since: '2026-yil 1-yanvardan beri bajarilgan',
      columns: ['Band', 'Topshiriq', 'Ijrochilar', 'Muddat', 'Ijrochining hisoboti', 'Bizning baholashimiz', 'Tasdiq', 'Bajarildi, %', 'Keyingi bosqich'],
      delayed: 'Kechikish bilan',
    },
  }
  for (const language of ['kk', 'uz'] as const) {
    it(`in ${language}: its title, summary, headings and statuses in that language, the owner’s words as written`, async () => {
      const { doc, at } = report(language)
      const want = expected[language]
      expect(doc.title).toBe(want.title)
      expect(doc.sections.slice(1).map((s) => s.title)).toEqual(want.sections)
      expect(doc.cover).toEqual([want.asOf])
      const facts = doc.sections[1]!.blocks[0] as Extract<BriefBlock, { type: 'facts' }>
      expect(facts.rows[0]!.label).toBe(want.total)
      expect(facts.rows.at(-1)!.label).toBe(want.since)
      const table = tableOf(doc.sections[2]!.blocks)
      expect(table.columns.map((c) => c.title)).toEqual(want.columns)
      expect(table.rows[at]!.cells[4]).toBe(`${want.delayed}, 30% (28.11.2026)\nСогласование затянулось`)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load((await reportToXlsx(doc)) as unknown as ArrayBuffer)
      expect(book.worksheets.map((s) => s.name)).toEqual(want.sections)
    })
  }
})

describe('the implementation report at 2,000 commitments and 200 co-executors', () => {
  it('splits the matrix into parts of a few organisations, each with their commitments only, and goes to Word', async () => {
    const data = generateData(2000)
    const template = data.organisations.find((o) => o.id !== data.settings.ourOrganisationId)!
    const owners = Array.from({ length: 200 }, (_, i) => ({ ...template, id: crypto.randomUUID(), name: { ru: `Министерство № ${i + 1}`, en: `Ministry No. ${i + 1}` }, shortName: { ru: `М-${i + 1}`, en: `M-${i + 1}` } }))
    data.organisations.push(...owners)
    // Each commitment led by one ministry and shared with the next one.
    data.commitments.forEach((c, i) => {
      c.owners = [
        { organisationId: owners[i % 200]!.id, role: 'lead' },
        { organisationId: owners[(i + 1) % 200]!.id, role: 'co_executor' },
      ]
    })
    const items = queryCommitments(data, {}, { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }).items
    expect(items).toHaveLength(2000)
    const doc = implementationReport(data, items, { subject: 'Все', language: 'ru', today: DEMO_TODAY, since: null, previous: null })

    const matrix = doc.sections.at(-1)!
    const tables = matrix.blocks.filter((b): b is Extract<BriefBlock, { type: 'table' }> => b.type === 'table')
    expect(tables).toHaveLength(Math.ceil(200 / MATRIX_COLUMNS))
    expect(matrix.blocks[0]).toEqual({ type: 'heading', level: 3, text: `Организации 1–${MATRIX_COLUMNS} из 200` })
    expect(tables.every((t) => t.columns.length <= MATRIX_COLUMNS + 1)).toBe(true)
    // Every commitment × owner pair is in exactly one part, and a part has no row without one of its organisations.
    const statuses = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.slice(1).filter((cell) => cell !== '—')))
    expect(statuses).toHaveLength(2000 * 2)
    expect(tables.every((t) => t.rows.every((r) => r.cells.slice(1).some((cell) => cell !== '—')))).toBe(true)

    const word = strFromU8(unzipSync(new Uint8Array(await briefToDocx({ ...doc, emblemImage: null, copy: null })))['word/document.xml']!)
    expect(word).toContain(`Организации 199–200 из 200`)
    expect(word).toContain('М-200')
    // The cover's and the summary's facts, the table by clause and the matrix's parts, each a table of its own.
    expect(word.split('<w:tbl>').length - 1).toBe(3 + tables.length)
  }, 60_000)
})
