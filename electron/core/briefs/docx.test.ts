import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../test-support/tempDir'
import { briefToDocx, ESTIMATE_MAX_ROWS } from './docx'
import type { PrintableBrief } from './printable'

type BriefDocument = PrintableBrief

const run = promisify(execFile)

/** The parts of a .docx (a zip) as text: read back from the central directory, as any reader would. */
function unzip(zip: Buffer): Map<string, string> {
  const parts = new Map<string, string>()
  const end = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'))
  let at = zip.readUInt32LE(end + 16)
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28)
    const local = zip.readUInt32LE(at + 42)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + zip.readUInt32LE(at + 20))
    parts.set(zip.toString('utf8', at + 46, at + 46 + nameLength), (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8'))
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return parts
}

const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
/** A paragraph's or a row's text: its w:t runs, with its line breaks and tabs. */
const textOf = (xml: string) => decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)].map((m) => m[1] ?? (m[0] === '<w:br/>' ? '\n' : '\t')).join(''))
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => ({ xml: p, style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1], text: textOf(p) }))
const rows = (xml: string) => [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map(([r]) => r)
const styled = (xml: string, style: string) => paragraphs(xml).filter((p) => p.style === style).map((p) => p.text)

const SCRIPT = '<script>alert(1)</script> & "x"'

const brief: BriefDocument = {
  language: 'ru',
  marking: 'Для служебного пользования',
  title: 'Материалы к встрече: Саммит',
  cover: [
    { label: 'Встреча', value: 'Саммит глав государств' },
    { label: 'Версия', value: 'проект' },
  ],
  footer: 'Версия: проект · 28 ноября 2026 г.',
  edition: 'principal',
  layout: { margins: { top: 20, right: 10, bottom: 20, left: 20 }, pageNumbers: 'top' },
  letterhead: { organisation: 'Министерство транспорта Республики Казахстан', emblem: null, place: 'Астана — 2026' },
  emblemImage: null,
  copy: null,
  sections: [
    { id: 's1', kind: 'cover', title: 'Титульный лист', blocks: [] },
    { id: 's2', kind: 'contents', title: 'Содержание', blocks: [] },
    { id: 's3', kind: 'programme', title: 'Программа', blocks: [{ type: 'numbered', items: ['Открытие', 'Транспорт', 'Энергетика'] }] },
    {
      id: 's4',
      kind: 'steering',
      title: 'Основные цели и тезисы',
      blocks: [
        { type: 'heading', level: 2, text: 'Транспорт' },
        { type: 'heading', level: 3, text: 'Цели' },
        { type: 'paragraph', text: 'Добиться согласования.\nДо конца года.' },
        { type: 'bullets', items: ['Казахстан готов', 'Сроки реальны'] },
        { type: 'paragraph', text: SCRIPT },
      ],
    },
    {
      id: 's5',
      kind: 'commitments_annex',
      title: 'Исполнение поручений',
      blocks: [
        {
          type: 'table',
          columns: [
            { title: 'Пункт', width: 1 },
            { title: 'Поручение', width: 3 },
            { title: 'Статус', width: 2 },
          ],
          rows: [
            { cells: ['п. 1', 'Информация в МИД', 'В работе'], overdue: false },
            { cells: ['п. 2', 'Синхронизация пунктов пропуска', 'С задержкой\nпросрочено'], overdue: true },
          ],
        },
      ],
    },
    {
      id: 's6',
      kind: 'counterparts',
      title: 'Собеседники',
      blocks: [
        { type: 'heading', level: 3, text: 'Нурлан Абдыкадыров' },
        { type: 'facts', rows: [{ label: 'Должность', value: 'Заместитель министра' }] },
      ],
    },
    { id: 's7', kind: 'annexes', title: 'Приложения', blocks: [{ type: 'numbered', items: ['Совместное заявление', 'Дорожная карта'] }] },
  ],
}

/** Every text the document should show, as the blocks hold it (the cover shows the brief's title, not its own). */
const texts = (doc: BriefDocument) => [
  doc.title,
  ...doc.cover.flatMap((c) => [c.label, c.value]),
  ...doc.sections.flatMap((s) => [
    ...(s.kind === 'cover' ? [] : [s.title]),
    ...s.blocks.flatMap((b) => {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          return [b.text]
        case 'bullets':
        case 'numbered':
          return b.items
        case 'facts':
          return b.rows.flatMap((r) => [r.label, r.value])
        case 'table':
          return [...b.columns.map((c) => c.title), ...b.rows.flatMap((r) => r.cells)]
      }
    }),
  ]),
]

