// The Word file of an assembled brief: the same blocks and the same official layout as the printed
// pages, as a document a secretariat can go on editing — real headings, lists, tables and a table
// of contents; Times New Roman 14 pt (the printed pages use Tinos, drawn to its metrics); the
// margins of the Settings; the marking (and a copy's number) at the top right, page numbers at the
// top centre from the second page or "Страница X из Y" at the foot; the emblem, organisation and
// the city and year on the cover; a copy's recipient as Word's own watermark on every page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  StyleLevel,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx'
import { estimatePageNumbers } from 'docx/layout'
import { TextWatermark } from 'docx/watermarks'
import type { BriefBlock, OutputLanguage, PageLayout, ParallelText } from '../schema'
import { imageType } from './emblem'
import { documentPageParts } from './labels'
import { blockStartsPage, rowKeptWhole, sectionStartsPage } from './pages'
import { parallelRuns } from './parallel'
import { copyLine, documentTitle, type PrintableBrief } from './printable'

// A4 upright in twips (1/20 pt).
const A4 = { width: 11906, height: 16838 }
const TWIPS_PER_MM = 1440 / 25.4

/** The sheet, and the text block on it with the layout's margins, in twips. */
function geometry(layout: PageLayout, orientation: PrintableBrief['orientation']) {
  const mm = (n: number) => Math.round(n * TWIPS_PER_MM)
  const sheet = orientation === 'landscape' ? { width: A4.height, height: A4.width } : A4
  const margin = { top: mm(layout.margins.top), right: mm(layout.margins.right), bottom: mm(layout.margins.bottom), left: mm(layout.margins.left) }
  return { margin, width: sheet.width - margin.left - margin.right, height: sheet.height - margin.top - margin.bottom, header: mm(Math.min(10, layout.margins.top / 2)) }
}
type Geometry = ReturnType<typeof geometry>

/** Word names the face the printed pages draw with Tinos, whose metrics are the same. */
const FONT = 'Times New Roman'
// Sizes are in half-points: the body in 14 pt (ГОСТ Р 7.0.97), tables and the page's margins smaller.
const BODY_SIZE = 28
const TABLE_SIZE = 22
const MARGIN_SIZE = 22
const SMALL_SIZE = 20
const OVERDUE_COLOUR = '9C0006'
const OVERDUE_FILL = 'FBE4E4'
const HEADER_FILL = 'E7E6E6'
/** Paragraphs of the body start with a 1.25 cm indent, as in an official letter. */
const INDENT = 709

const BULLETS = 'brief-bullets'
const NUMBERED = 'brief-numbered'

type Run = Omit<IRunOptions, 'text' | 'break'>

/** A text's lines as runs with line breaks between them: "\n" in the data is a new line, not a new paragraph. */
const lines = (text: string, run: Run = {}): TextRun[] => text.split(/\r?\n/).map((line, i) => new TextRun({ ...run, text: line, break: i > 0 ? 1 : undefined }))

const nothing = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const noBorders = { top: nothing, bottom: nothing, left: nothing, right: nothing, insideHorizontal: nothing, insideVertical: nothing }
const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const ruled = { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule }
const cellMargins = { top: 30, bottom: 30, left: 70, right: 70 }

/** Whether a row is kept whole (pages.ts), from its cells' widths in twips and its size in half-points. */
const keptWhole = (cells: string[], widths: number[], size: number, page: Geometry) =>
  rowKeptWhole(
    cells,
    widths.map((w) => w / 20),
    size / 2,
    cellMargins.left / 20,
    page.height / 20,
  )

/** Widths in twips that fill the text width in the given proportions. */
function columnWidths(relative: number[], page: Geometry): number[] {
  const total = relative.reduce((sum, w) => sum + w, 0)
  const widths = relative.map((w) => Math.floor((page.width * w) / total))
  // Rounding leaves a few twips over; the last column takes them so the table is exactly the text width.
  widths[widths.length - 1]! += page.width - widths.reduce((sum, w) => sum + w, 0)
  return widths
}

