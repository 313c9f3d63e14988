// Id → record maps for showing names in tables. Loaded once and shared through the query cache.
import { useMemo } from 'react'
import { prefetchOp, useOp } from './queries'

const lookupOps = ['listCountries', 'listOrganisations', 'listDocuments', 'listMeetings'] as const

/** Starts loading the names every table shows, before the first page asks (see routes' `prefetch`). */
export const prefetchLookups = () => lookupOps.forEach((name) => prefetchOp(name, {}))

const byId = <T extends { id: string }>(list: T[] | undefined) => new Map((list ?? []).map((r) => [r.id, r]))

export function useLookups() {
  const countries = useOp('listCountries', {})
  const organisations = useOp('listOrganisations', {})
  const documents = useOp('listDocuments', {})
  const meetings = useOp('listMeetings', {})
  return useMemo(
    () => ({
      countries: byId(countries.data),
      organisations: byId(organisations.data),
      documents: byId(documents.data),
      meetings: byId(meetings.data),
    }),
    [countries.data, organisations.data, documents.data, meetings.data],
  )
}
