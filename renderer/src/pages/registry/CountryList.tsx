// Countries: code, name and how many organisations the registry has for each.
import { useTranslation } from 'react-i18next'
import { useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { inEveryLanguage, filterRows, sortByText } from './filter'
import { EmptyList, ListToolbar, RecordLink, useListFilter } from './ListParts'

export function CountryList() {
  const { t } = useTranslation('registry')
  const f = useFormat()
  const countries = useOp('listCountries', {})
  const organisations = useOp('listOrganisations', {})
  const [query, setQuery] = useListFilter()
  const all = sortByText(countries.data ?? [], (c) => f.pick(c.name), f.ui)
  const rows = filterRows(all, query, (c) => inEveryLanguage(c.code, c.name))
  const orgCount = (id: string) => (organisations.data ?? []).filter((o) => o.countryId === id).length
  return (
    <>
      <ErrorMessage error={countries.error ?? organisations.error} />
      <ListToolbar kind="country" filterLabel={t('list.filterCountries')} newLabel={t('country.add')} query={query} onQuery={setQuery} />
      {countries.data &&
        (rows.length === 0 ? (
          <EmptyList total={all.length} query={query} />
        ) : (
          <DataTable
            label={t('organisations.countries')}
            rows={rows}
            rowKey={(c) => c.id}
            columns={[
              { key: 'code', header: t('organisations.code'), width: '10%', render: (c) => c.code },
              {
                key: 'name',
                header: t('organisations.name'),
                render: (c) => (
                  <>
                    <RecordLink kind="country" id={c.id}>
                      {f.pick(c.name)}
                    </RecordLink>
                    <SampleBadge sample={c.sample} />
                  </>
                ),
              },
              { key: 'organisations', header: t('organisations.organisations'), width: '20%', render: (c) => orgCount(c.id) },
            ]}
          />
        ))}
    </>
  )
}