/** Label/value lines (the cover, a person's facts): a borderless two-column table, labels bold. */
function factsTable(rows: { label: string; value: string }[], page: Geometry): Table[] {
  if (rows.length === 0) return []
  const widths = columnWidths([3, 7], page)
  const cell = (text: string, width: number, run: Run) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ spacing: { after: 60 }, alignment: AlignmentType.LEFT, children: lines(text, run) })] })
  return [
    new Table({
      width: { size: page.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      margins: cellMargins,
      rows: rows.map(
        (r) =>
          new TableRow({
            cantSplit: keptWhole([r.label, r.value], widths, BODY_SIZE, page) || undefined,
            children: [cell(r.label, widths[0]!, { bold: true }), cell(r.value, widths[1]!, {})],
          }),
      ),
    }),
  ]
}

/**
 * A data table: header row repeated on every page, short rows kept whole, overdue rows in dark red on
 * pink. `gap`: the column between a bilingual pack's table and its counterpart (parallel.ts),
 * left open at the top and bottom and never shaded.
 */
function dataTable(block: Extract<BriefBlock, { type: 'table' }>, page: Geometry, gap: number | null = null): Table[] {
  if (block.columns.length === 0 || block.rows.length === 0) return []
  const widths = columnWidths(
    block.columns.map((c) => c.width),
    page,
  )
  const cell = (text: string, i: number, run: Run, fill?: string) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: fill && i !== gap ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      borders: i === gap ? { top: nothing, bottom: nothing } : undefined,
      children: [new Paragraph({ spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, alignment: AlignmentType.LEFT, children: lines(text, { size: TABLE_SIZE, ...run }) })],
    })
  const header = new TableRow({
    // Only the header row says tableHeader: some readers take an explicit `false` for a header row too.
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.title, i, { bold: true }, HEADER_FILL)),
  })
  const body = block.rows.map((row) => {
    const cells = block.columns.map((_, i) => row.cells[i] ?? '')
    return new TableRow({
      cantSplit: keptWhole(cells, widths, TABLE_SIZE, page) || undefined,
      // Colour alone is lost on a grey printer, so overdue rows are bold as well.
      children: cells.map((text, i) => cell(text, i, row.overdue ? { bold: true, color: OVERDUE_COLOUR } : {}, row.overdue ? OVERDUE_FILL : undefined)),
    })
  })
  return [new Table({ width: { size: page.width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: ruled, margins: cellMargins, rows: [header, ...body] })]
}

/** The blocks of the body. Each numbered list is its own list instance, so each starts again at 1. */
function blockWriter(page: Geometry) {
  let lists = 0
  return (block: BriefBlock, pageBreakBefore = false): (Paragraph | Table)[] => {
    switch (block.type) {
      case 'heading':
        return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, pageBreakBefore, children: lines(block.text) })]
      case 'paragraph':
        return [new Paragraph({ style: 'BodyText', children: lines(block.text) })]
      case 'bullets':
        return block.items.map((item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: lines(item) }))
      case 'numbered': {
        const instance = ++lists
        return block.items.map((item) => new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance }, children: lines(item) }))
      }
      case 'facts':
        return factsTable(block.rows, page)
      case 'table':
        return dataTable(block, page)
    }
  }
}

/** The emblem's bytes from its `data:` URL, with its kind; null when there is none. */
function emblemBytes(doc: PrintableBrief): { data: Buffer; type: 'png' | 'jpg' } | null {
  const base64 = doc.emblemImage?.split(',')[1]
  if (!base64) return null
  const data = Buffer.from(base64, 'base64')
  const type = imageType(data)
  return type ? { data, type } : null
}

/** The emblem's size on the cover: 25 mm high, in proportion (read from the PNG header; JPEGs drawn square). */
function emblemSize(image: { data: Buffer; type: 'png' | 'jpg' }) {
  const height = 95 // pixels at 96 dpi: 25 mm
  if (image.type !== 'png') return { width: height, height }
  const ratio = image.data.readUInt32BE(16) / Math.max(1, image.data.readUInt32BE(20))
  return { width: Math.round(height * ratio), height }
}

