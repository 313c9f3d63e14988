// The @page rules of one brief: its marking at the top and bottom of every page, and the version,
// date and "Страница X из Y" under it. The texts are the user's, so they enter CSS as escaped
// strings.
import { briefLabels } from '../../../electron/core/briefs/labels'
import type { BriefDocument } from '../../../electron/core/schema'

/** A CSS string literal holding `text` exactly: everything but letters, digits and spaces is escaped. */
export const cssString = (text: string) =>
  `"${[...text].map((ch) => (/[\p{L}\p{N} ]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')}"`

/**
 * One @page rule (paged.js keeps only the last rule's margin boxes): A4 with a wider binding
 * margin; at the top the marking; at the bottom, centred, the marking again and under it
 * "Версия: 2 · 28 ноября 2026 г. · Страница 3 из 12".
 */
export function pageRules(doc: BriefDocument): string {
  const words = briefLabels[doc.language].page
  const marking = doc.marking.trim() === '' ? null : cssString(doc.marking)
  const pageLine = `${cssString(`${doc.footer} · ${words.before} `)} counter(page) ${cssString(` ${words.between} `)} counter(pages)`
  return `@page {
  size: A4;
  margin: 20mm 15mm 22mm 25mm;
  @top-center {
    ${marking ? `content: ${marking};` : ''}
    font-family: 'Noto Sans', sans-serif;
    font-size: 8.5pt;
    font-weight: 600;
    vertical-align: bottom;
    padding-bottom: 4mm;
  }
  @bottom-center {
    content: ${marking ? `${marking} ${cssString('\n')} ` : ''}${pageLine};
    font-family: 'Noto Sans', sans-serif;
    font-size: 8pt;
    line-height: 1.6;
    white-space: pre;
    vertical-align: top;
    padding-top: 3mm;
  }
}`
}
