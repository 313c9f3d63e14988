// The Word file of an assembled brief: the same blocks as the printed pages, as a document a
// secretariat can go on editing — real headings, lists, tables and a table of contents, the marking
// on every page, and page numbers that Word and LibreOffice keep right as the text changes.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
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
import type { BriefBlock, BriefDocument } from '../schema'
import { briefLabels } from './labels'

// A4 portrait with 2 cm margins, in twips (1/20 pt; 567 to the centimetre).
const PAGE = { width: 11906, height: 16838, margin: 1134 }
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin
const TEXT_HEIGHT = PAGE.height - 2 * PAGE.margin

// Sizes are in half-points.
const BODY_SIZE = 22
const TABLE_SIZE = 18
const OVERDUE_COLOUR = '9C0006'
const OVERDUE_FILL = 'FBE4E4'
const HEADER_FILL = 'E7E6E6'

const BULLETS = 'brief-bullets'
const NUMBERED = 'brief-numbered'

type Run = Omit<IRunOptions, 'text' | 'break'>

/** A text's lines as runs with line breaks between them: "\n" in the data is a new line, not a new paragraph. */
const lines = (text: string, run: Run = {}): TextRun[] => text.split(/\r?\n/).map((line, i) => new TextRun({ ...run, text: line, break: i > 0 ? 1 : undefined }))

const nothing = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const noBorders = { top: nothing, bottom: nothing, left: nothing, right: nothing, insideHorizontal: nothing, insideVertical: nothing }
const rule = { style: BorderStyle.SINGLE, size: 4, color: '808080' }
const ruled = { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule }
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 }

/**
 * Whether a row surely fits on a page, from a generous guess at its height (0.6 em a character,
 * 1.2 em a line). Word cuts off a row that may not split and is taller than the page, so only
 * those are kept whole; the rare longer one may break rather than lose its end.
 */
function fitsOnPage(cells: string[], widths: number[], size: number): boolean {
  const em = size * 10 // twips: a size is in half-points
  const lineCount = (text: string, width: number) => text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 0.6 * em) / (width - 2 * cellMargins.left))), 0)
  const height = Math.max(...cells.map((text, i) => lineCount(text, widths[i]!))) * 1.2 * em
  return height < 0.8 * TEXT_HEIGHT
}

/** Widths in twips that fill the text width in the given proportions. */
function columnWidths(relative: number[]): number[] {
  const total = relative.reduce((sum, w) => sum + w, 0)
  const widths = relative.map((w) => Math.floor((TEXT_WIDTH * w) / total))
  // Rounding leaves a few twips over; the last column takes them so the table is exactly the text width.
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((sum, w) => sum + w, 0)
  return widths
}

/** Label/value lines (the cover, a person's facts): a borderless two-column table, labels bold. */
function factsTable(rows: { label: string; value: string }[]): Table[] {
  if (rows.length === 0) return []
  const widths = columnWidths([3, 7])
  const cell = (text: string, width: number, run: Run) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ spacing: { after: 60 }, children: lines(text, run) })] })
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      margins: cellMargins,
      rows: rows.map(
        (r) =>
          new TableRow({
            cantSplit: fitsOnPage([r.label, r.value], widths, BODY_SIZE) || undefined,
            children: [cell(r.label, widths[0]!, { bold: true }), cell(r.value, widths[1]!, {})],
          }),
      ),
    }),
  ]
}

/** A data table: header row repeated on every page, rows kept whole, overdue rows in dark red on pink. */
function dataTable(block: Extract<BriefBlock, { type: 'table' }>): Table[] {
  if (block.columns.length === 0 || block.rows.length === 0) return []
  const widths = columnWidths(block.columns.map((c) => c.width))
  const cell = (text: string, i: number, run: Run, fill?: string) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: [new Paragraph({ spacing: { after: 0 }, children: lines(text, { size: TABLE_SIZE, ...run }) })],
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
      cantSplit: fitsOnPage(cells, widths, TABLE_SIZE) || undefined,
      // Colour alone is lost on a grey printer, so overdue rows are bold as well.
      children: cells.map((text, i) => cell(text, i, row.overdue ? { bold: true, color: OVERDUE_COLOUR } : {}, row.overdue ? OVERDUE_FILL : undefined)),
    })
  })
  return [new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: ruled, margins: cellMargins, rows: [header, ...body] })]
}

/** The blocks of the body. Each numbered list is its own list instance, so each starts again at 1. */
function blockWriter() {
  let lists = 0
  return (block: BriefBlock): (Paragraph | Table)[] => {
    switch (block.type) {
      case 'heading':
        return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: lines(block.text) })]
      case 'paragraph':
        return [new Paragraph({ children: lines(block.text) })]
      case 'bullets':
        return block.items.map((item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: lines(item) }))
      case 'numbered': {
        const instance = ++lists
        return block.items.map((item) => new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance }, children: lines(item) }))
      }
      case 'facts':
        return factsTable(block.rows)
      case 'table':
        return dataTable(block)
    }
  }
}