/** The cover's head: the emblem, the organisation's name in capitals and a rule under it. */
function letterhead(doc: PrintableBrief, pageBreakBefore: boolean): Paragraph[] {
  const image = emblemBytes(doc)
  const out: Paragraph[] = []
  if (image) out.push(new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore, spacing: { after: 120 }, children: [new ImageRun({ type: image.type, data: image.data, transformation: emblemSize(image) })] }))
  if (doc.letterhead.organisation.trim() !== '') {
    out.push(
      new Paragraph({
        style: 'Letterhead',
        pageBreakBefore: pageBreakBefore && !image,
        border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 } },
        children: lines(doc.letterhead.organisation),
      }),
    )
  }
  return out
}

/**
 * The contents: their title (not a Heading 1, so they do not list themselves), then the sections as
 * the printed contents list them; in a bilingual pack each section's counterpart heading too, under
 * it (`counterpart`: the contents' own title in the second language).
 */
const contents = (title: string, pageBreakBefore: boolean, counterpart: string | null = null) => [
  new Paragraph({ style: 'TOCHeading', pageBreakBefore, children: lines(counterpart === null ? title : `${title} / ${counterpart}`) }),
  new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-1', stylesWithLevels: counterpart === null ? undefined : [new StyleLevel('ParallelHeading', 2)] }),
]

/**
 * A bilingual pack's section: a borderless table of two columns, the first language on the left,
 * each block beside its counterpart in the other language, so the two texts stay level.
 */
function parallelTable(rows: [left: (Paragraph | Table)[], right: (Paragraph | Table)[]][], page: Geometry): Table {
  const widths = columnWidths([1, 1], page)
  // Word wants a cell to end with a paragraph: one after a table in it.
  const closed = (children: (Paragraph | Table)[]) => (children.at(-1) instanceof Paragraph ? children : [...children, new Paragraph({})])
  return new Table({
    width: { size: page.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    margins: cellMargins,
    rows: rows.map(([left, right]) => new TableRow({ children: [left, right].map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children: closed(children) })) })),
  })
}

/**
 * Appends tables to the body, with a paragraph barely a line high before one that would follow
 * another table: Word and LibreOffice merge two tables with nothing between them into one, and the
 * second's header row is then no longer repeated on the pages it runs over.
 */
function apart(out: (Paragraph | Table | TableOfContents)[], ...tables: Table[]): void {
  for (const table of tables) {
    if (out.at(-1) instanceof Table) out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } }))
    out.push(table)
  }
}

/** A column's text block: half the page's, less the cell's margins. */
const halfOf = (page: Geometry): Geometry => ({ ...page, width: Math.floor(page.width / 2) - cellMargins.left - cellMargins.right })

/** The body of a bilingual pack: the cover and each section in two columns; the contents list the first language's headings. */
function parallelBody(doc: PrintableBrief, parallel: ParallelText, page: Geometry): (Paragraph | Table | TableOfContents)[] {
  const write = blockWriter(halfOf(page))
  const out: (Paragraph | Table | TableOfContents)[] = []
  for (const [index, section] of doc.sections.entries()) {
    const pageBreakBefore = out.length > 0 && sectionStartsPage(doc.sections, index)
    const other = parallel.sections.find((s) => s.id === section.id)
    if (section.kind === 'cover') {
      const head = letterhead(doc, pageBreakBefore)
      const title = (text: string) => [new Paragraph({ style: 'CoverTitle', children: lines(text) })]
      // An empty paragraph carries the page break when there is no letterhead: a table cannot.
      out.push(...(head.length === 0 && pageBreakBefore ? [new Paragraph({ pageBreakBefore })] : head), parallelTable([[title(doc.title), title(parallel.title)], [factsTable(doc.cover, halfOf(page)), factsTable(parallel.cover, halfOf(page))]], page))
    } else if (section.kind === 'contents') {
      out.push(...contents(section.title, pageBreakBefore, other?.title ?? null))
    } else {
      if (pageBreakBefore) out.push(new Paragraph({ pageBreakBefore }))
      // The first language's heading is the Heading 1 the contents list; its counterpart looks the same but is not listed.
      let rows: [(Paragraph | Table)[], (Paragraph | Table)[]][] = [[[new Paragraph({ heading: HeadingLevel.HEADING_1, children: lines(section.title) })], [new Paragraph({ style: 'ParallelHeading', children: lines(other?.title ?? '') })]]]
      for (const run of parallelRuns(section, other)) {
        if (run.kind === 'blocks') {
          rows.push(...run.rows.map(([left, right]): [(Paragraph | Table)[], (Paragraph | Table)[]] => [left.flatMap((b) => write(b)), right.flatMap((b) => write(b))]))
          continue
        }
        if (rows.length > 0) apart(out, parallelTable(rows, page))
        rows = []
        apart(out, ...dataTable(run.joined.table, page, run.joined.gap))
      }
      if (rows.length > 0) apart(out, parallelTable(rows, page))
    }
  }
  return out
}

