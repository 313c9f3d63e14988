// The list's rows as the table scrolls: pages of rows fetched for what is in view (and the first
// page always, which also says how many match), so a list of 50,000 costs what one of 100 does.
import { useQueries } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import type { CommitmentQuery } from '../../../../electron/core/ops/contracts/commitments'
import type { CommitmentList, CommitmentListItem } from '../../../../electron/core/ops/views'
import { call } from '../../api/client'
import { queryClient } from '../../api/queries'

const PAGE = 100

const windowQuery = (query: CommitmentQuery, page: number) => {
  const args = { ...query, offset: page * PAGE, limit: PAGE }
  return { queryKey: ['queryCommitments', args], queryFn: () => call('queryCommitments', args) }
}

/** The list's first page, asked for before the list is shown (the window opening on it). */
export const prefetchListWindow = (query: CommitmentQuery) => void queryClient.prefetchQuery(windowQuery(query, 0))

export function useListWindow(query: CommitmentQuery) {
  const [range, setRange] = useState({ first: 0, last: 0 })
  const pages = useMemo(() => {
    const from = Math.floor(range.first / PAGE)
    const to = Math.floor(range.last / PAGE)
    return [...new Set([0, ...Array.from({ length: to - from + 1 }, (_, i) => from + i)])]
  }, [range])
  const answers = useQueries({
    queries: pages.map((page) => windowQuery(query, page)),
  })
  const head = answers[0]!
  const loaded = answers.map((a) => a.data).filter((d): d is CommitmentList => d !== undefined)
  const matching = head.data?.matching ?? 0
  // A sparse array as long as the list: cheap even at 50,000.
  const rows: (CommitmentListItem | undefined)[] = new Array(matching)
  for (const page of loaded) page.items.forEach((item, i) => (rows[page.offset + i] = item))
  const onVisibleRange = useCallback((first: number, last: number) => setRange((r) => (r.first === first && r.last === last ? r : { first, last })), [])
  return { head, rows, onVisibleRange }
}
