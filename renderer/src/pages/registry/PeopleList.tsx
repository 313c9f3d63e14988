// People: name, position and organisation, filtered by any of them.
import { useTranslation } from 'react-i18next'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { inEveryLanguage, filterRows, sortByText } from './filter'
import { EmptyList, ListToolbar, RecordLink, useListFilter } from './ListParts'

export function PeopleList() {
  const { t } = useTranslation('registry')
  const f = useFormat()
  const people = useOp('listPeople', {})
  const { organisations } = useLookups()
  const [query, setQuery] = useListFilter()
  const orgOf = (id: string | null) => (id ? organisations.get(id) : undefined)
  const all = sortByText(people.data ?? [], (p) => f.pick(p.name), f.ui)
  const rows = filterRows(all, query, (p) => inEveryLanguage(p.name, p.position, orgOf(p.organisationId)?.name, orgOf(p.organisationId)?.shortName))
  return (
    <>
      <ErrorMessage error={people.error} />
      <ListToolbar kind="person" filterLabel={t('list.filterPeople')} newLabel={t('person.add')} query={query} onQuery={setQuery} />
      {people.data &&
        (rows.length === 0 ? (
          <EmptyList total={all.length} query={query} />
        ) : (
          <DataTable
            label={t('organisations.people')}
            rows={rows}
            rowKey={(p) => p.id}
            columns={[
              {
                key: 'name',
                header: t('person.name'),
                width: '30%',
                render: (p) => (
                  <>
                    <RecordLink kind="person" id={p.id}>
                      {f.pick(p.name)}
                    </RecordLink>
                    <SampleBadge sample={p.sample} />
                  </>
                ),
              },
              { key: 'position', header: t('organisations.position'), width: '30%', render: (p) => f.pick(p.position) },
              {
                key: 'organisation',
                header: t('organisations.organisation'),
                render: (p) => {
                  const org = orgOf(p.organisationId)
                  return (
                    org && (
                      <RecordLink kind="org" id={org.id}>
                        {f.pick(org.name)}
                      </RecordLink>
                    )
                  )
                },
              },
            ]}
          />
        ))}
    </>
  )
}
