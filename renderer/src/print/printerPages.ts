// A paper whose pages Chromium breaks as it prints, instead of paged.js: for long papers nobody
// previews. An implementation report of 2,000 commitments runs to hundreds of pages, which paged.js
// takes minutes over and Chromium seconds. What furniture.ts draws on paged.js's pages is here in
// the @page margin boxes, with the page counters Chromium fills in; the furniture's positions in
// print.css are matched (3 mm above the text, 4 mm below it).
import { documentPageParts } from '../../../electron/core/briefs/labels'
import { copyLine, documentTitle, PRINT_WINDOW_WIDTH, sheetSize, type CopyStamp, type PrintableBrief } from '../../../electron/core/briefs/printable'

/** Any text as a CSS string: quotes, backslashes, line breaks and control characters escaped. */
const cssString = (text: string) => `"${[...text].map((c) => (c === '"' || c === '\\' || c < ' ' || c === '\u007f' ? `\\${c.charCodeAt(0).toString(16)} ` : c)).join('')}"`

/** CSS content of several lines, one below the other; 'none' when there are none. */
const linesContent = (lines: string[]) => (lines.length === 0 ? 'none' : lines.map(cssString).join(' "\\a " '))

/** The foot line: the footer, then the page line with Chromium's counters where the numbers go. */
function footContent(doc: PrintableBrief): string {
  const parts: string[] = doc.footer === '' ? [] : [cssString(doc.footer)]
  if (doc.layout.pageNumbers === 'foot') {
    if (parts.length > 0) parts.push(cssString(' · '))
    for (const part of documentPageParts(doc)) parts.push(typeof part === 'string' ? cssString(part) : `counter(${part.field === 'page' ? 'page' : 'pages'})`)
  }
  return parts.length === 0 ? 'none' : parts.join(' ')
}

/** The @page rules: the sheet with the layout's margins, the marking and copy in the corner, the numbers, the foot, and the cover's place. */
export function printerRules(doc: PrintableBrief): string {
  const { top, right, bottom, left } = doc.layout.margins
  const head = 'font-family: Tinos, serif; font-size: 12pt; line-height: 1.2; color: #000; vertical-align: bottom; padding-bottom: 3mm;'
  const foot = 'font-family: Tinos, serif; color: #000; vertical-align: top; padding-top: 4mm; text-align: center;'
  const marks = [doc.marking.trim(), copyLine(doc)].filter((line) => line !== '')
  // furniture.ts: the first page has no number at the top; a cover (always the first section) has its place at the foot instead of the foot line.
  const coverFirst = doc.sections[0]?.kind === 'cover'
  const place = doc.letterhead.place.trim()
  // Never laid out but on the sheet. Nobody sees this window on screen, and before paginating,
  // Chromium lays the page out once in print media at the window's width: for a report of 2,000
  // commitments that is 1.5 s of a layout no page uses (the print view's window is wider than any sheet).
  return `@media screen, print and (min-width: ${PRINT_WINDOW_WIDTH}px) { body { display: none; } }
@page {
  size: ${sheetSize(doc)};
  margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;
  @top-right { content: ${linesContent(marks)}; white-space: pre; text-align: right; ${head} }
  @top-center { content: ${doc.layout.pageNumbers === 'top' ? 'counter(page)' : 'none'}; text-align: center; ${head} }
  @bottom-center { content: ${footContent(doc)}; font-size: 10pt; ${foot} }
}
@page :first {
  @top-center { content: none; }
  ${coverFirst ? `@bottom-center { content: ${place === '' ? 'none' : cssString(place)}; font-size: 14pt; ${foot} }` : ''}
}`
}

/** `doc` as one flow for Chromium's pagination, under `css` (the print view's styles) and its @page rules. */
export function layOutForPrinter(doc: PrintableBrief, css: string, content: Node): void {
  const style = document.createElement('style')
  style.textContent = css
  const pages = document.createElement('style')
  pages.id = 'printer-pages'
  pages.textContent = printerRules(doc)
  document.head.append(style, pages)
  document.body.replaceChildren(content)
  document.title = documentTitle(doc)
}

/**
 * Another copy of a paper laid out for the printer: its number in the corner and its title. A
 * recipient across the page (the watermark) is drawn on paged.js's pages only; papers laid out
 * for the printer are never issued in such copies, and one that asks is refused rather than
 * printed without it.
 */
export function restampForPrinter(doc: PrintableBrief, copy: CopyStamp | null): void {
  if (copy?.watermark) throw new Error('A copy with its recipient across the page is laid out by paged.js')
  const stamped = { ...doc, copy }
  document.getElementById('printer-pages')!.textContent = printerRules(stamped)
  document.title = documentTitle(stamped)
}
