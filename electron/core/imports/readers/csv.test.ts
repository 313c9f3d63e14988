import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readCsv } from './csv'
import { MAX_ROWS, ReaderError } from './table'

const utf8 = (text: string) => new TextEncoder().encode(text)
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])
const cp1251 = (text: string) => new Uint8Array(iconv.encode(text, 'windows-1251'))

const ROADMAP = [
  '№;Мероприятие;Срок исполнения;Ответственные исполнители',
  '1.;"Провести заседание ""Делового совета""";IV квартал 2025 г.;"МИД России,\nМинэкономразвития России"',
  '2.;Подготовить доклад;до 1 декабря 2025 г.;Минфин России',
].join('\r\n')

const EXPECTED_ROWS = [
  ['№', 'Мероприятие', 'Срок исполнения', 'Ответственные исполнители'],
  ['1.', 'Провести заседание "Делового совета"', 'IV квартал 2025 г.', 'МИД России,\nМинэкономразвития России'],
  ['2.', 'Подготовить доклад', 'до 1 декабря 2025 г.', 'Минфин России'],
]

describe('readCsv', () => {
  it('reads UTF-8 with a byte-order mark, quoted line breaks and doubled quotes', () => {
    const table = readCsv(withBom(ROADMAP))
    expect(table.sheets).toEqual([{ name: 'Table 1', rows: EXPECTED_ROWS }])
    expect(table.notes).toEqual([
      { code: 'encoding', encoding: 'utf-8', source: 'bom', garbled: false },
      { code: 'delimiter', delimiter: ';', source: 'detected' },
    ])
  })

  it('reads UTF-8 without a byte-order mark', () => {
    const table = readCsv(utf8(ROADMAP))
    expect(table.sheets[0]?.rows).toEqual(EXPECTED_ROWS)
    expect(table.notes[0]).toEqual({ code: 'encoding', encoding: 'utf-8', source: 'detected', garbled: false })
  })

  it('detects Windows-1251 when the bytes are not UTF-8, and says so', () => {
    const table = readCsv(cp1251(ROADMAP))
    expect(table.sheets[0]?.rows).toEqual(EXPECTED_ROWS)
    expect(table.notes[0]).toEqual({ code: 'encoding', encoding: 'windows-1251', source: 'detected', garbled: false })
  })

  it('decodes as told when the user overrides the encoding', () => {
    const asUtf8 = readCsv(cp1251(ROADMAP), { encoding: 'utf-8' })
    expect(asUtf8.notes[0]).toEqual({ code: 'encoding', encoding: 'utf-8', source: 'option', garbled: true })
    expect(asUtf8.sheets[0]?.rows[0]?.[1]).toContain('\ufffd')

    const as1251 = readCsv(utf8('Срок;Мероприятие'), { encoding: 'windows-1251' })
    expect(as1251.sheets[0]?.rows).toEqual([['РЎСЂРѕРє', 'РњРµСЂРѕРїСЂРёСЏС‚РёРµ']])
    expect(as1251.notes[0]).toMatchObject({ encoding: 'windows-1251', garbled: true })
  })

  it('detects KOI8-R and CP866 with jschardet, and tells text read in the wrong code page', () => {
    // Neither code page has "№": such files write "N".
    const text = ROADMAP.replace('№', 'N')
    for (const encoding of ['koi8-r', 'ibm866'] as const) {
      const table = readCsv(new Uint8Array(iconv.encode(text, encoding)))
      expect(table.sheets[0]?.rows, encoding).toEqual([['N', ...EXPECTED_ROWS[0]!.slice(1)], ...EXPECTED_ROWS.slice(1)])
      expect(table.notes[0]).toEqual({ code: 'encoding', encoding, source: 'detected', garbled: false })
      const misread = readCsv(new Uint8Array(iconv.encode(text, encoding)), { encoding: 'windows-1251' })
      expect(misread.notes[0], `${encoding} read as Windows-1251`).toMatchObject({ garbled: true })
    }
  })

  it('reads Excel\'s UTF-16 "Unicode text" by its byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('Срок\tОтветственные\r\n1 кв.\tМИД', 'utf-16le')])
    const table = readCsv(bytes)
    expect(table.sheets[0]?.rows).toEqual([['Срок', 'Ответственные'], ['1 кв.', 'МИД']])
    expect(table.notes).toContainEqual({ code: 'encoding', encoding: 'utf-16le', source: 'bom', garbled: false })
  })

  it('detects the delimiter, ignoring delimiters inside quotes and decimal commas', () => {
    const comma = readCsv(utf8('a,b,c\n"1;2",x,"y, z"\n'))
    expect(comma.sheets[0]?.rows).toEqual([['a', 'b', 'c'], ['1;2', 'x', 'y, z']])
    expect(comma.notes).toContainEqual({ code: 'delimiter', delimiter: ',', source: 'detected' })

    const semicolon = readCsv(utf8('Показатель;Значение\nДоля;1,5\nРост;2,75\n'))
    expect(semicolon.sheets[0]?.rows).toEqual([['Показатель', 'Значение'], ['Доля', '1,5'], ['Рост', '2,75']])

    const tab = readCsv(utf8('a\tb, c\n1\t2; 3\n'))
    expect(tab.sheets[0]?.rows).toEqual([['a', 'b, c'], ['1', '2; 3']])
  })

  it('splits on the delimiter the user chose', () => {
    const table = readCsv(utf8('a;b,c\n1;2,3'), { delimiter: ',' })
    expect(table.sheets[0]?.rows).toEqual([['a;b', 'c'], ['1;2', '3']])
    expect(table.notes).toContainEqual({ code: 'delimiter', delimiter: ',', source: 'option' })
  })

  it('returns a sheet without a header as plain rows, keeping empty cells and rows in place', () => {
    const table = readCsv(utf8('1;Визит;;МИД\n\n2;;2025;\n\n\n'))
    expect(table.sheets[0]?.rows).toEqual([['1', 'Визит', '', 'МИД'], [], ['2', '', '2025']])
  })

  it('keeps imported text as data', () => {
    const table = readCsv(utf8('<script>alert(1)</script>;=HYPERLINK("x");"&amp;"\n'))
    expect(table.sheets[0]?.rows).toEqual([['<script>alert(1)</script>', '=HYPERLINK("x")', '&amp;']])
  })

  it('keeps a cell of 1 MB whole', () => {
    const big = 'Мероприятие '.repeat(90_000).trim()
    const table = readCsv(utf8(`a;"${big}"\nb;c`))
    expect(table.sheets[0]?.rows[0]?.[1]).toBe(big)
    expect(table.sheets[0]?.rows[1]).toEqual(['b', 'c'])
  })

  it('reads 50,000 rows', () => {
    const lines = ['№;Мероприятие;Срок']
    for (let i = 1; i <= 50_000; i++) lines.push(`${i};Мероприятие ${i};${i % 28 + 1}.03.2026`)
    const rows = readCsv(utf8(lines.join('\n'))).sheets[0]?.rows ?? []
    expect(rows).toHaveLength(50_001)
    expect(rows[50_000]).toEqual(['50000', 'Мероприятие 50000', '21.03.2026'])
  })

  it('keeps the first MAX_ROWS rows of a longer file and counts the rest', () => {
    const text = Array.from({ length: MAX_ROWS + 5 }, (_, i) => `${i};x`).join('\n')
    const table = readCsv(utf8(text))
    expect(table.sheets[0]?.rows).toHaveLength(MAX_ROWS)
    expect(table.notes).toContainEqual({ code: 'rows_truncated', sheet: 0, kept: MAX_ROWS, total: MAX_ROWS + 5 })
  })

  it('reads what there is of a file cut short, noting a quote left open', () => {
    const bytes = utf8(ROADMAP)
    // Cut inside the quoted "responsible" cell of row 1, in the middle of a two-byte letter.
    const cut = bytes.subarray(0, utf8(ROADMAP.slice(0, ROADMAP.indexOf('Минэконом'))).length + 1)
    const table = readCsv(cut)
    expect(table.notes[0]).toEqual({ code: 'encoding', encoding: 'utf-8', source: 'detected', garbled: false })
    expect(table.sheets[0]?.rows[0]).toEqual(EXPECTED_ROWS[0])
    expect(table.sheets[0]?.rows[1]?.[3]).toBe('МИД России,')
    expect(table.notes).toContainEqual({ code: 'unclosed_quote', sheet: 0, row: 1, column: 3 })
  })

  it('refuses a binary file as unreadable', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(() => readCsv(png)).toThrow(expect.objectContaining({ code: 'unreadable' }) as ReaderError)
  })

  it('refuses an empty or blank file with no_table', () => {
    for (const text of ['', ' \n\r\n \t \n']) {
      expect(() => readCsv(utf8(text))).toThrow(expect.objectContaining({ code: 'no_table' }) as ReaderError)
    }
  })
})
