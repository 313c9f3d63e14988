// Organisations grouped by country (international ones last), each with its short name, kind and
// the organisation it is part of. The filter looks in all of these, and in the country's name.
import { Subtitle2 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Organisation } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { inEveryLanguage, filterRows, groupByCountry, sortByText, type Group } from './filter'
import { EmptyList, ListToolbar, RecordLink, useListFilter } from './ListParts'
import { RecordBadges, useOurOrganisationId } from './RecordBadges'

function OrganisationGroup({ group }: { group: Group<Organisation> }) {
  const { t } = useTranslation('registry')
  const f = useFormat()
  const { organisations } = useLookups()
  const ours = useOurOrganisationId()
  const headingId = `org-group-${group.key}`
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {group.label}
      </Subtitle2>
      <DataTable
        label={group.label}
        rows={group.rows}
        rowKey={(o) => o.id}
        columns={[
          {
            key: 'name',
            header: t('organisations.name'),
            width: '40%',
            render: (o) => (
              <>
                <RecordLink kind="org" id={o.id}>
                  {f.pick(o.name)}
                </RecordLink>
                <RecordBadges sample={o.sample} ours={o.id === ours} />
              </>
            ),
          },
          { key: 'short', header: t('organisations.shortName'), width: '14%', render: (o) => f.pick(o.shortName) },
          { key: 'kind', header: t('organisations.kind'), width: '16%', render: (o) => t(`orgKind.${o.kind}`) },
          {
            key: 'parent',
            header: t('organisations.parent'),
            render: (o) => {
              const parent = o.parentId ? organisations.get(o.parentId) : undefined
              return (
                parent && (
                  <RecordLink kind="org" id={parent.id}>
                    {f.pick(parent.name)}
                  </RecordLink>
                )
              )
            },
          },
        ]}
      />
    </section>
  )
}

export function OrganisationList() {
  const { t } = useTranslation('registry')
  const f = useFormat()
  const list = useOp('listOrganisations', {})
  const { countries, organisations } = useLookups()
  const [query, setQuery] = useListFilter()
  const countryName = (id: string | null) => {
    const country = id ? countries.get(id) : undefined
    return country ? f.pick(country.name) : t('list.internationalGroup')
  }
  const all = sortByText(list.data ?? [], (o) => f.pick(o.name), f.ui)
  const rows = filterRows(all, query, (o) =>
    inEveryLanguage(o.name, o.shortName, t(`orgKind.${o.kind}`), countryName(o.countryId), o.parentId ? organisations.get(o.parentId)?.name : undefined),
  )
  const groups = groupByCountry(rows, countryName, t('list.internationalGroup'), f.ui)
  return (
    <>
      <ErrorMessage error={list.error} />
      <ListToolbar kind="org" filterLabel={t('list.filterOrganisations')} newLabel={t('organisation.add')} query={query} onQuery={setQuery} />
      {list.data && (groups.length === 0 ? <EmptyList total={all.length} query={query} /> : groups.map((g) => <OrganisationGroup key={g.key} group={g} />))}
    </>
  )
}
