// Where a pack's pages break, the same for the printed pages and the Word file: sections flow one
// after another, and only the parts a reader turns to start a new page — the cover, the contents,
// each agenda item's brief and each annex (and the register sheet) — and the text after the
// contents, which have their page to themselves; and which rows of a table are kept whole. Pure:
// the print view uses it.
import type { BriefBlock, BriefDocument, PageLayout } from '../schema'
import type { PrintableBrief } from './printable'

type Section = BriefDocument['sections'][number]

const ownPage = new Set<Section['kind']>(['cover', 'contents', 'agenda_items', 'commitments_annex', 'annexes', 'register'])

/** Whether the section at `index` starts on a new page: one a reader turns to, or the first after the contents. */
export const sectionStartsPage = (sections: readonly Section[], index: number) => ownPage.has(sections[index]!.kind) || sections[index - 1]?.kind === 'contents'

/**
 * Whether a block of a section starts a new page: each agenda item's brief (its level-2 heading)
 * after the first, which follows the section's own heading.
 */
export const blockStartsPage = (section: Section, block: BriefBlock, index: number) =>
  section.kind === 'agenda_items' && block.type === 'heading' && block.level === 2 && section.blocks.findIndex((b) => b.type === 'heading' && b.level === 2) !== index

const PT_PER_MM = 72 / 25.4

/** The text block of a sheet with the layout's margins, in points. */
export function textBlock(layout: PageLayout, orientation: PrintableBrief['orientation']): { width: number; height: number } {
  const [width, height] = orientation === 'landscape' ? [297, 210] : [210, 297]
  const { top, right, bottom, left } = layout.margins
  return { width: (width - left - right) * PT_PER_MM, height: (height - top - bottom) * PT_PER_MM }
}

/**
 * Whether a table's row is kept whole on one page: when a generous guess at its height (0.6 em a
 * character, 1.2 em a line) is under a third of the page. A taller row may break across pages:
 * kept whole, it would leave most of a page blank before it (the rows of an implementation
 * report, with an owner's report and our assessment, run to half a page each), and Word cuts off
 * a row taller than its page that may not split. Every length in points; `padding` on each side.
 */
export function rowKeptWhole(cells: readonly string[], widths: readonly number[], size: number, padding: number, pageHeight: number): boolean {
  const lineCount = (text: string, width: number) => text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 0.6 * size) / (width - 2 * padding))), 0)
  const height = Math.max(...cells.map((text, i) => lineCount(text, widths[i]!))) * 1.2 * size
  return height < pageHeight / 3
}
