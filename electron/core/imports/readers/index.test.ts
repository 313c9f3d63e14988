import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test-support/tempDir'
import { MAX_FILE_BYTES, MAX_UNPACKED_BYTES, readTableFile } from './index'

async function docxBytes(): Promise<Uint8Array> {
  const cells = ['Мероприятие', 'Срок'].map((text) => new TableCell({ children: [new Paragraph(text)] }))
  const document = new Document({ sections: [{ children: [new Table({ rows: [new TableRow({ children: cells })] })] }] })
  return new Uint8Array(await Packer.toBuffer(document))
}

async function xlsxBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('План').addRow(['Мероприятие', 'Срок'])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const ROW = [['Мероприятие', 'Срок']]

/** The first bytes of every OLE2 compound file, then a directory entry name in UTF-16 as such files keep them. */
function compoundFile(streamName = ''): Uint8Array {
  const header = new Uint8Array(512)
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  return new Uint8Array([...header, ...Buffer.from(streamName, 'utf16le'), ...new Uint8Array(64)])
}

const soffice = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'soffice')).find((path) => existsSync(path))

describe('readTableFile', () => {
  it('reads Word, Excel, CSV and text files by their extension', async () => {
    expect((await readTableFile('План.docx', await docxBytes())).sheets).toEqual([{ name: 'Table 1', rows: ROW }])
    expect((await readTableFile('План.xlsx', await xlsxBytes())).sheets).toEqual([{ name: 'План', rows: ROW }])
    expect((await readTableFile('План.CSV', strToU8('Мероприятие;Срок'))).sheets[0]?.rows).toEqual(ROW)
    expect((await readTableFile('План.txt', strToU8('Мероприятие\tСрок'))).sheets[0]?.rows).toEqual(ROW)
  })

  it('goes by the bytes when the extension is wrong', async () => {
    expect((await readTableFile('План.csv', await xlsxBytes())).sheets[0]?.name).toBe('План')
    expect((await readTableFile('План.doc', await docxBytes())).sheets[0]?.rows).toEqual(ROW)
    expect((await readTableFile('План.xlsm', await xlsxBytes())).sheets[0]?.rows).toEqual(ROW)
  })

  it('passes the encoding and delimiter the user chose to the CSV reader', async () => {
    const table = await readTableFile('План.csv', iconv.encode('Мероприятие,Срок', 'windows-1251'), { encoding: 'windows-1251', delimiter: ',' })
    expect(table.sheets[0]?.rows).toEqual(ROW)
    expect(table.notes).toEqual([
      { code: 'encoding', encoding: 'windows-1251', source: 'option', garbled: false },
      { code: 'delimiter', delimiter: ',', source: 'option' },
    ])
  })

  it('reports a password-protected .docx or .xlsx (an OLE2 file, not a zip) as password_protected', async () => {
    await expect(readTableFile('Дорожная карта.xlsx', compoundFile())).rejects.toMatchObject({ code: 'password_protected' })
    await expect(readTableFile('Дорожная карта.docx', compoundFile('EncryptionInfo'))).rejects.toMatchObject({ code: 'password_protected' })
    await expect(readTableFile('Дорожная карта.doc', compoundFile('EncryptedPackage'))).rejects.toMatchObject({ code: 'password_protected' })
  })

  it('refuses legacy .doc and .xls as unsupported, asking for .docx or .xlsx', async () => {
    for (const [name, bytes] of [['План.doc', compoundFile()], ['План.xls', compoundFile('Workbook')], ['План.docx', compoundFile('WordDocument')]] as const) {
      await expect(readTableFile(name, bytes)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('.docx or .xlsx') })
    }
  })

  // Only Writer is needed: a .doc is the legacy case users meet most; .xls is covered by the synthetic file above.
  it.skipIf(!soffice)('refuses a real .doc saved by LibreOffice (skipped when soffice is not on PATH)', { timeout: 120_000 }, async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'out'))
    await writeFile(join(dir, 'plan.docx'), await docxBytes())
    await promisify(execFile)(
      soffice ?? 'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', join(dir, 'out'), join(dir, 'plan.docx')],
      { timeout: 100_000 },
    )
    const bytes = new Uint8Array(await readFile(join(dir, 'out', 'plan.doc')))
    await expect(readTableFile('plan.doc', bytes)).rejects.toMatchObject({ code: 'unsupported' })
    // Renamed, it is still no encrypted .docx: its WordDocument stream gives it away.
    await expect(readTableFile('plan.docx', bytes)).rejects.toMatchObject({ code: 'unsupported' })
  })

  it('refuses other formats as unsupported and a .docx that is no zip as unreadable', async () => {
    await expect(readTableFile('Протокол.pdf', strToU8('%PDF-1.7'))).rejects.toMatchObject({ code: 'unsupported' })
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') })
    await expect(readTableFile('План.odt', odt)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('OpenDocument') })
    await expect(readTableFile('План.docx', strToU8('<html><table><tr><td>x</td></tr></table></html>'))).rejects.toMatchObject({ code: 'unreadable' })
  })

  it('reports Word and Excel files cut in half as truncated', async () => {
    for (const [name, bytes] of [['План.docx', await docxBytes()], ['План.xlsx', await xlsxBytes()]] as const) {
      await expect(readTableFile(name, bytes.subarray(0, bytes.length / 2))).rejects.toMatchObject({ code: 'truncated' })
    }
  })

  it('refuses an empty file with no_table', async () => {
    for (const name of ['План.csv', 'План.docx', 'План.xlsx']) {
      await expect(readTableFile(name, new Uint8Array())).rejects.toMatchObject({ code: 'no_table' })
    }
  })

  it('refuses a file over MAX_FILE_BYTES as too_large before parsing it', async () => {
    await expect(readTableFile('Большой.csv', new Uint8Array(MAX_FILE_BYTES + 1))).rejects.toMatchObject({ code: 'too_large' })
  })

  it('refuses a small zip that would unpack to more than MAX_UNPACKED_BYTES as too_large', { timeout: 60_000 }, async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(MAX_UNPACKED_BYTES + 1) }, { level: 1 })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    await expect(readTableFile('Бомба.xlsx', bomb)).rejects.toMatchObject({ code: 'too_large' })
  })
})
