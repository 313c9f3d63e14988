// Every commitment in one table: filters and order in the URL, saved views, bulk actions.
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { CommitmentQuery, CommitmentSort } from '../../../../electron/core/ops/contracts/commitments'
import { call } from '../../api/client'
import { useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { BulkActions } from './BulkActions'
import { ExportMenu } from './ExportMenu'
import { CommitmentTable } from './CommitmentTable'
import { FilterBar } from './FilterBar'
import { paramsFromQuery, queryFromParams } from './queryParams'
import { SavedViews } from './SavedViews'
import { useListWindow } from './useListWindow'

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  // The list's rows scroll inside the window, below the filters.
  listBody: { height: 'calc(100vh - 360px)' },
})

export function CommitmentsPage() {
  const { t } = useTranslation('commitments')
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const query = useMemo(() => queryFromParams(params), [params])
  const { head: list, rows, onVisibleRange } = useListWindow(query)
  const status = useOp('getStatus', {})
  const styles = useStyles()
  const search = paramsFromQuery(query).toString()
  // A selection belongs to the list it was made in: other filters start with none.
  const [selection, setSelection] = useState<{ search: string; ids: Set<string>; all: boolean }>({ search, ids: new Set(), all: false })
  const current = selection.search === search
  const selected = current ? selection.ids : new Set<string>()
  const setSelected = (ids: Set<string>) => setSelection({ search, ids, all: false })
  // Every match, not only the rows fetched: the box is ticked at once, the ids follow.
  const selectAll = (on: boolean) => {
    if (!on) return setSelected(new Set())
    setSelection({ search, ids: new Set(rows.flatMap((r) => (r ? [r.id] : []))), all: true })
    void call('commitmentIds', query).then((ids) => setSelection((s) => (s.search === search && s.all ? { search, ids: new Set(ids), all: true } : s)))
  }

  const setQuery = (next: CommitmentQuery) => setParams(paramsFromQuery(next))
  const sort = query.sort ?? 'due'
  const onSort = (key: CommitmentSort) => setQuery({ ...query, sort: key, desc: key === sort ? !query.desc : undefined })
  const matching = list.data?.matching ?? 0

  return (
    <>
      <div className={styles.header}>
        <PageTitle>{t('commitments.title')}</PageTitle>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate(`/commitments/new${query.documentId ? `?documentId=${query.documentId}` : ''}`)}>
          {t('commitments.new')}
        </Button>
        <ExportMenu query={query} />
      </div>
      <FilterBar query={query} onChange={setQuery} />
      <SavedViews search={search ? `?${search}` : ''} />
      <ErrorMessage error={list.error} />
      {!list.data && !list.error && <Spinner size="small" label={t('commitments.loading')} />}
      {list.data && (
        <>
          <Text as="p" role="status">
            {t('commitments.shown', { count: matching, total: list.data.total })}
          </Text>
          {selected.size > 0 && <BulkActions ids={[...selected]} today={status.data?.today ?? ''} onClear={() => setSelected(new Set())} />}
          {matching === 0 ? (
            <Text as="p">{list.data.total === 0 ? t('commitments.empty') : t('commitments.noMatches')}</Text>
          ) : (
            <CommitmentTable
              label={t('commitments.tableLabel')}
              rows={rows}
              selection={{
                selected,
                onChange: setSelected,
                allSelected: (current && selection.all) || selected.size === matching,
                onSelectAll: selectAll,
              }}
              sorting={{ sort, desc: query.desc === true, onSort }}
              virtualBody={styles.listBody}
              onVisibleRange={onVisibleRange}
            />
          )}
        </>
      )}
    </>
  )
}
