// Where a pack's pages break, the same for the printed pages and the Word file: sections flow one
// after another, and only the parts a reader turns to start a new page — the cover, the contents,
// each agenda item's brief and each annex (and the register sheet) — and the text after the
// contents, which have their page to themselves. Pure: the print view uses it.
import type { BriefBlock, BriefDocument } from '../schema'

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
