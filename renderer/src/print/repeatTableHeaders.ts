// paged.js 0.4 continues a long table on the next page without its header row. This puts a copy
// of the header into the continued table as its first row is laid out, so the page's height
// accounts for it (adding it after layout would push the last row off the page).
import { Handler } from 'pagedjs'

export class RepeatTableHeaders extends Handler {
  renderNode(clone: Node, source: Node): void {
    if (!(clone instanceof HTMLTableRowElement) || !(source instanceof HTMLTableRowElement)) return
    const table = clone.closest('table')
    if (!table?.dataset.splitFrom || table.tHead) return
    const header = source.closest('table')?.tHead
    if (!header) return
    const copy = header.cloneNode(true) as HTMLTableSectionElement
    // paged.js finds its nodes by data-ref: the copy must not look like the original.
    for (const node of [copy, ...copy.querySelectorAll('[data-ref]')]) node.removeAttribute('data-ref')
    table.prepend(copy)
  }
}
