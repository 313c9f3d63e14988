// What every page carries in its margins, put on the pages once paged.js has laid them out: the
// marking and a copy's number in the top right corner, the page number at the top centre from the
// second page (or "Страница X из Y" at the foot), the version line at the foot, the city and year
// at the foot of the cover, and a copy's recipient across the page. Drawn as elements of each
// page, not by paged.js's margin boxes, so a copy of the same layout is restamped in an instant.
import { pageLine } from '../../../electron/core/briefs/labels'
import { copyLine, documentTitle, sheetSize, type CopyStamp, type PrintableBrief } from '../../../electron/core/briefs/printable'
import { el } from './briefDom'

/** The @page rule: the sheet with the layout's margins; everything in them is furniture. */
export function pageRule(doc: PrintableBrief): string {
  const { top, right, bottom, left } = doc.layout.margins
  return `@page { size: ${sheetSize(doc)}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; }`
}

/** Lays the furniture on every page; the copy's own marks are filled in by `stampCopy`. */
export function furnish(doc: PrintableBrief, pages: HTMLElement[]): void {
  const { margins } = doc.layout
  document.documentElement.style.setProperty('--margin-top', `${margins.top}mm`)
  document.documentElement.style.setProperty('--margin-right', `${margins.right}mm`)
  document.documentElement.style.setProperty('--margin-bottom', `${margins.bottom}mm`)
  document.documentElement.style.setProperty('--margin-left', `${margins.left}mm`)
  const coverPage = pages.findIndex((page) => page.querySelector('section.cover') !== null)
  pages.forEach((page, i) => {
    const marks: HTMLElement[] = [el('div', { class: 'corner' }, ...(doc.marking.trim() === '' ? [] : [el('div', { class: 'marking' }, doc.marking)]), el('div', { class: 'copy-number' }))]
    if (doc.layout.pageNumbers === 'top' && i > 0) marks.push(el('div', { class: 'page-number' }, String(i + 1)))
    if (i === coverPage) {
      if (doc.letterhead.place.trim() !== '') marks.push(el('div', { class: 'place' }, doc.letterhead.place))
    } else {
      const pageOf = doc.layout.pageNumbers === 'foot' ? pageLine(doc, i + 1, pages.length) : ''
      const line = [doc.footer, pageOf].filter((part) => part !== '').join(' · ')
      if (line !== '') marks.push(el('div', { class: 'foot' }, line))
    }
    marks.push(el('div', { class: 'watermark', 'aria-hidden': 'true' }))
    page.append(el('div', { class: 'furniture' }, ...marks))
  })
  stampCopy(doc, doc.copy)
}

/** The marks of one numbered copy (or none) on pages already furnished, and the title its PDF carries. */
export function stampCopy(doc: PrintableBrief, copy: CopyStamp | null): void {
  const stamped = { ...doc, copy }
  document.title = documentTitle(stamped)
  for (const node of document.querySelectorAll('.copy-number')) node.textContent = copyLine(stamped)
  // As large as fits along the page's diagonal (about 360 mm), and never larger than 48 pt.
  const size = copy ? Math.min(48, Math.floor(1000 / Math.max(1, copy.recipient.length) / 0.55)) : 48
  for (const node of document.querySelectorAll<HTMLElement>('.watermark')) {
    node.textContent = copy?.watermark ? copy.recipient : ''
    node.hidden = !copy?.watermark
    node.style.setProperty('--watermark-size', `${size}pt`)
  }
}
