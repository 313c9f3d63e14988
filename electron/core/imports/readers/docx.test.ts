import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test-support/tempDir'
import { readDocxTables } from './docx'

const cell = (text: string, options: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ ...options, children: text.split('\n').map((line) => new Paragraph(line)) })

const row = (cells: TableCell[], tableHeader = false) => new TableRow({ tableHeader, children: cells })

/** A roadmap of a summit's agreements, with the quirks real ones have, and a second table. */
function roadmapDocument(): Document {
  return new Document({
    sections: [
      {
        children: [
          new Paragraph('План мероприятий по реализации договорённостей, достигнутых на саммите'),
          new Table({
            rows: [
              row([cell('№'), cell('Мероприятие'), cell('Срок исполнения'), cell('Ответственные исполнители'), cell('Форма завершения')], true),
              row([
                cell('1.'),
                cell('Провести заседание\nДелового совета'),
                cell('IV квартал 2025 г.'),
                cell('МИД России,\nМинэкономразвития России', { rowSpan: 2 }),
                cell('Доклад'),
              ]),
              row([
                cell('2.'),
                new TableCell({ children: [new Paragraph({ children: [new TextRun('Подготовить'), new TextRun({ text: 'соглашение', break: 1 })] })] }),
                cell('до 1 декабря 2025 г.'),
                cell('Протокол'),
              ]),
              row([cell('Раздел 2. Гуманитарное сотрудничество', { columnSpan: 5 })]),
              row([
                cell('3.'),
                cell('<script>alert(1)</script> & "кавычки" &amp;lt;'),
                new TableCell({
                  children: [
                    new Paragraph('Площадки:'),
                    new Table({ rows: [row([cell('Москва'), cell('2025')]), row([cell('Казань'), cell('')])] }),
                  ],
                }),
                cell(''),
                cell(''),
              ]),
            ],
          }),
          new Paragraph('Приложение'),
          new Table({ rows: [row([cell('Участник'), cell('Страна')]), row([cell('Делегация'), cell('Казахстан')])] }),
        ],
      },
    ],
  })
}

const ROADMAP_ROWS = [
  ['№', 'Мероприятие', 'Срок исполнения', 'Ответственные исполнители', 'Форма завершения'],
  ['1.', 'Провести заседание\nДелового совета', 'IV квартал 2025 г.', 'МИД России,\nМинэкономразвития России', 'Доклад'],
  ['2.', 'Подготовить\nсоглашение', 'до 1 декабря 2025 г.', 'МИД России,\nМинэкономразвития России', 'Протокол'],
  Array(5).fill('Раздел 2. Гуманитарное сотрудничество'),
  ['3.', '<script>alert(1)</script> & "кавычки" &amp;lt;', 'Площадки:\nМосква | 2025\nКазань'],
]

const APPENDIX_ROWS = [
  ['Участник', 'Страна'],
  ['Делегация', 'Казахстан'],
]

async function toBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document))
}

const soffice = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'soffice')).find((path) => existsSync(path))

describe('readDocxTables', () => {
  it('reads every table: Cyrillic, line breaks, merged cells repeated, nested tables as text, markup as literal text', async () => {
    const table = await readDocxTables(await toBytes(roadmapDocument()))
    expect(table.sheets).toEqual([
      { name: 'Table 1', rows: ROADMAP_ROWS },
      { name: 'Table 2', rows: APPENDIX_ROWS },
    ])
    expect(table.notes).toEqual([
      { code: 'merged_cells_filled', sheet: 0, row: 1, column: 3, rows: 2, columns: 1 },
      { code: 'merged_cells_filled', sheet: 0, row: 3, column: 0, rows: 1, columns: 5 },
    ])
  })

  it.skipIf(!soffice)('reads a document saved by LibreOffice (skipped when soffice is not on PATH)', { timeout: 120_000 }, async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'out'))
    await writeFile(join(dir, 'roadmap.docx'), await toBytes(roadmapDocument()))
    await promisify(execFile)(
      soffice ?? 'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'roadmap.docx')],
      { timeout: 100_000 },
    )
    const table = await readDocxTables(new Uint8Array(await readFile(join(dir, 'out', 'roadmap.docx'))))
    expect(table.sheets).toEqual([
      { name: 'Table 1', rows: ROADMAP_ROWS },
      { name: 'Table 2', rows: APPENDIX_ROWS },
    ])
  })

  it('keeps a cell of 1 MB whole', async () => {
    const big = 'Мероприятие по реализации договорённостей. '.repeat(24_000).trim()
    const document = new Document({ sections: [{ children: [new Table({ rows: [row([cell('1.'), cell(big)])] })] }] })
    const table = await readDocxTables(await toBytes(document))
    expect(table.sheets[0]?.rows).toEqual([['1.', big]])
  })

  it('refuses a document without tables, or with empty ones only, with no_table', async () => {
    const withoutTables = new Document({ sections: [{ children: [new Paragraph('Только текст')] }] })
    await expect(readDocxTables(await toBytes(withoutTables))).rejects.toMatchObject({ code: 'no_table' })
    const emptyTable = new Document({ sections: [{ children: [new Table({ rows: [row([cell(''), cell(' ')])] })] }] })
    await expect(readDocxTables(await toBytes(emptyTable))).rejects.toMatchObject({ code: 'no_table' })
  })

  it('reports a file cut in half as truncated', async () => {
    const bytes = await toBytes(roadmapDocument())
    await expect(readDocxTables(bytes.subarray(0, bytes.length / 2))).rejects.toMatchObject({ code: 'truncated' })
  })

  it('reports damaged XML inside a whole archive, or a zip that is no document, as unreadable', async () => {
    const files = unzipSync(await toBytes(roadmapDocument()))
    const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array())
    files['word/document.xml'] = strToU8(documentXml.slice(0, documentXml.length / 2))
    await expect(readDocxTables(zipSync(files))).rejects.toMatchObject({ code: 'unreadable' })
    await expect(readDocxTables(zipSync({ 'notes.txt': strToU8('не документ') }))).rejects.toMatchObject({ code: 'unreadable' })
  })
})
