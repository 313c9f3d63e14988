// What the print view offers whoever loads it (the builder's frame, Electron's hidden window, the
// test host): one call that lays a brief out as pages, and one that restamps them for another copy.
import type { CopyStamp, PrintableBrief } from '../../../electron/core/briefs/printable'

export interface PrintView {
  /**
   * Lays `doc` out as A4 pages, once per page load; resolves to the number of pages, or null when
   * Chromium breaks them as it prints (`pagination: 'printer'`).
   */
  renderBrief(doc: PrintableBrief): Promise<number | null>
  /** The pages laid out, as another numbered copy (or none): only its number, recipient and title change. */
  stampCopy(copy: CopyStamp | null): void
}