const write = async (doc: BriefDocument) => unzip(await briefToDocx(doc))
const part = (parts: Map<string, string>, name: string) => parts.get(name) ?? expect.fail(`${name} is missing`)
const headerAndFooter = (parts: Map<string, string>) => ({
  header: [...parts].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml),
  footer: [...parts].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml),
})

describe('the Word file of a brief', () => {
  it('is A4 portrait with the layout’s margins, in Times New Roman 14 pt, in the brief’s language', async () => {
    const parts = await write(brief)
    const document = part(parts, 'word/document.xml')
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    // 20 mm at the top, 10 right, 20 at the bottom, 20 left (ГОСТ Р 7.0.97-2016), in twips.
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1134"/)
    expect(part(await write({ ...brief, layout: { ...brief.layout, margins: { top: 25, right: 15, bottom: 20, left: 30 } } }), 'word/document.xml')).toMatch(/<w:pgMar w:top="1417" w:right="850" w:bottom="1134" w:left="1701"/)
    const styles = part(parts, 'word/styles.xml')
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)![0]
    expect(defaults).toContain('w:ascii="Times New Roman"')
    expect(defaults).toContain('<w:sz w:val="28"/>')
    expect(defaults).toContain('<w:lang w:val="ru-RU"/>')
    expect(styles).not.toContain('Arial')
    expect(part(await write({ ...brief, language: 'en' }), 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>')
    expect(part(await write({ ...brief, language: 'kk' }), 'word/styles.xml')).toContain('<w:lang w:val="kk-KZ"/>')
    expect(part(await write({ ...brief, language: 'uz' }), 'word/styles.xml')).toContain('<w:lang w:val="uz-Latn-UZ"/>')
    // Paragraphs of the text are justified, their first line indented 1.25 cm.
    const [paragraph] = paragraphs(document).filter((p) => p.text === 'Добиться согласования.\nДо конца года.')
    expect(paragraph!.style).toBe('BodyText')
    expect(styles).toMatch(/w:styleId="BodyText">.*?<w:jc w:val="both"\/>.*?<\/w:style>/s)
    expect(styles).toMatch(/w:styleId="BodyText">.*?<w:ind w:firstLine="709"\/>.*?<\/w:style>/s)
  })

  it('turns a paper of wide tables across the sheet, its tables as wide as the sheet across', async () => {
    const document = part(await write({ ...brief, orientation: 'landscape' }), 'word/document.xml')
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/)
    const table = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([t]) => t).find((t) => t.includes('Поручение'))!
    // 297 mm less the margins of 20 and 10 mm, in twips.
    expect(table).toContain('<w:tblW w:type="dxa" w:w="15137"/>')
  })

  it('has real headings: section titles in Heading 1, heading blocks in Heading 2 and 3, with outline levels', async () => {
    const parts = await write(brief)
    const document = part(parts, 'word/document.xml')
    expect(styled(document, 'Heading1')).toEqual(['Программа', 'Основные цели и тезисы', 'Исполнение поручений', 'Собеседники', 'Приложения'])
    expect(styled(document, 'Heading2')).toEqual(['Транспорт'])
    expect(styled(document, 'Heading3')).toEqual(['Цели', 'Нурлан Абдыкадыров'])
    // A "\n" in the text is a line break within its paragraph.
    const [multiline] = paragraphs(document).filter((p) => p.text === 'Добиться согласования.\nДо конца года.')
    expect(multiline!.xml).toMatch(/Добиться согласования\.<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">До конца года\./)
    const styles = part(parts, 'word/styles.xml')
    for (const level of [1, 2, 3]) expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}">.*?<w:outlineLvl w:val="${level - 1}"/>.*?</w:style>`))
  })

  it('has a cover with the emblem, organisation and title, then the contents as a TOC field already filled in, then the text from a new page', async () => {
    const emblem = await readFile(new URL('./fixtures/emblem.png', import.meta.url))
    const parts = await write({ ...brief, emblemImage: `data:image/png;base64,${emblem.toString('base64')}` })
    const document = part(parts, 'word/document.xml')
    const all = paragraphs(document)
    expect(all[0]!.xml).toContain('<w:drawing>')
    expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(1)
    expect(all[1]).toMatchObject({ style: 'Letterhead', text: brief.letterhead.organisation })
    expect(all[2]).toMatchObject({ style: 'CoverTitle', text: brief.title })
    // The cover lines: a borderless label/value table, labels bold.
    const cover = /<w:tbl>.*?<\/w:tbl>/s.exec(document)![0]
    expect(rows(cover).map(textOf)).toEqual(['ВстречаСаммит глав государств', 'Версияпроект'])
    expect(cover).toContain('<w:top w:val="none"')
    expect(paragraphs(rows(cover)[0]!)[0]!.xml).toContain('<w:b/>')

    const contents = all.find((p) => p.style === 'TOCHeading')!
    expect(contents.text).toBe('Содержание')
    expect(contents.xml).toContain('<w:pageBreakBefore/>')
    expect(document).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/)
    // Its entries are there before any update, each with the page its heading starts on.
    const entries = all.filter((p) => p.style?.startsWith('TOC') && p.style !== 'TOCHeading').map((p) => p.text)
    expect(entries).toEqual(['Программа\t3', 'Основные цели и тезисы\t3', 'Исполнение поручений\t4', 'Собеседники\t4', 'Приложения\t5'])
    expect(part(parts, 'word/settings.xml')).toContain('<w:updateFields/>')

    // A long annex leaves the page numbers to Word: the entries are there, their numbers come on opening.
    const row = { cells: ['п. 1', 'Поручение', 'МТ РК', '2026', 'В работе', '—'], overdue: false }
    const long = { ...brief, sections: [...brief.sections, { id: 's9', kind: 'commitments_annex' as const, title: 'Исполнение поручений', blocks: [{ type: 'table' as const, columns: [{ title: 'Пункт', width: 1 }], rows: Array.from({ length: ESTIMATE_MAX_ROWS + 1 }, () => row) }] }] }
    const longDocument = part(await write(long), 'word/document.xml')
    expect(longDocument).toMatch(/TOC \\h \\o &quot;1-1&quot;/)
    const longEntries = paragraphs(longDocument).filter((p) => p.style?.startsWith('TOC') && p.style !== 'TOCHeading')
    expect(longEntries.map((p) => p.text)).toEqual([...entries.map((e) => e.replace(/\d+$/, '')), 'Исполнение поручений\t'])

    // Sections flow on; the text after the contents, each annex and each agenda item's brief start a page.
    const breaks = all.filter((p) => p.style === 'Heading1').map((p) => [p.text, p.xml.includes('<w:pageBreakBefore/>')])
    expect(breaks).toEqual([
      ['Программа', true],
      ['Основные цели и тезисы', false],
      ['Исполнение поручений', true],
      ['Собеседники', false],
      ['Приложения', true],
    ])
    const agenda = { ...brief, sections: [{ id: 'a', kind: 'agenda_items' as const, title: 'По вопросам повестки дня', blocks: ['Первый', 'Второй'].flatMap((text) => [{ type: 'heading' as const, level: 2 as const, text }, { type: 'paragraph' as const, text: `О вопросе «${text}»` }]) }] }
    const items = paragraphs(part(await write(agenda), 'word/document.xml')).filter((p) => p.style === 'Heading2')
    expect(items.map((p) => [p.text, p.xml.includes('<w:pageBreakBefore/>')])).toEqual([
      ['Первый', false],
      ['Второй', true],
    ])
  })

  it('without cover and contents, starts with the title and the first section, and has no TOC', async () => {
    const doc = { ...brief, sections: brief.sections.filter((s) => s.kind !== 'cover' && s.kind !== 'contents') }
    const document = part(await write(doc), 'word/document.xml')
    const all = paragraphs(document)
    expect(all[0]).toMatchObject({ style: 'Title', text: brief.title })
    expect(all[1]).toMatchObject({ style: 'Heading1', text: 'Программа' })
    expect(document).not.toContain('TOC')
  })

  it('writes tables full width in proportion, the header row repeated, rows kept whole, overdue rows flagged', async () => {
    const document = part(await write(brief), 'word/document.xml')
    const table = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([t]) => t).find((t) => t.includes('Поручение'))!
    expect(table).toContain('<w:tblW w:type="dxa" w:w="10205"/>')
    expect([...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([1700, 5102, 3403])
    const [header, plain, overdue] = rows(table)
    expect(textOf(header!)).toBe('ПунктПоручениеСтатус')
    expect(header).toContain('<w:tblHeader/>')
    expect(plain).not.toContain('tblHeader')
    expect(overdue).not.toContain('tblHeader')
    for (const row of [header, plain, overdue]) expect(row).toContain('<w:cantSplit/>')
    // Cells keep their line breaks; overdue rows are bold dark red on a pink fill.
    expect(textOf(overdue!)).toBe('п. 2Синхронизация пунктов пропускаС задержкой\nпросрочено')
    expect(overdue).toContain('<w:br/>')
    expect(overdue).toContain('<w:color w:val="9C0006"/>')
    expect(overdue).toContain('w:fill="FBE4E4"')
    expect(overdue).toContain('<w:b/>')
    expect(plain).not.toContain('w:color')
    expect(table).toContain('<w:sz w:val="22"/>')
  })

  it('lets a row taller than a third of a page break, rather than leave most of a page blank before it or Word cut it off', async () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `слово${i}`).join(' ')
    // About 36 lines of a full-width cell: half a page.
    const halfPage = words(300)
    const doc: BriefDocument = {
      ...brief,
      sections: [{ id: 't', kind: 'logistics', title: 'Т', blocks: [{ type: 'table', columns: [{ title: 'A', width: 1 }], rows: [words(1500), halfPage, words(60), 'коротко'].map((text) => ({ cells: [text], overdue: false })) }] }],
    }
    const [header, tall, half, third, short] = rows(part(await write(doc), 'word/document.xml'))
    expect(header).toContain('<w:cantSplit/>')
    expect(tall).not.toContain('cantSplit')
    expect(half).not.toContain('cantSplit')
    expect(third).toContain('<w:cantSplit/>')
    expect(short).toContain('<w:cantSplit/>')
  })

  it('writes nothing for a table without rows or for empty facts; without a marking, the top of a page has only its number', async () => {
    const doc: BriefDocument = {
      ...brief,
      marking: '',
      footer: '',
      sections: [
        {
          id: 'e',
          kind: 'logistics',
          title: 'Организационные вопросы',
          blocks: [
            { type: 'table', columns: [{ title: 'A', width: 1 }], rows: [] },
            { type: 'facts', rows: [] },
          ],
        },
      ],
    }
    const parts = await write(doc)
    expect(part(parts, 'word/document.xml')).not.toContain('<w:tbl>')
    const { header, footer } = headerAndFooter(parts)
    expect(header.map((xml) => paragraphs(xml).map((p) => p.text))).toEqual([['\t'], []])
    expect(header[0]).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
    expect(footer.map((xml) => paragraphs(xml).map((p) => p.text))).toEqual([[''], ['']])
  })

  it('makes real lists, and every numbered list starts again at 1', async () => {
    const parts = await write(brief)
    const document = part(parts, 'word/document.xml')
    const numbering = part(parts, 'word/numbering.xml')
    const numId = (text: string) => /<w:numId w:val="(\d+)"\/>/.exec(paragraphs(document).find((p) => p.text === text)!.xml)?.[1]
    const abstractOf = (id: string) => new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="(\\d+)"/>(.*?)</w:num>`).exec(numbering)!
    const abstract = (id: string) => new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${id}".*?</w:abstractNum>`, 's').exec(numbering)![0]

    const programme = numId('Открытие')!
    const annexes = numId('Совместное заявление')!
    expect(numId('Энергетика')).toBe(programme)
    expect(annexes).not.toBe(programme)
    for (const id of [programme, annexes]) {
      const [, abstractId, overrides] = abstractOf(id)
      expect(overrides).toContain('<w:startOverride w:val="1"/>')
      expect(abstract(abstractId!)).toContain('<w:numFmt w:val="decimal"/>')
    }
    const [, bulletAbstract] = abstractOf(numId('Казахстан готов')!)
    expect(abstract(bulletAbstract!)).toContain('<w:numFmt w:val="bullet"/>')
  })

  it('keeps text as data: markup comes out literally, escaped in the XML', async () => {
    const doc = { ...brief, title: SCRIPT, cover: [{ label: SCRIPT, value: SCRIPT }], marking: SCRIPT, footer: SCRIPT }
    const parts = await write(doc)
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;'
    const { header, footer } = headerAndFooter(parts)
    for (const xml of [part(parts, 'word/document.xml'), ...header, ...footer]) expect(xml).not.toContain('<script>')
    for (const xml of [part(parts, 'word/document.xml'), ...header]) expect(xml).toContain(escaped)
    // The foot of every page but the cover's (the city and year).
    expect(footer.filter((xml) => xml.includes(escaped))).toHaveLength(1)
    expect(paragraphs(part(parts, 'word/document.xml')).filter((p) => p.text === SCRIPT).length).toBeGreaterThanOrEqual(4)
    expect(part(parts, 'docProps/core.xml')).toContain(`<dc:title>${escaped}</dc:title>`)
  })

  it('puts the marking (and a copy’s number) top right, the page number at the top centre from page 2, the version at the foot', async () => {
    const { header, footer } = headerAndFooter(await write(brief))
    // The default header (pages 2 on) and the first page's.
    const [others, first] = header.map((xml) => paragraphs(xml))
    expect(first!.map((p) => p.text)).toEqual(['\t\tДля служебного пользования'])
    expect(first![0]!.xml).not.toContain('PAGE')
    expect(others!.map((p) => p.text)).toEqual(['\t\tДля служебного пользования'])
    expect(others![0]!.xml).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
    expect(others![0]!.xml).toMatch(/<w:tab w:val="center" w:pos="5103"\/>.*<w:tab w:val="right" w:pos="10205"\/>/)
    // The foot: the version on every page but the cover, whose foot is the city and year.
    const [otherFoot, firstFoot] = footer.map((xml) => paragraphs(xml).map((p) => p.text))
    expect(otherFoot).toEqual([brief.footer])
    expect(firstFoot).toEqual(['Астана — 2026'])

    // A copy: its number under the marking on every page, the page number beside it.
    const copy = headerAndFooter(await write({ ...brief, copy: { number: 3, recipient: 'Министру', watermark: false } }))
    const [copyOthers, copyFirst] = copy.header.map((xml) => paragraphs(xml).map((p) => p.text))
    expect(copyFirst).toEqual(['\t\tДля служебного пользования', '\t\tЭкз. № 3'])
    expect(copyOthers).toEqual(['\t\tДля служебного пользования', '\t\tЭкз. № 3'])
    expect(paragraphs(copy.header[0]!)[1]!.xml).toContain('PAGE')

    // "Страница X из Y" at the foot instead, when the layout says so.
    // Kazakh and Uzbek put the page's number first ("3-бет, барлығы 12"): the PAGE field before the words.
    for (const [language, words] of [
      ['ru', 'Страница  из '],
      ['en', 'Page  of '],
      ['kk', '-бет, барлығы '],
      ['uz', '-sahifa, jami '],
    ] as const) {
      const foot = headerAndFooter(await write({ ...brief, language, layout: { ...brief.layout, pageNumbers: 'foot' } }))
      expect(paragraphs(foot.header[0]!)[0]!.xml).not.toContain('PAGE')
      const [line] = paragraphs(foot.footer[0]!)
      // The readers work the numbers out page by page; the count written in is docx's estimate.
      expect(line!.text).toMatch(new RegExp(`^${brief.footer} · ${words}\\d+$`))
      const at = (text: string) => line!.xml.indexOf(text)
      expect(at('<w:instrText xml:space="preserve">PAGE</w:instrText>')).toBeGreaterThan(-1)
      expect(at('<w:instrText xml:space="preserve">PAGE</w:instrText>') < at(words.trim()), `the page number before "${words}"`).toBe(language === 'kk' || language === 'uz')
      expect(at(words.trim()) < at('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>')).toBe(true)
    }
  })

  it('lays a bilingual pack out in two columns, the first language on the left, each block beside its counterpart', async () => {
    const kk: Record<string, string> = { s1: 'Титул парағы', s2: 'Мазмұны', s3: 'Бағдарлама', s4: 'Негізгі мақсаттар мен тезистер', s5: 'Тапсырмалардың орындалуы', s6: 'Әңгімелесушілер', s7: 'Қосымшалар' }
    const parallel = {
      language: 'kk' as const,
      title: 'Кездесуге арналған материалдар: Саммит',
      cover: [{ label: 'Кездесу', value: 'Саммит глав государств' }],
      sections: brief.sections.map((s) => ({ ...s, title: kk[s.id]!, blocks: s.blocks.map((b) => (b.type === 'heading' && b.text === 'Цели' ? { ...b, text: 'Мақсаттар' } : b)) })),
    }
    const xml = part(await write({ ...brief, parallel }), 'word/document.xml')
    const body = brief.sections.filter((s) => s.kind !== 'cover' && s.kind !== 'contents')
    // The contents list the first language's headings only; the second's look alike but are not Heading 1.
    expect(styled(xml, 'Heading1')).toEqual(body.map((s) => s.title))
    expect(styled(xml, 'ParallelHeading')).toEqual(body.map((s) => kk[s.id]))
    // The contents list each heading and, under it, its counterpart, under a title in both languages.
    expect(paragraphs(xml).find((p) => p.style === 'TOCHeading')!.text).toBe('Содержание / Мазмұны')
    expect(xml).toMatch(/TOC \\h \\o &quot;1-1&quot; \\t &quot;ParallelHeading,2&quot;/)
    const entries = paragraphs(xml).filter((p) => /^TOC\d$/.test(p.style ?? '')).map((p) => `${p.style} ${p.text.replace(/\t\d+$/, '')}`)
    expect(entries).toEqual(body.flatMap((s) => [`TOC1 ${s.title}`, `TOC2 ${kk[s.id]}`]))
    const cells = (row: string) => [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map(([, cell]) => textOf(cell!))
    const pairs = rows(xml).map(cells)
    expect(pairs).toContainEqual(['Материалы к встрече: Саммит', 'Кездесуге арналған материалдар: Саммит'])
    for (const s of body) expect(pairs, s.title).toContainEqual([s.title, kk[s.id]])
    expect(pairs).toContainEqual(['Цели', 'Мақсаттар'])
    // The annex's table and its counterpart are one grid across the page, an open gap between them,
    // so that their rows stay level when the table runs over pages; the grid is in no column's cell.
    const annex = brief.sections.flatMap((s) => s.blocks).find((b) => b.type === 'table')!
    const titles = annex.columns.map((c) => c.title)
    expect(pairs).toContainEqual([...titles, '', ...titles])
    const before = xml.slice(0, xml.indexOf(`>${titles[0]}</w:t>`))
    const depth = (before.match(/<w:tbl>/g) ?? []).length - (before.match(/<\/w:tbl>/g) ?? []).length
    expect(depth, 'tables the grid is inside of, itself included').toBe(1)
    // Tables with nothing between them would be merged into one by Word, and the grid's header row no longer repeated.
    expect(xml).not.toContain('</w:tbl><w:tbl>')
    expect(xml).not.toMatch(/<\/w:tbl><\/w:tc>/)
  })

  it('names a copy in its properties and carries its recipient as Word’s watermark on every page', async () => {
    const parts = await write({ ...brief, copy: { number: 3, recipient: 'Министру транспорта', watermark: true } })
    const core = part(parts, 'docProps/core.xml')
    expect(core).toContain(`<dc:title>${brief.title} — Экз. № 3, Министру транспорта</dc:title>`)
    expect(core).toContain('<dc:subject>Экз. № 3</dc:subject>')
    const { header } = headerAndFooter(parts)
    expect(header).toHaveLength(2)
    for (const xml of header) expect(xml).toMatch(/<v:textpath [^>]*string="Министру транспорта"/)
    // No watermark unless asked for.
    for (const xml of headerAndFooter(await write({ ...brief, copy: { number: 3, recipient: 'Министру транспорта', watermark: false } })).header) expect(xml).not.toContain('textpath')
  })
})