/** The body in the order of the sections, breaking pages where the print view does. */
function body(doc: PrintableBrief, page: Geometry): (Paragraph | Table | TableOfContents)[] {
  if (doc.parallel) return parallelBody(doc, doc.parallel, page)
  const write = blockWriter(page)
  const out: (Paragraph | Table | TableOfContents)[] = []
  if (!doc.sections.some((s) => s.kind === 'cover') && doc.title.trim() !== '') out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: lines(doc.title) }))
  for (const [index, section] of doc.sections.entries()) {
    const pageBreakBefore = out.length > 0 && sectionStartsPage(doc.sections, index)
    if (section.kind === 'cover') {
      const head = letterhead(doc, pageBreakBefore)
      out.push(...head, new Paragraph({ style: 'CoverTitle', pageBreakBefore: pageBreakBefore && head.length === 0, children: lines(doc.title) }), ...factsTable(doc.cover, page))
    } else if (section.kind === 'contents') {
      out.push(...contents(section.title, pageBreakBefore))
    } else {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, children: lines(section.title) }), ...section.blocks.flatMap((b, i) => write(b, blockStartsPage(section, b, i))))
    }
  }
  return out
}

/** The recipient's name across the page, light: Word's own watermark (Design › Watermark). */
const watermark = (doc: PrintableBrief): Paragraph[] =>
  doc.copy?.watermark ? [new Paragraph({ children: [new TextWatermark({ text: doc.copy.recipient, font: FONT, color: 'BFBFBF', opacity: 0.35 })] })] : []

/**
 * The top of a page: the marking and, on a copy, its number under it, in the right corner; with
 * `numbered`, the page number at the centre of the corner's last line.
 */
function corner(doc: PrintableBrief, page: Geometry, numbered: boolean): Paragraph[] {
  // A line of its own for each of a bilingual marking's, each set right by its tab.
  const texts = [...doc.marking.split('\n'), copyLine(doc)].filter((t) => t.trim() !== '')
  const size = MARGIN_SIZE
  const tabStops = [
    { type: TabStopType.CENTER, position: Math.round(page.width / 2) },
    { type: TabStopType.RIGHT, position: page.width },
  ]
  const line = (children: ParagraphChild[]) => new Paragraph({ tabStops, spacing: { after: 0 }, children })
  const number: ParagraphChild[] = numbered ? [new TextRun({ size, children: [PageNumber.CURRENT] })] : []
  if (texts.length === 0) return numbered ? [line([new TextRun({ children: [new Tab()] }), ...number])] : []
  return texts.map((text, i) => line([new TextRun({ children: [new Tab()] }), ...(i === texts.length - 1 ? number : []), new TextRun({ children: [new Tab()] }), ...lines(text, { size })]))
}

/**
 * The headers: on the first page the corner; on the others also the page number at the top
 * centre (unless numbers are at the foot). The watermark is in both, so it is on every page.
 */
function headers(doc: PrintableBrief, page: Geometry) {
  const first = [...watermark(doc), ...corner(doc, page, false)]
  const others = [...watermark(doc), ...corner(doc, page, doc.layout.pageNumbers === 'top')]
  return { first: new Header({ children: first }), default: new Header({ children: others }) }
}