/** The body in the order of the sections, as the print view lays it out: every section from a new page. */
function body(doc: BriefDocument): (Paragraph | Table | TableOfContents)[] {
  const write = blockWriter()
  const out: (Paragraph | Table | TableOfContents)[] = []
  if (!doc.sections.some((s) => s.kind === 'cover') && doc.title.trim() !== '') out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: lines(doc.title) }))
  for (const section of doc.sections) {
    const pageBreakBefore = out.length > 0
    if (section.kind === 'cover') {
      out.push(new Paragraph({ style: 'CoverTitle', pageBreakBefore, children: lines(doc.title) }), ...factsTable(doc.cover))
    } else if (section.kind === 'contents') {
      out.push(
        // Not a Heading 1, so the contents do not list themselves.
        new Paragraph({ style: 'TOCHeading', pageBreakBefore, children: lines(section.title) }),
        // The sections, as the printed contents list them.
        new TableOfContents(section.title, { hyperlink: true, headingStyleRange: '1-1' }),
      )
    } else {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, children: lines(section.title) }), ...section.blocks.flatMap(write))
    }
  }
  return out
}

/** The marking, centred; nothing at all when the brief has none. */
const marking = (doc: BriefDocument): Paragraph[] => (doc.marking.trim() === '' ? [] : [new Paragraph({ alignment: AlignmentType.CENTER, children: lines(doc.marking, { bold: true }) })])

function footer(doc: BriefDocument): Footer {
  const L = briefLabels[doc.language]
  const size = TABLE_SIZE
  const page: ParagraphChild[] = [
    new TextRun({ size, text: `${L.page.before} ` }),
    new TextRun({ size, children: [PageNumber.CURRENT] }),
    new TextRun({ size, text: ` ${L.page.between} ` }),
    new TextRun({ size, children: [PageNumber.TOTAL_PAGES] }),
  ]
  return new Footer({
    children: [
      ...marking(doc),
      // Version and date on the left, the page number against the right margin.
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: doc.footer === '' ? page : [...lines(doc.footer, { size }), new TextRun({ children: [new Tab()] }), ...page],
        alignment: doc.footer === '' ? AlignmentType.RIGHT : undefined,
      }),
    ],
  })
}

// The outline level is what Word's navigation pane and LibreOffice's navigator list.
const heading = (size: number, before: number, outlineLevel?: number) => ({
  run: { font: 'Arial', size, bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
})

/**
 * Above this many table rows the contents' page numbers are left to Word (which fills them in on
 * opening): docx's layout estimate grows with the document (2.6 s for 500 rows, in the process
 * that also serves the window).
 */
export const ESTIMATE_MAX_ROWS = 150

export async function briefToDocx(doc: BriefDocument): Promise<Buffer> {
  const language = doc.language === 'ru' ? 'ru-RU' : 'en-GB'
  const marked = marking(doc).length > 0
  const rows = doc.sections.flatMap((s) => s.blocks).reduce((sum, b) => sum + (b.type === 'table' ? b.rows.length : 0), 0)
  const estimate = doc.sections.some((s) => s.kind === 'contents') && rows <= ESTIMATE_MAX_ROWS
  const document = new Document({
    title: doc.title,
    creator: 'Delegation Desk',
    // Word fills in the contents' page numbers when it opens the file. LibreOffice shows the contents as
    // written, so they are written with the pages docx lays out (Arial's widths are Liberation Sans's);
    // the layout costs a few hundred milliseconds for a usual brief.
    features: { updateFields: true },
    pageNumbers: estimate ? estimatePageNumbers : undefined,
    styles: {
      default: {
        // Arial: Word has it everywhere, and LibreOffice draws it as Liberation Sans, with the same widths and Cyrillic.
        document: { run: { font: 'Arial', size: BODY_SIZE, language: { value: language } }, paragraph: { spacing: { after: 120 } } },
        title: heading(32, 0),
        heading1: heading(28, 360, 0),
        heading2: heading(24, 240, 1),
        heading3: { ...heading(BODY_SIZE, 180, 2), run: { font: 'Arial', size: BODY_SIZE, bold: true, italics: true, color: '000000' } },
      },
      paragraphStyles: [
        { id: 'CoverTitle', name: 'Cover Title', basedOn: 'Normal', next: 'Normal', run: { size: 40, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 3600, after: 720 } } },
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: 28, bold: true }, paragraph: { spacing: { after: 240 } } },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] },
        { reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 397 } } } }] },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } } },
        headers: marked ? { default: new Header({ children: marking(doc) }) } : undefined,
        footers: { default: footer(doc) },
        children: body(doc),
      },
    ],
  })
  return Packer.toBuffer(document)
}
