// The print view: a brief's document tree laid out as A4 pages by paged.js. The same pages are
// the on-screen preview (in a frame of the builder), what the printer gets and the PDF. A long
// paper nobody previews is instead left to Chromium to break as it prints (printerPages.ts).
// Whoever loads this page calls `renderBrief(doc)` and waits for the page count; copies of the
// same pages are then made with `stampCopy`.
import '@fontsource/tinos/latin-400.css'
import '@fontsource/tinos/cyrillic-400.css'
import '@fontsource/tinos/latin-700.css'
import '@fontsource/tinos/cyrillic-700.css'
import '@fontsource/tinos/latin-400-italic.css'
import '@fontsource/tinos/cyrillic-400-italic.css'
import '@fontsource/tinos/latin-700-italic.css'
import '@fontsource/tinos/cyrillic-700-italic.css'
import { Previewer, registerHandlers } from 'pagedjs'
import type { PrintableBrief } from '../../../electron/core/briefs/printable'
import { briefElement } from './briefDom'
import { furnish, pageRule, stampCopy } from './furniture'
import printCss from './print.css?inline'
import type { PrintView } from './printView'
import { KeepWithNext } from './keepWithNext'
import { layOutForPrinter, restampForPrinter } from './printerPages'
import { RepeatTableHeaders } from './repeatTableHeaders'

declare global {
  interface Window {
    renderBrief: PrintView['renderBrief']
    stampCopy: PrintView['stampCopy']
  }
}

registerHandlers(RepeatTableHeaders, KeepWithNext)

let laidOut: PrintableBrief | null = null

window.renderBrief = async (doc) => {
  document.documentElement.lang = doc.language
  // Pages are measured with the real fonts, or the page breaks would move once they load.
  await Promise.all(['400 1em Tinos', '700 1em Tinos', 'italic 400 1em Tinos', 'italic 700 1em Tinos'].map((font) => document.fonts.load(font, 'Яя')))
  if (doc.pagination === 'printer') {
    layOutForPrinter(doc, printCss, briefElement(doc))
    laidOut = doc
    return null
  }
  document.body.replaceChildren()
  const flow = await new Previewer().preview(briefElement(doc), [{ [location.href]: `${printCss}\n${pageRule(doc)}` }], document.body)
  furnish(doc, [...document.querySelectorAll<HTMLElement>('.pagedjs_page')])
  laidOut = doc
  // Added after paged.js, which would otherwise rewrite it with the print styles.
  const screenOnly = document.createElement('style')
  screenOnly.textContent = '@media screen { .pagedjs_pages { zoom: var(--fit, 1); } }'
  document.head.append(screenOnly)
  fitToWidth()
  addEventListener('resize', fitToWidth)
  return flow.total
}

window.stampCopy = (copy) => {
  if (!laidOut) throw new Error('Nothing is laid out yet')
  if (laidOut.pagination === 'printer') restampForPrinter(laidOut, copy)
  else stampCopy(laidOut, copy)
}

/** On screen, pages narrower than a sheet (the builder's frame) are shown scaled down to fit. */
function fitToWidth() {
  const sheet = document.querySelector<HTMLElement>('.pagedjs_page')
  if (!sheet) return
  const fit = Math.min(1, (document.documentElement.clientWidth - 16) / sheet.offsetWidth)
  document.documentElement.style.setProperty('--fit', fit.toFixed(3))
}