/** The foot of every page: the version and date, with "Страница X из Y" when numbers are at the foot; the cover's: the city and year. */
function footers(doc: PrintableBrief) {
  const size = SMALL_SIZE
  const pageOf: ParagraphChild[] =
    doc.layout.pageNumbers === 'foot'
      ? documentPageParts(doc).map((part) =>
          typeof part === 'string' ? new TextRun({ size, text: part }) : new TextRun({ size, children: [part.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES] }),
        )
      : []
  // "Версия: 2 · 28 ноября 2026 г. · Страница 3 из 12", centred, as on the printed pages.
  const line = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [...(doc.footer === '' ? [] : lines(doc.footer, { size })), ...(doc.footer !== '' && pageOf.length > 0 ? [new TextRun({ size, text: ' · ' })] : []), ...pageOf],
  })
  const coverFirst = doc.sections[0]?.kind === 'cover'
  const place = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: lines(doc.letterhead.place) })
  return { first: new Footer({ children: coverFirst ? (doc.letterhead.place.trim() === '' ? [] : [place]) : [line] }), default: new Footer({ children: [line] }) }
}

// The outline level is what Word's navigation pane and LibreOffice's navigator list.
const heading = (before: number, outlineLevel: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT, italics = false) => ({
  run: { font: FONT, size: BODY_SIZE, bold: true, italics, color: '000000' },
  paragraph: { alignment, spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
})

/**
 * Above this many table rows the contents' page numbers are left to Word (which fills them in on
 * opening): docx's layout estimate grows with the document (2.6 s for 500 rows, in the process
 * that also serves the window).
 */
export const ESTIMATE_MAX_ROWS = 150

/** The language Word proofs the text in (Uzbek in its Latin script). */
const PROOFING: Record<OutputLanguage, string> = { ru: 'ru-RU', en: 'en-GB', kk: 'kk-KZ', uz: 'uz-Latn-UZ' }

export async function briefToDocx(doc: PrintableBrief): Promise<Buffer> {
  const language = PROOFING[doc.language]
  const page = geometry(doc.layout, doc.orientation)
  const rows = doc.sections.flatMap((s) => s.blocks).reduce((sum, b) => sum + (b.type === 'table' ? b.rows.length : 0), 0)
  const estimate = doc.sections.some((s) => s.kind === 'contents') && rows <= ESTIMATE_MAX_ROWS
  const document = new Document({
    // The properties name the copy, as the PDF's do; nothing else of the brief goes into them.
    title: documentTitle(doc),
    subject: copyLine(doc),
    creator: 'Delegation Desk',
    lastModifiedBy: 'Delegation Desk',
    // Word fills in the contents' page numbers when it opens the file. LibreOffice shows the contents as
    // written, so they are written with the pages docx lays out; the layout costs a few hundred
    // milliseconds for a usual brief.
    features: { updateFields: true },
    pageNumbers: estimate ? estimatePageNumbers : undefined,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: language } },
          paragraph: { spacing: { after: 0, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: heading(0, 0, AlignmentType.CENTER),
        heading1: heading(240, 0, AlignmentType.CENTER),
        heading2: heading(240, 1),
        heading3: heading(120, 2, AlignmentType.LEFT, true),
      },
      paragraphStyles: [
        // The body's paragraphs, as in an official letter: justified, the first line indented 1.25 cm.
        { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: 80 } } },
        { id: 'Letterhead', name: 'Letterhead', basedOn: 'Normal', next: 'Normal', run: { bold: true, allCaps: true, size: BODY_SIZE }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
        { id: 'CoverTitle', name: 'Cover Title', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 720 } } },
        { id: 'ParallelHeading', name: 'Parallel Heading', basedOn: 'Normal', next: 'Normal', run: { size: BODY_SIZE, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true } },
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: BODY_SIZE, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: INDENT + 284, hanging: 284 } } } }] },
        { reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: INDENT + 397, hanging: 397 } } } }] },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          // docx swaps the sides of a sheet turned across itself: it is given upright.
          page: {
            size: { width: A4.width, height: A4.height, orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { ...page.margin, header: page.header, footer: page.header },
          },
        },
        headers: headers(doc, page),
        footers: footers(doc),
        children: body(doc, page),
      },
    ],
  })
  return Packer.toBuffer(document)
}
