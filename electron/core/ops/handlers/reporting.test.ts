// The reporting loop through the Desk: requests for a document saved as one archive (a workbook and
// a letter per owner), a workbook filled, sorted and cut as a clerk would, reviewed and applied.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { DEMO_TODAY } from '../../demo/demoData'
import { Desk } from '../../desk'
import type { DeskData } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import type { ReplyReviewView, UpdateRequestView } from '../contracts/reporting'
import { unwrap as value } from '../errors'
import { noShell } from './context'

const DOCUMENT = '00000006-0000-4000-8000-000000000007'

async function desk() {
  const dir = await tempDir()
  const saves: string[] = []
  const chosen: string[] = []
  const opened: string[] = []
  const d = await Desk.open({ dataDir: dir, clock: clockFrom(DEMO_TODAY), shell: { ...noShell, chooseSavePath: async () => saves.shift() ?? null, chooseFiles: async () => chosen.splice(0, 1), openPath: async (path) => void opened.push(path) } })
  value(await d.dispatch('loadDemo', {}))
  const data = async () => JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData
  return { desk: d, dir, saves, chosen, opened, data }
}

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

describe('requests for updates', () => {
  it('makes one workbook and one letter per owner, records the requests, and nothing when the save is cancelled', async () => {
    const { desk: d, dir, saves, data } = await desk()
    const args = { query: { documentId: DOCUMENT }, replyBy: '2026-12-15', language: 'ru' as const }
    expect(value(await d.dispatch('createUpdateRequests', args))).toBeNull()
    expect((await data()).updateRequests).toEqual([])

    saves.push(join(dir, 'requests.zip'))
    const made = value<{ requests: number }>(await d.dispatch('createUpdateRequests', args))
    const { commitments, settings } = await data()
    const owners = new Set(commitments.filter((c) => c.documentId === DOCUMENT).flatMap((c) => c.owners.map((o) => o.organisationId)))
    owners.delete(settings.ourOrganisationId!)
    expect(made.requests).toBe(owners.size)
    const files = unzipSync(new Uint8Array(await readFile(join(dir, 'requests.zip'))))
    const names = Object.keys(files)
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(owners.size)
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(owners.size)

    const requests = value<UpdateRequestView[]>(await d.dispatch('listUpdateRequests', {}))
    expect(requests.map((r) => r.state)).toEqual(requests.map(() => 'sent'))
    const first = requests.find((r) => names[0]!.includes(r.organisationName))!
    const sheet = (await load(files[names.find((n) => n.startsWith(names[0]!.slice(0, 3)) && n.endsWith('.xlsx'))!]!)).worksheets[0]!
    expect(sheet.getColumn(1).hidden).toBe(true)
    expect(sheet.getCell('A4').value).toBe(first.items[0]!.commitmentId)
    expect(sheet.getCell('H4').protection?.locked).toBe(false)
    expect(sheet.getCell('D4').protection?.locked).not.toBe(false)
    expect(sheet.getCell('H4').dataValidation).toMatchObject({ type: 'list' })
    expect(sheet.getCell('I4').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 100] })
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true)
  })

  it('in Kazakh: the workbook’s headings, drop-down and note and the letter are Kazakh, and a reply with the drop-down’s words reads back', async () => {
    const { desk: d, dir, saves, chosen } = await desk()
    saves.push(join(dir, 'requests.zip'))
    value(await d.dispatch('createUpdateRequests', { query: { documentId: DOCUMENT }, replyBy: '2026-12-15', language: 'kk' }))
    const files = unzipSync(new Uint8Array(await readFile(join(dir, 'requests.zip'))))
    const requests = value<UpdateRequestView[]>(await d.dispatch('listUpdateRequests', {}))
    expect(requests.map((r) => r.language)).toEqual(requests.map(() => 'kk'))
    const name = Object.keys(files).find((n) => n.startsWith('001') && n.endsWith('.xlsx'))!
    const request = requests.find((r) => name.includes(r.organisationName))!
    const workbook = await load(files[name]!)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('Сұрау')
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining(['Тармақ', 'Тапсырма', 'Мәртебесі', 'Орындалды, %', 'Кешігу себебі', 'Растайтын материалдар']))
    expect(sheet.getCell('B2').value).toContain('Қайтару мерзімі: 2026 жылғы 15 желтоқсан.')
    expect(sheet.getCell('H4').dataValidation.formulae).toEqual(['"Басталған жоқ,Орындалуда,Орындалды,Кешіктірілуде,Күші жойылды / ауыстырылды,Мәлімет жоқ"'])
    const letter = new TextDecoder().decode(unzipSync(files[name.replace(/\.xlsx$/, '.docx')]!)['word/document.xml']!)
    expect(letter).toContain('Орындалу барысы туралы ақпарат сұрау')
    expect(letter).toContain('Ұсыну мерзімі: 2026 жылғы 15 желтоқсан.')

    // The clerk picks from the drop-down: its Kazakh words.
    const [a, b] = request.items.map((i) => i.commitmentId)
    const keyed = (id: string) => sheet.getRows(4, request.items.length)!.find((r) => r.getCell(1).value === id)!
    keyed(a!).getCell(8).value = 'Орындалды'
    keyed(a!).getCell(9).value = 100
    keyed(b!).getCell(8).value = 'Кешіктірілуде'
    keyed(b!).getCell(11).value = 'Тараптардың келісімі күтілуде'
    const filled = join(dir, 'reply.xlsx')
    await writeFile(filled, new Uint8Array(await workbook.xlsx.writeBuffer()))
    chosen.push(filled)
    const review = value<ReplyReviewView>(await d.dispatch('openReply', { requestId: request.id }))
    expect(review.rows.find((r) => r.row === keyed(a!).number)!.update).toMatchObject({ status: 'completed', progress: 100 })
    expect(review.rows.find((r) => r.row === keyed(b!).number)!.update).toMatchObject({ status: 'delayed', delayReason: 'Тараптардың келісімі күтілуде' })
  })

  it('reads a reply sorted and cut by the clerk: statuses in words, bad cells and foreign rows named, all added at once and undoable', async () => {
    const { desk: d, dir, saves, chosen, opened, data } = await desk()
    saves.push(join(dir, 'requests.zip'))
    value(await d.dispatch('createUpdateRequests', { query: {}, replyBy: '2026-12-15', language: 'ru' }))
    const requests = value<UpdateRequestView[]>(await d.dispatch('listUpdateRequests', {}))
    const request = [...requests].sort((a, b) => b.items.length - a.items.length)[0]!
    expect(request.items.length).toBeGreaterThanOrEqual(6)
    const files = unzipSync(new Uint8Array(await readFile(join(dir, 'requests.zip'))))
    const index = [...requests].sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'ru')).indexOf(request)
    const name = Object.keys(files).find((n) => n.startsWith(String(index + 1).padStart(3, '0')) && n.endsWith('.xlsx'))!
    const workbook = await load(files[name]!)
    const sheet = workbook.worksheets[0]!
    const keyed = (id: string) => sheet.getRows(4, request.items.length)!.find((r) => r.getCell(1).value === id)!
    const [a, b, c, e, gone] = request.items.map((i) => i.commitmentId)
    // The clerk sorts the rows (the last first), deletes one, types a status by hand, writes text where a percentage belongs.
    const values = sheet.getRows(4, request.items.length)!.map((r) => r.values as ExcelJS.CellValue[])
    values.reverse().forEach((v, i) => (sheet.getRow(4 + i).values = v))
    sheet.spliceRows(keyed(gone!).number, 1)
    keyed(a!).getCell(8).value = 'выполнено'
    keyed(a!).getCell(9).value = 100
    keyed(a!).getCell(10).value = 'Соглашение подписано'
    keyed(b!).getCell(8).value = 'in progress'
    keyed(b!).getCell(9).value = '40%'
    keyed(b!).getCell(11).value = 'Ждём согласования сторон'
    keyed(c!).getCell(8).value = 'почти готово'
    keyed(e!).getCell(8).value = 'задержка'
    keyed(e!).getCell(9).value = 'много'
    const extra = sheet.addRow(['', 99, 'п. 99', 'Добавлено вручную', '', '', '', 'в работе'])
    const filled = join(dir, 'reply.xlsx')
    await writeFile(filled, new Uint8Array(await workbook.xlsx.writeBuffer()))

    // One of the commitments asked about is deleted before the reply comes back.
    const deleted = request.items[5]!.commitmentId
    value(await d.dispatch('deleteCommitment', { id: deleted }))

    // A letter came first: it answers the request, and the workbook that follows still applies.
    const letterFile = join(dir, 'Письмо Минфина.docx')
    await writeFile(letterFile, 'PK подписанное письмо')
    expect(value(await d.dispatch('attachRequestLetters', { requestId: request.id }))).toBeNull()
    chosen.push(letterFile)
    const byLetter = value<UpdateRequestView>(await d.dispatch('attachRequestLetters', { requestId: request.id }))
    expect(byLetter).toMatchObject({ state: 'answered', reply: { receivedOn: DEMO_TODAY, fileName: 'Письмо Минфина.docx', updateIds: [] }, letters: [{ fileName: 'Письмо Минфина.docx' }] })

    chosen.push(filled)
    const review = value<ReplyReviewView>(await d.dispatch('openReply', { requestId: request.id }))
    const row = (id: string) => review.rows.find((r) => r.row === keyed(id).number)!
    expect(review.openedFor).toBeNull()
    expect(row(a!).update).toMatchObject({ status: 'completed', progress: 100, narrative: 'Соглашение подписано' })
    expect(row(b!).update).toMatchObject({ status: 'in_progress', progress: 40, narrative: '', delayReason: 'Ждём согласования сторон' })
    expect(row(c!)).toMatchObject({ problems: ['status_unknown'], update: null, statusText: 'почти готово' })
    // A delay without its reason is named with the bad percentage.
    expect(row(e!)).toMatchObject({ problems: ['progress_invalid', 'reason_missing'], update: null })
    expect(review.rows.find((r) => r.row === extra.number)).toMatchObject({ problems: ['not_requested'], update: null })
    expect(review.rows.find((r) => r.row === keyed(deleted).number)).toMatchObject({ problems: ['deleted'], update: null })
    expect(review.adds).toBe(2)
    // Nothing is saved by the review.
    expect((await data()).statusUpdates.filter((u) => u.author === request.organisationName)).toEqual([])

    expect(value(await d.dispatch('applyReply', { token: review.token }))).toEqual({ added: 2 })
    const after = await data()
    const added = after.statusUpdates.filter((u) => u.author === request.organisationName && u.source === 'self_report')
    expect(added.map((u) => [u.commitmentId, u.status, u.progress, u.date]).sort()).toEqual(
      [
        [a, 'completed', 100, DEMO_TODAY],
        [b, 'in_progress', 40, DEMO_TODAY],
      ].sort(),
    )
    expect(after.updateRequests.find((r) => r.id === request.id)!.reply).toEqual({ receivedOn: DEMO_TODAY, fileName: 'reply.xlsx', updateIds: expect.arrayContaining(added.map((u) => u.id)) })
    // The same review cannot be applied twice.
    expect(await d.dispatch('applyReply', { token: review.token })).toMatchObject({ ok: false, error: { code: 'not_found' } })

    expect(value(await d.dispatch('undoReply', { requestId: request.id }))).toEqual({ removed: 2 })
    const undone = await data()
    expect(undone.statusUpdates).toHaveLength(after.statusUpdates.length - 2)
    expect(undone.updateRequests.find((r) => r.id === request.id)!.reply).toBeNull()
    // The letter stays with the request, and opens from the data folder's copy.
    value(await d.dispatch('openRequestLetter', { requestId: request.id, fileId: byLetter!.letters![0]!.id }))
    expect(await readFile(opened[0]!, 'utf-8')).toBe('PK подписанное письмо')
    expect(opened[0]!.startsWith(dir)).toBe(true)

    // The same workbook opened from another request's row says so; one the app did not make is refused by name.
    chosen.push(filled)
    const other = requests.find((r) => r.id !== request.id)!
    expect(value<ReplyReviewView>(await d.dispatch('openReply', { requestId: other.id })).openedFor).toBe(other.organisationName)
    const foreign = join(dir, 'table.xlsx')
    const plain = new ExcelJS.Workbook()
    plain.addWorksheet('Лист1').addRow(['п. 1', 'выполнено'])
    await writeFile(foreign, new Uint8Array(await plain.xlsx.writeBuffer()))
    chosen.push(foreign)
    expect(await d.dispatch('openReply', {})).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name: 'table.xlsx', reason: 'reporting:replyFile.not_ours' } } })
  })
})