const onPath = (tool: string) => (process.env.PATH ?? '').split(':').some((dir) => existsSync(join(dir, tool)))
const converters = onPath('soffice') && onPath('pdftotext')

describe('the Word file opened by LibreOffice', () => {
  const skipped = converters ? '' : ' (skipped: soffice or pdftotext is not on PATH)'
  /** Converts `docx` in its folder to `format`, with a profile of its own (parallel runs would share and lock LibreOffice's). */
  const convert = async (docx: string, format: 'pdf' | 'docx', outDir: string) => {
    await run('soffice', [`-env:UserInstallation=file://${join(dirname(docx), 'profile')}`, '--headless', '--convert-to', format, '--outdir', outDir, docx], { timeout: 60_000 })
    return join(outDir, basename(docx).replace(/\.docx$/, `.${format}`))
  }

  it.skipIf(!converters)(`converts to a PDF with every text, the contents filled in, the marking on every page and numbers from page 2${skipped}`, async () => {
    const dir = await tempDir()
    const docx = join(dir, 'brief.docx')
    await writeFile(docx, await briefToDocx(brief))
    const pdf = await convert(docx, 'pdf', dir)
    await run('pdftotext', ['-layout', pdf, join(dir, 'brief.txt')])
    const pages = (await readFile(join(dir, 'brief.txt'), 'utf-8')).split('\f').filter((page) => page.trim() !== '')
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

    // Cover, contents, the text (programme and steering brief flowing on), the annex with the counterparts after it, the annexes.
    expect(pages).toHaveLength(5)
    const all = flat(pages.join(' '))
    for (const text of texts(brief)) expect(all).toContain(flat(text))
    pages.forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim() !== '')
      expect(page.split(brief.marking).length - 1, `marking on page ${i + 1}`).toBe(1)
      // The page number at the top centre from page 2, beside the marking.
      expect(lines[0]!.trim()).toMatch(i === 0 ? new RegExp(`^${brief.marking}$`) : new RegExp(`^${i + 1}\\s+${brief.marking}$`))
      expect(flat(lines.at(-1)!)).toBe(i === 0 ? 'Астана — 2026' : brief.footer)
    })
    // LibreOffice shows the contents as written (it does not update the field): entries and page numbers.
    expect(pages[1]).toMatch(/Содержание\s+Программа\.+3\s/)
    expect(pages[1]).toMatch(/Приложения\.+5\s/)
    expect(pages[2]).toContain('Программа')
  }, 60_000)

  it.skipIf(!converters)(`numbers a Kazakh brief’s pages at the foot as Kazakh writes it, page by page${skipped}`, async () => {
    const dir = await tempDir()
    const docx = join(dir, 'kk.docx')
    const kk = { ...brief, language: 'kk' as const, marking: 'Қызмет бабында пайдалану үшін', footer: 'Нұсқа: жоба · 2026 жылғы 28 қараша', layout: { ...brief.layout, pageNumbers: 'foot' as const } }
    await writeFile(docx, await briefToDocx(kk))
    await run('pdftotext', ['-layout', await convert(docx, 'pdf', dir), join(dir, 'kk.txt')])
    const pages = (await readFile(join(dir, 'kk.txt'), 'utf-8')).split('\f').filter((page) => page.trim() !== '')
    expect(pages.length).toBeGreaterThan(2)
    pages.forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim() !== '')
      expect(lines[0]!.trim()).toBe(kk.marking)
      expect(lines.at(-1)!.replace(/\s+/g, ' ').trim()).toBe(i === 0 ? 'Астана — 2026' : `${kk.footer} · ${i + 1}-бет, барлығы ${pages.length}`)
    })
  }, 60_000)

  it.skipIf(!converters)(`keeps a copy’s number and watermark when it saves the file again as Word${skipped}`, async () => {
    const dir = await tempDir()
    const docx = join(dir, 'copy.docx')
    await writeFile(docx, await briefToDocx({ ...brief, copy: { number: 7, recipient: 'Послу Кыргызской Республики', watermark: true } }))
    await mkdir(join(dir, 'again'))
    const saved = unzip(await readFile(await convert(docx, 'docx', join(dir, 'again'))))
    const headers = [...saved].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml)
    expect(headers.length).toBeGreaterThan(0)
    for (const xml of headers) {
      expect(textOf(xml)).toContain('Экз. № 7')
      expect(xml).toMatch(/string="Послу Кыргызской Республики"/)
    }
  }, 60_000)
})
