// A request's covering letter: who is asked, about what, by when, and the items by clause, laid
// out as one of the brief's documents, so the Word writer that makes packs makes the letter too.
import { briefToDocx } from '../briefs/docx'
import { formatDay } from '../domain/dates'
import type { BriefDocument, DeskData, UpdateRequest } from '../schema'
import { requestLabels } from './labels'
import { replyByWords, type RequestRow } from './requests'

export function letterDocument(data: DeskData, request: UpdateRequest, rows: readonly RequestRow[], ourName: string): BriefDocument {
  const L = requestLabels[request.language].letter
  const layout = data.settings.briefLayout
  const excerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 299).trimEnd()}…` : text)
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
          { type: 'paragraph', text: L.to(request.organisationName) },
          { type: 'paragraph', text: L.body(request.subject, replyByWords(request), rows.length) },
          { type: 'paragraph', text: L.items },
          { type: 'numbered', items: rows.map((r) => `${r.clause === '' ? '' : `${r.clause}. `}${excerpt(r.text)}`) },
          { type: 'paragraph', text: L.closing },
        ],
      },
    ],
  }
}

export const requestLetter = (data: DeskData, request: UpdateRequest, rows: readonly RequestRow[], ourName: string) =>
  briefToDocx({ ...letterDocument(data, request, rows, ourName), emblemImage: null, copy: null })
