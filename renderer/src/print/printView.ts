// What the print view offers whoever loads it (the builder's frame, Electron's hidden window, the
// test host): one call that lays a brief out as pages.
import type { BriefDocument } from '../../../electron/core/schema'

export interface PrintView {
  /** Lays `doc` out as A4 pages, once per page load; resolves to the number of pages. */
  renderBrief(doc: BriefDocument): Promise<number>
}
