// How a bilingual pack's section lies in two columns, the same for the print view and the Word
// file: its blocks side by side in runs, each block level with its counterpart, and a table beside
// its counterpart joined into one grid with a gap between them, so that a page breaks between
// rows level in both languages and continues with both headers (two tables side by side, each in
// its own column, would each break where its own rows fall and drift apart). Pure.
import type { BriefBlock, BriefDocument } from '../schema'

type Section = BriefDocument['sections'][number]
export type TableBlock = Extract<BriefBlock, { type: 'table' }>

/** The gap between a table and its counterpart, against each table's width. */
const GAP = 0.05

/** A table and its counterpart as one; `gap`: the index of the empty column between them. */
export interface JoinedTable {
  table: TableBlock
  gap: number
}

export type ParallelRun = { kind: 'blocks'; rows: [left: BriefBlock[], right: BriefBlock[]][] } | { kind: 'table'; joined: JoinedTable }

export function joinedTables(left: TableBlock, right: TableBlock): JoinedTable {
  const widths = (t: TableBlock) => t.columns.map((c) => ({ ...c, width: c.width / t.columns.reduce((sum, x) => sum + x.width, 0) }))
  const rows = Array.from({ length: Math.max(left.rows.length, right.rows.length) }, (_v, i) => ({
    cells: [...(left.rows[i]?.cells ?? left.columns.map(() => '')), '', ...(right.rows[i]?.cells ?? right.columns.map(() => ''))],
    overdue: left.rows[i]?.overdue ?? right.rows[i]?.overdue ?? false,
  }))
  return { table: { type: 'table', columns: [...widths(left), { title: '', width: GAP }, ...widths(right)], rows }, gap: left.columns.length }
}

/** A section's blocks beside its counterpart's (`other`, missing when the second language has none), in runs. */
export function parallelRuns(section: Section, other: Section | undefined): ParallelRun[] {
  const runs: ParallelRun[] = []
  let rows: [BriefBlock[], BriefBlock[]][] = []
  const flush = () => {
    if (rows.length > 0) runs.push({ kind: 'blocks', rows })
    rows = []
  }
  section.blocks.forEach((block, i) => {
    const counterpart = other?.blocks[i]
    if (block.type === 'table' && counterpart?.type === 'table') {
      flush()
      runs.push({ kind: 'table', joined: joinedTables(block, counterpart) })
    } else rows.push([[block], counterpart ? [counterpart] : []])
  })
  flush()
  return runs
}
