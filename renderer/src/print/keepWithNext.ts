// paged.js 0.4 honours `break-after: avoid` only one element back, so a document's heading could
// end a page while its table (header row and all) moved to the next. When a page overflows,
// this widens what moves: a table none of whose rows would stay goes whole, and a heading
// (h2, h3) right before what moves goes with it.
import { Handler } from 'pagedjs'

/** The element the overflow starts at, when it starts between elements. */
function firstMoved(overflow: Range): Element | null {
  const { startContainer: container, startOffset: offset } = overflow
  if (!(container instanceof Element)) return offset === 0 ? container.parentElement : null
  const node = container.childNodes[offset]
  return node instanceof Element ? node : null
}

export class KeepWithNext extends Handler {
  onOverflow(overflow: Range | undefined, rendered: HTMLElement): Range | undefined {
    if (!overflow) return undefined
    let moved = firstMoved(overflow)
    const table = moved?.closest('table')
    const firstRow = table?.tBodies[0]?.rows[0]
    if (table && !table.dataset.splitFrom && (!firstRow || overflow.comparePoint(firstRow, 0) >= 0)) moved = table
    const heading = moved?.previousElementSibling
    if (!heading || !/^H[23]$/.test(heading.tagName)) return moved === table && table ? from(table, overflow) : undefined
    // A heading at the very top of the page stays: moving it would leave the page empty.
    if (heading.getBoundingClientRect().top - rendered.getBoundingClientRect().top < 1) return undefined
    return from(heading, overflow)
  }
}

const from = (node: Node, overflow: Range) => {
  const range = overflow.cloneRange()
  range.setStartBefore(node)
  return range
}
