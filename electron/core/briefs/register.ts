// The distribution register of a brief as a sheet to print: every numbered copy of every version,
// who got it, when and how, and whether it came back or was destroyed, with a column to sign —
// the register a «ДСП» procedure asks for. Laid out like any pack, by the same outputs.
import { formatDay, formatShortDay } from '../domain/dates'
import type { Brief, BriefDocument, DeskData } from '../schema'
import { briefLabels } from './labels'

export function registerDocument(data: DeskData, brief: Brief, today: string): BriefDocument {
  const L = briefLabels[brief.language]
  const R = L.register
  const copies = [...brief.copies].sort((a, b) => a.version - b.version || a.number - b.number)
  const day = (iso: string) => formatShortDay(iso, brief.language)
  const table = {
    type: 'table' as const,
    columns: [
      { title: R.columns.line, width: 0.8 },
      { title: R.columns.version, width: 0.9 },
      { title: R.columns.copy, width: 0.9 },
      { title: R.columns.recipient, width: 3.2 },
      { title: R.columns.issuedOn, width: 1.4 },
      { title: R.columns.medium, width: 1.2 },
      { title: R.columns.state, width: 1.8 },
      { title: R.columns.signature, width: 1.6 },
    ],
    rows: copies.map((c, i) => ({
      cells: [
        String(i + 1),
        String(c.version),
        String(c.number),
        c.recipient,
        day(c.issuedOn),
        R.media[c.medium],
        c.stateOn === null ? '' : R.stateOn(R.states[c.state], day(c.stateOn)),
        '',
      ],
      overdue: false,
    })),
  }
  const layout = data.settings.briefLayout
  return {
    language: brief.language,
    marking: brief.marking,
    title: R.heading(brief.title),
    cover: [],
    footer: `${R.title} · ${formatDay(today, brief.language)}`,
    edition: 'principal',
    layout: { margins: { ...layout.margins }, pageNumbers: layout.pageNumbers },
    letterhead: { organisation: '', emblem: null, place: '' },
    sections: [{ id: brief.id, kind: 'register', title: R.heading(brief.title), blocks: copies.length === 0 ? [{ type: 'paragraph', text: R.none }] : [table] }],
  }
}
