// How the import review names a record: in both languages, the interface picks one.
import type { Commitment, StatusUpdate } from '../schema'
import type { ExchangeRecord, ExchangeRecords, ExchangedCollection } from './format'

export interface RecordLabel {
  ru: string
  en: string
}

const MAX_LABEL = 120

const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_LABEL ? `${line.slice(0, MAX_LABEL - 1)}…` : line
}

/** Each language, or the other one when it is empty (a name kept in Russian only is still a name). */
const both = (text: { ru: string; en: string }): RecordLabel => ({
  ru: shorten(text.ru || text.en),
  en: shorten(text.en || text.ru),
})

const commitmentLabel = (c: Commitment) =>
  both({ ru: `${c.clause} ${c.summary.ru || c.text}`, en: `${c.clause} ${c.summary.en || c.text}` })

// Without its date: the review writes the date as the interface does (see `ExchangeReview` items' `day`).
const updateLabel = (u: StatusUpdate) => {
  const line = `${u.author}${u.narrative ? ` · ${u.narrative}` : ''}`
  return both({ ru: line, en: line })
}

export function labelOf(collection: ExchangedCollection, record: ExchangeRecord): RecordLabel {
  // The collection tells the record's type; TypeScript cannot narrow a record by a separate key.
  const as = <C extends ExchangedCollection>(_: C) => record as ExchangeRecords[C][number]
  switch (collection) {
    case 'countries':
    case 'organisations':
    case 'people':
      return both(as(collection).name)
    case 'meetings':
    case 'documents':
      return both(as(collection).title)
    case 'commitments':
      return commitmentLabel(as('commitments'))
    case 'statusUpdates':
      return updateLabel(as('statusUpdates'))
  }
}
