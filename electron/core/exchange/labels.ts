// How the import review names a record: in each language the record has a text in, the interface picks one.
import { eachLanguage, pick } from '../domain/dates'
import type { Commitment, StatusUpdate, Texts } from '../schema'
import type { ExchangeRecord, ExchangeRecords, ExchangedCollection } from './format'

/** Russian and English always (one stands in for the other), Kazakh and Uzbek when the record has them. */
export type RecordLabel = Texts

const MAX_LABEL = 120

const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_LABEL ? `${line.slice(0, MAX_LABEL - 1)}…` : line
}

/** Russian and English, each standing in for the other when it is empty (a name kept in Russian only is still a name), and the Kazakh and Uzbek given. */
function both(text: Texts): RecordLabel {
  const label: RecordLabel = { ru: shorten(pick(text, 'ru')), en: shorten(pick(text, 'en')) }
  for (const language of ['kk', 'uz'] as const) if ((text[language] ?? '').trim() !== '') label[language] = shorten(text[language]!)
  return label
}

const commitmentLabel = (c: Commitment) => both(eachLanguage(c.summary, (summary) => `${c.clause} ${summary || c.text}`))

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
