// A request's covering letter: who is asked, about what, by when, and the items by clause, laid
// out as one of the brief's documents, so the Word writer that makes packs makes the letter too.
import { strFromU8, strToU8, unzipSync } from 'fflate'
import { briefToDocx } from '../briefs/docx'
import { formatDay } from '../domain/dates'
import { zipEntry, zipOf } from '../files/zipWrite'
import type { BriefDocument, DeskData, UpdateRequest } from '../schema'
import { requestLabels } from './labels'
import { replyByWords, type RequestRow } from './requests'

type Texts = { to: string; body: string; items: string[] }

function letter(data: DeskData, request: Pick<UpdateRequest, 'id' | 'language' | 'sentOn'>, ourName: string, texts: Texts): BriefDocument {
  const L = requestLabels[request.language].letter
  const layout = data.settings.briefLayout
  return {
    language: request.language,
    marking: '',
    title: L.title,
    cover: [],
    footer: formatDay(request.sentOn, request.language),
    edition: 'principal',
    layout: { margins: { ...layout.margins }, pageNumbers: layout.pageNumbers },
    letterhead: { organisation: ourName, emblem: null, place: '' },
    sections: [
      {
        id: request.id,
        // A section that flows with the text: the letter has no page of its own to turn to.
        kind: 'logistics',
        title: L.subject,
        blocks: [
          { type: 'paragraph', text: texts.to },
          { type: 'paragraph', text: texts.body },
          { type: 'paragraph', text: L.items },
          { type: 'numbered', items: texts.items },
          { type: 'paragraph', text: L.closing },
        ],
      },
    ],
  }
}

const excerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 299).trimEnd()}…` : text)

const textsOf = (request: UpdateRequest, rows: readonly RequestRow[]): Texts => {
  const L = requestLabels[request.language].letter
  return {
    to: L.to(request.organisationName),
    body: L.body(request.subject, replyByWords(request), rows.length),
    items: rows.map((r) => `${r.clause === '' ? '' : `${r.clause}. `}${excerpt(r.text)}`),
  }
}

export const letterDocument = (data: DeskData, request: UpdateRequest, rows: readonly RequestRow[], ourName: string) => letter(data, request, ourName, textsOf(request, rows))

/** Where the template's texts go: private-use characters, which no text of ours contains. */
const SLOT = { to: '\uE000', body: '\uE001', item: '\uE002' }

/** A text as the inside of a run's <w:t>: escaped, its lines apart as the Word writer's `lines` puts them. */
const runText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '</w:t><w:br/><w:t xml:space="preserve">')

/**
 * The letters of one run (one language, one day): laid out once by the Word writer with slots for
 * the texts, each owner's then made by putting its texts into the document's XML, the item's
 * paragraph repeated per row, the other parts as they are (deflated once, half of a letter's
 * bytes). docx took 45 ms a letter to build and pack the same styles and numbering over again,
 * 9 s of the 200 letters of a run.
 */
export async function letterWriter(data: DeskData, run: Pick<UpdateRequest, 'id' | 'language' | 'sentOn'>, ourName: string) {
  const parts = Object.entries(unzipSync(new Uint8Array(await briefToDocx({ ...letter(data, run, ourName, { to: SLOT.to, body: SLOT.body, items: [SLOT.item] }), emblemImage: null, copy: null }))))
  const document = parts.findIndex(([name]) => name === 'word/document.xml')
  const entries = parts.map(([name, bytes]) => zipEntry(name, bytes))
  const xml = strFromU8(parts[document]![1])
  const at = xml.indexOf(SLOT.item)
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at))
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length
  const [head, item, tail] = [xml.slice(0, start), xml.slice(start, end), xml.slice(end)]
  return (request: UpdateRequest, rows: readonly RequestRow[]): Uint8Array => {
    const texts = textsOf(request, rows)
    const fill = (part: string) => part.replace(SLOT.to, () => runText(texts.to)).replace(SLOT.body, () => runText(texts.body))
    const items = texts.items.map((text) => item.replace(SLOT.item, () => runText(text))).join('')
    return zipOf(entries.with(document, zipEntry('word/document.xml', strToU8(fill(head) + items + fill(tail)))))
  }
}
