// The commitments list's query lives in the URL (#/commitments?mine=lead&overdue=1), so the back
// button, a reload and saved views all restore it. Anything the URL holds that is not a valid
// filter is dropped, never sent to the core.
import { CommitmentQuery } from '../../../../electron/core/ops/contracts/commitments'

type Codec = 'text' | 'flag' | 'number' | 'list'

// Every filter of the query, with how it is written in the URL; the type makes sure none is missing.
const codecs: { [K in keyof CommitmentQuery]-?: Codec } = {
  mine: 'text',
  ownerId: 'text',
  countryId: 'text',
  meetingId: 'text',
  documentId: 'text',
  theme: 'text',
  status: 'list',
  overdue: 'flag',
  dueWithin: 'number',
  dueMonth: 'text',
  priority: 'flag',
  text: 'text',
  changedSince: 'text',
  change: 'text',
  updatedSince: 'text',
  sort: 'text',
  desc: 'flag',
}

const decode = (codec: Codec, raw: string): unknown => {
  switch (codec) {
    case 'flag':
      return raw === '1'
    case 'number':
      return Number(raw)
    case 'list':
      return raw.split(',').filter(Boolean)
    case 'text':
      return raw
  }
}

export function queryFromParams(params: URLSearchParams): CommitmentQuery {
  const query: Record<string, unknown> = {}
  for (const [key, codec] of Object.entries(codecs) as [keyof CommitmentQuery, Codec][]) {
    const raw = params.get(key)
    if (raw === null) continue
    const candidate = { [key]: decode(codec, raw) }
    if (CommitmentQuery.safeParse(candidate).success) query[key] = candidate[key]
  }
  return query as CommitmentQuery
}

export function paramsFromQuery(query: CommitmentQuery): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, codec] of Object.entries(codecs) as [keyof CommitmentQuery, Codec][]) {
    const value = query[key]
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue
    params.set(key, codec === 'flag' ? (value ? '1' : '0') : codec === 'list' ? (value as string[]).join(',') : String(value))
  }
  return params
}

/** The list's URL for a query: links from the dashboard, meetings and documents use it. */
export const commitmentsLink = (query: CommitmentQuery) => {
  const search = paramsFromQuery(query).toString()
  return search ? `/commitments?${search}` : '/commitments'
}
