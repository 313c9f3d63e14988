// A brief's document tree as HTML elements for paged.js. Every text goes in through textContent,
// so whatever a user typed (markup, scripts) prints as typed and never becomes markup.
import { blockStartsPage, rowKeptWhole, sectionStartsPage, textBlock } from '../../../electron/core/briefs/pages'
import { parallelRuns, type JoinedTable } from '../../../electron/core/briefs/parallel'
import type { PrintableBrief } from '../../../electron/core/briefs/printable'
import type { BriefBlock, BriefDocument, ParallelText } from '../../../electron/core/schema'

type Section = BriefDocument['sections'][number]

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  for (const child of children) node.append(child)
  return node
}

const anchor = (section: Section) => `section-${section.id}`
const headingOf = (section: Section) => `heading-${section.id}`
/** The parts a reader turns to start a page of their own (pages.ts says which). */
const pageClass = (starts: boolean) => (starts ? ' new-page' : '')

/** A section named by its heading, so the pages on screen are navigable by region. */
const titled = (section: Section, attrs: Record<string, string>, ...children: Node[]) =>
  el('section', { ...attrs, id: anchor(section), 'aria-labelledby': headingOf(section) }, el('h1', { id: headingOf(section) }, section.title), ...children)

type Table = Extract<BriefBlock, { type: 'table' }>

/**
 * Which rows of a table may break across pages (pages.ts): on pages Chromium breaks, those too tall
 * to keep whole. paged.js keeps every row whole.
 */
type Breakable = (table: Table, cells: string[]) => boolean

/** print.css's tables: 10.5 pt, 1.2 mm to each side of a cell. */
const TABLE_SIZE = 10.5
const CELL_PADDING = (1.2 * 72) / 25.4

/** Every row kept whole. */
const whole: Breakable = () => false

function breakableRows(doc: PrintableBrief): Breakable {
  if (doc.pagination !== 'printer') return whole
  const page = textBlock(doc.layout, doc.orientation)
  return (table, cells) => {
    const total = table.columns.reduce((sum, c) => sum + c.width, 0)
    return !rowKeptWhole(cells, table.columns.map((c) => (page.width * c.width) / total), TABLE_SIZE, CELL_PADDING, page.height)
  }
}

function table(block: Table, breakable: Breakable): HTMLElement {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0)
  const rowClass = (row: Table['rows'][number]) => [row.overdue ? 'overdue' : '', breakable(block, row.cells) ? 'breakable' : ''].filter((c) => c !== '').join(' ')
  return el(
    'table',
    { class: 'grid' },
    // Widths on the header cells, not a colgroup: the header is what a continued table repeats.
    el('thead', {}, el('tr', {}, ...block.columns.map((c) => el('th', { scope: 'col', style: `width: ${((100 * c.width) / total).toFixed(2)}%` }, c.title)))),
    el('tbody', {}, ...block.rows.map((row) => el('tr', rowClass(row) === '' ? {} : { class: rowClass(row) }, ...row.cells.map((cell) => el('td', {}, cell))))),
  )
}

function block(b: BriefBlock, breakable: Breakable, newPage = false): HTMLElement {
  switch (b.type) {
    case 'heading':
      return el(b.level === 2 ? 'h2' : 'h3', newPage ? { class: 'new-page' } : {}, b.text)
    case 'paragraph':
      return el('p', {}, b.text)
    case 'bullets':
      return el('ul', {}, ...b.items.map((item) => el('li', {}, item)))
    case 'numbered':
      return el('ol', {}, ...b.items.map((item) => el('li', {}, item)))
    case 'facts':
      return el('table', { class: 'facts' }, el('tbody', {}, ...b.rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.label), el('td', {}, r.value)))))
    case 'table':
      return table(b, breakable)
  }
}

/** The cover's head: the emblem and the organisation. */
function coverHead(doc: PrintableBrief): Node[] {
  const head: Node[] = []
  if (doc.emblemImage) head.push(el('img', { class: 'emblem', src: doc.emblemImage, alt: '' }))
  if (doc.letterhead.organisation.trim() !== '') head.push(el('p', { class: 'organisation' }, doc.letterhead.organisation))
  return head
}

/** The cover: the emblem and the organisation at the head, the title, then who and when. */
function cover(doc: PrintableBrief): HTMLElement {
  return el('section', { class: 'cover', 'aria-label': doc.title }, ...coverHead(doc), el('h1', { class: 'cover-title' }, doc.title), block({ type: 'facts', rows: doc.cover }, whole))
}

