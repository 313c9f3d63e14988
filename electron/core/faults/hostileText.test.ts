// Hostile text — formulas, markup, template syntax, control and bidirectional characters, quotes
// and delimiters — typed into records, then through every file the core writes for other
// programs: CSV, Excel, the calendar, Word, an exchange package. Each file must be well formed
// for its reader, nothing in it may run, and the text must come back as the user typed it (save
// what a format cannot carry: control characters, and the apostrophe that defuses a formula).
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { assembleBrief } from '../briefs/assemble'
import { newBrief } from '../briefs/defaults'
import { briefToDocx } from '../briefs/docx'
import { DEMO_TODAY, buildDemoData } from '../demo/demoData'
import { queryCommitments } from '../domain/commitmentQuery'
import { plainCodec } from '../crypto/seal'
import { packExchange } from '../exchange/pack'
import { FileStore } from '../files/sourceFiles'
import { readExchange } from '../exchange/read'
import { commitmentsTable } from '../exports/commitmentsTable'
import { commitmentsToCsv } from '../exports/csv'
import { deadlinesToIcs } from '../exports/ics'
import { commitmentsToXlsx } from '../exports/xlsx'
import { tempDir } from '../test-support/tempDir'

const HOSTILE = [
  '=HYPERLINK("http://evil.example/","нажмите")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '<script>alert("x")</script> <w:p/> ]]> &amp; &lt;b&gt;',
  '{{count}} ${process.env.HOME} %s %n',
  'Согласовано;=1+1,+2 "в кавычках" \\ обратная черта',
  'перевод\r\nстроки\rи\nещё',
  'управляющие\u0000символы\u001b[31m\u0007',
  'обратное\u202Eнаправление',
  'эмодзи 🇰🇿 и 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
]

// eslint-disable-next-line no-control-regex -- what no format may carry
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
/** The text as a file can carry it: control characters (other than tab and line breaks) left out. */
const carried = (text: string) => text.replace(CONTROL, '')

function hostileData() {
  const data = buildDemoData()
  const ours = data.settings.ourOrganisationId!
  const mine = data.commitments.filter((c) => c.owners.some((o) => o.organisationId === ours) && c.deadline.dueDate).slice(0, HOSTILE.length)
  mine.forEach((c, i) => {
    c.text = HOSTILE[i]!
    c.summary = { ru: HOSTILE[i]!, en: HOSTILE[i]! }
    c.themes = [HOSTILE[i]!]
  })
  return { data, ids: mine.map((c) => c.id), ours }
}

describe('hostile text through every file the core writes', () => {
  it('CSV: parses back cell by cell, formulas defused', () => {
    const { data, ids } = hostileData()
    const items = queryCommitments(data, {}, { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }).items
    const table = commitmentsTable(data, items, 'ru')
    const text = table.columns.findIndex((c) => c.key === 'text')
    const rows = Papa.parse<string[]>(commitmentsToCsv(table).toString('utf-8').slice(1), { delimiter: ';', skipEmptyLines: true }).data.slice(1)
    for (const [i, id] of ids.entries()) {
      const cell = rows[items.findIndex((it) => it.id === id)]![text]!
      // A formula start gets an apostrophe; a formula after a delimiter inside gets a space.
      expect(cell.replace(/^'/, '').replace(/([;,]) (?=[=+\-@])/g, '$1')).toBe(HOSTILE[i])
      expect(cell).not.toMatch(/^[=+\-@]/)
    }
  })

  it('Excel: text cells that read back as written, never as formulas, in a workbook Excel can open', async () => {
    const { data, ids } = hostileData()
    const items = queryCommitments(data, {}, { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }).items
    const table = commitmentsTable(data, items, 'ru')
    const bytes = await commitmentsToXlsx(table)
    // Every part is well-formed XML 1.0: no character the format forbids.
    for (const [name, part] of Object.entries(unzipSync(new Uint8Array(bytes)))) {
      if (name.endsWith('.xml')) expect(strFromU8(part), name).not.toMatch(CONTROL)
    }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]!
    const text = table.columns.findIndex((c) => c.key === 'text') + 1
    for (const [i, id] of ids.entries()) {
      const cell = sheet.getRow(items.findIndex((it) => it.id === id) + 2).getCell(text)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      // XML reads every line break as a line feed.
      expect(cell.value).toBe(carried(HOSTILE[i]!).replace(/\r\n?/g, '\n'))
    }
  })

  it('calendar: one well-formed event each, the text escaped and unfolded back to what was typed', () => {
    const { data, ids, ours } = hostileData()
    const ics = deadlinesToIcs(data, { organisationId: ours, language: 'ru', now: new Date('2026-11-28T10:00:00Z') })
    expect(ics.replaceAll('\r\n', '')).not.toMatch(CONTROL)
    const unfolded = ics.replace(/\r\n /g, '')
    for (const id of ids) expect(unfolded).toContain(`UID:${id}@delegation-desk`)
    // No line breaks inside a value: every line is a property or a continuation.
    for (const line of unfolded.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z-]+[;:]/)
  })

  it('Word: well-formed parts, the markup and formulas there as text', async () => {
    const { data } = hostileData()
    const meeting = data.meetings.find((m) => m.number === 6)!
    const brief = { ...newBrief(data, meeting, 'ru', DEMO_TODAY, null), id: crypto.randomUUID(), createdAt: '', updatedAt: '', issued: [], copies: [] }
    const doc = assembleBrief(data, brief, DEMO_TODAY)
    const parts = unzipSync(new Uint8Array(await briefToDocx({ ...doc, emblemImage: null, copy: { number: 1, recipient: HOSTILE[0]!, watermark: true } })))
    const body = strFromU8(parts['word/document.xml']!)
    for (const [name, part] of Object.entries(parts)) {
      if (name.endsWith('.xml')) expect(strFromU8(part), name).not.toMatch(CONTROL)
    }
    expect(body).not.toContain('<script>')
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(body).not.toMatch(/<w:fldSimple[^>]*HYPERLINK/)
  })

  it('exchange: the records arrive exactly as they were', async () => {
    const { data, ids } = hostileData()
    const bytes = await packExchange(data, { kind: 'all' }, { files: new FileStore(await tempDir(), plainCodec), now: new Date('2026-11-28T10:00:00Z'), fromName: HOSTILE[5]! })
    const read = readExchange(bytes)
    for (const [i, id] of ids.entries()) {
      const c = read.records.commitments.find((r) => r.id === id)!
      expect([c.text, c.summary.ru, c.themes[0]]).toEqual([HOSTILE[i], HOSTILE[i], HOSTILE[i]])
    }
    expect(read.manifest.from.name).toBe(HOSTILE[5])
  })
})
