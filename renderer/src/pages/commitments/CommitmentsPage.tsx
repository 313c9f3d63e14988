// Every commitment in one table: filters and order in the URL, saved views, bulk actions.
import { Button, Spinner, Text } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { CommitmentQuery, CommitmentSort } from '../../../../electron/core/ops/contracts/commitments'
import { useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { BulkActions } from './BulkActions'
import { ExportMenu } from './ExportMenu'
import { CommitmentTable } from './CommitmentTable'
import { FilterBar } from './FilterBar'
import { paramsFromQuery, queryFromParams } from './queryParams'
import { SavedViews } from './SavedViews'

export function CommitmentsPage() {
  const { t } = useTranslation('commitments')
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const query = useMemo(() => queryFromParams(params), [params])
  const list = useOp('queryCommitments', query)
  const status = useOp('getStatus', {})
  const [selected, setSelected] = useState<Set<string>>(new Set())

  const setQuery = (next: CommitmentQuery) => setParams(paramsFromQuery(next))
  const sort = query.sort ?? 'due'
  const onSort = (key: CommitmentSort) => setQuery({ ...query, sort: key, desc: key === sort ? !query.desc : undefined })
  // Only what is still in the list stays selected.
  const items = list.data?.items
  const visibleSelection = useMemo(() => new Set(items?.filter((i) => selected.has(i.id)).map((i) => i.id)), [items, selected])
  const search = paramsFromQuery(query).toString()

  return (
    <>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
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
            {t('commitments.shown', { count: list.data.items.length, total: list.data.total })}
          </Text>
          {visibleSelection.size > 0 && <BulkActions ids={[...visibleSelection]} today={status.data?.today ?? ''} onClear={() => setSelected(new Set())} />}
          {list.data.items.length === 0 ? (
            <Text as="p">{list.data.total === 0 ? t('commitments.empty') : t('commitments.noMatches')}</Text>
          ) : (
            <CommitmentTable
              label={t('commitments.tableLabel')}
              rows={list.data.items}
              selection={{ selected: visibleSelection, onChange: setSelected }}
              sorting={{ sort, desc: query.desc === true, onSort }}
              virtualHeight="calc(100vh - 360px)"
            />
          )}
        </>
      )}
    </>
  )
}