/**
 * The contents: one line per section, its page number filled in by paged.js (target-counter); in a
 * bilingual pack each section's counterpart heading under it, as Word's contents list them.
 */
function contents(doc: BriefDocument, section: Section): HTMLElement {
  const listed = doc.sections.filter((s) => s.kind !== 'cover' && s.kind !== 'contents')
  const counterpart = (s: Section) => doc.parallel?.sections.find((p) => p.id === s.id)
  const entry = (s: Section, title: string, attrs: Record<string, string> = {}) => el('li', attrs, el('a', { href: `#${anchor(s)}` }, el('span', { class: 'toc-title' }, title)))
  const own = counterpart(section)
  return titled(
    own ? { ...section, title: `${section.title} / ${own.title}` } : section,
    { class: `contents${pageClass(true)}` },
    el(
      'ol',
      { class: 'toc' },
      ...listed.flatMap((s) => {
        const other = counterpart(s)
        return other ? [entry(s, s.title), entry(s, other.title, { class: 'counterpart', lang: doc.parallel!.language })] : [entry(s, s.title)]
      }),
    ),
  )
}

/**
 * A bilingual pack's two texts side by side, a row per pair of blocks so the languages stay level
 * and a page can break between rows; the first language on the left.
 */
const sideBySide = (doc: BriefDocument, parallel: ParallelText, rows: [Node[], Node[]][]) =>
  el('table', { class: 'parallel' }, el('tbody', {}, ...rows.map(([left, right]) => el('tr', {}, el('td', { lang: doc.language }, ...left), el('td', { lang: parallel.language }, ...right)))))

/** A table joined with its counterpart (parallel.ts): the gap column marked, the second language's cells in their language. */
function joinedGrid({ table: joined, gap }: JoinedTable, language: string, breakable: Breakable): HTMLElement {
  const grid = table(joined, breakable)
  for (const row of grid.querySelectorAll('tr')) {
    for (const [i, cell] of [...row.cells].entries()) {
      if (i === gap) cell.classList.add('gap')
      else if (i > gap) cell.lang = language
    }
  }
  return grid
}

function parallelSection(doc: BriefDocument, parallel: ParallelText, section: Section, starts: boolean, breakable: Breakable): HTMLElement {
  const other = parallel.sections.find((s) => s.id === section.id)
  const parts: Node[] = []
  // The first language's heading names the section (the region on screen, the contents' target).
  let rows: [Node[], Node[]][] = [[[el('h1', { id: headingOf(section) }, section.title)], [el('h1', {}, other?.title ?? '')]]]
  for (const run of parallelRuns(section, other)) {
    if (run.kind === 'blocks') {
      rows.push(...run.rows.map(([left, right]): [Node[], Node[]] => [left.map((b) => block(b, breakable)), right.map((b) => block(b, breakable))]))
      continue
    }
    if (rows.length > 0) parts.push(sideBySide(doc, parallel, rows))
    rows = []
    parts.push(joinedGrid(run.joined, parallel.language, breakable))
  }
  if (rows.length > 0) parts.push(sideBySide(doc, parallel, rows))
  return el('section', { class: `body${pageClass(starts)}`, id: anchor(section), 'aria-labelledby': headingOf(section) }, ...parts)
}

function parallelCover(doc: PrintableBrief, parallel: ParallelText): HTMLElement {
  const facts = (rows: BriefDocument['cover']) => block({ type: 'facts', rows }, whole)
  return el(
    'section',
    { class: 'cover', 'aria-label': doc.title },
    ...coverHead(doc),
    sideBySide(doc, parallel, [
      [[el('h1', { class: 'cover-title' }, doc.title)], [el('h1', { class: 'cover-title' }, parallel.title)]],
      [[facts(doc.cover)], [facts(parallel.cover)]],
    ]),
  )
}

export function briefElement(doc: PrintableBrief): DocumentFragment {
  const fragment = document.createDocumentFragment()
  const { parallel } = doc
  const breakable = breakableRows(doc)
  doc.sections.forEach((section, index) => {
    if (parallel && section.kind === 'cover') fragment.append(parallelCover(doc, parallel))
    else if (parallel && section.kind !== 'contents') fragment.append(parallelSection(doc, parallel, section, sectionStartsPage(doc.sections, index), breakable))
    else if (section.kind === 'cover') fragment.append(cover(doc))
    else if (section.kind === 'contents') fragment.append(contents(doc, section))
    else fragment.append(titled(section, { class: `body${pageClass(sectionStartsPage(doc.sections, index))}` }, ...section.blocks.map((b, i) => block(b, breakable, blockStartsPage(section, b, i)))))
  })
  return fragment
}
