// The print view: a brief's document tree laid out as A4 pages by paged.js. The same pages are
// the on-screen preview (in a frame of the builder), what the printer gets and the PDF.
// Whoever loads this page calls `renderBrief(doc)` and waits for the page count.
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/cyrillic-400.css'
import '@fontsource/noto-sans/latin-600.css'
import '@fontsource/noto-sans/cyrillic-600.css'
import { Previewer, registerHandlers } from 'pagedjs'
import { briefElement } from './briefDom'
import { pageRules } from './pageRules'
import printCss from './print.css?inline'
import type { PrintView } from './printView'
import { KeepWithNext } from './keepWithNext'
import { RepeatTableHeaders } from './repeatTableHeaders'

declare global {
  interface Window {
    renderBrief: PrintView['renderBrief']
  }
}

registerHandlers(RepeatTableHeaders, KeepWithNext)

window.renderBrief = async (doc) => {
  document.documentElement.lang = doc.language
  document.title = doc.title
  // Pages are measured with the real fonts, or the page breaks would move once they load.
  await document.fonts.load('400 1em "Noto Sans"', 'Яя')
  await document.fonts.load('600 1em "Noto Sans"', 'Яя')
  document.body.replaceChildren()
  const flow = await new Previewer().preview(briefElement(doc), [{ [location.href]: `${printCss}\n${pageRules(doc)}` }], document.body)
  // Added after paged.js, which would otherwise rewrite it with the print styles.
  const screenOnly = document.createElement('style')
  screenOnly.textContent = '@media screen { .pagedjs_pages { zoom: var(--fit, 1); } }'
  document.head.append(screenOnly)
  fitToWidth()
  addEventListener('resize', fitToWidth)
  return flow.total
}

/** On screen, pages narrower than a sheet (the builder's frame) are shown scaled down to fit. */
function fitToWidth() {
  const sheet = document.querySelector<HTMLElement>('.pagedjs_page')
  if (!sheet) return
  const fit = Math.min(1, (document.documentElement.clientWidth - 16) / sheet.offsetWidth)
  document.documentElement.style.setProperty('--fit', fit.toFixed(3))
}
