// What the outputs receive: a brief's document as it was assembled or issued, plus what each
// output adds — the emblem's image read from the data folder, and for a numbered copy its number
// and recipient. Pure types and words: the print view and the Word writer both use them.
import type { BriefDocument } from '../schema'
import { briefLabels } from './labels'

/** A numbered copy: its number on every page; its recipient across every page when `watermark`. */
export interface CopyStamp {
  number: number
  recipient: string
  watermark: boolean
}

export interface PrintableBrief extends BriefDocument {
  /** The emblem as a `data:` URL, or null when there is none (or its file is gone). */
  emblemImage: string | null
  /** null: not a numbered copy. */
  copy: CopyStamp | null
  /**
   * Who breaks the pages. paged.js by default, so that the builder's preview and the PDF are the
   * same pages; 'printer': Chromium as it prints, for long papers nobody previews (an
   * implementation report of hundreds of pages, which paged.js takes minutes over).
   */
  pagination?: 'printer'
  /** A4 across: a paper of wide tables (an implementation report's nine columns). Upright by default. */
  orientation?: 'landscape'
}

/** The sheet as CSS names it for @page. */
export const sheetSize = (doc: PrintableBrief) => (doc.orientation === 'landscape' ? 'A4 landscape' : 'A4')

/**
 * How wide the window is that the print view lays a paper out in: wider than any sheet it prints
 * (A4 across is 1,123 px), so that what the print view hides at this width is never on paper.
 */
export const PRINT_WINDOW_WIDTH = 1280

/** "Экз. № 3" for a numbered copy, '' otherwise. */
export const copyLine = (doc: PrintableBrief) => (doc.copy ? briefLabels[doc.language].copy(doc.copy.number) : '')

/** The title a PDF's or Word file's properties carry: the brief's, and for a copy its number and recipient. */
export const documentTitle = (doc: PrintableBrief) => (doc.copy ? `${doc.title} — ${copyLine(doc)}, ${doc.copy.recipient}` : doc.title)
