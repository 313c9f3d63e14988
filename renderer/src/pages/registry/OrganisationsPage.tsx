// Countries, organisations (with the one they belong to) and people.
import { Badge, Text, Title3 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { useFormat } from '../../i18n/format'

function Section({ id, title, empty, children }: { id: string; title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation('registry')
  return (
    <section aria-labelledby={id}>
      <Title3 as="h2" id={id}>
        {title}
      </Title3>
      {empty ? <Text as="p">{t('organisations.empty')}</Text> : children}
    </section>
  )
}

export function OrganisationsPage() {
  const { t } = useTranslation('registry')
  const f = useFormat()
  const lookups = useLookups()
  const countries = useOp('listCountries', {})
  const organisations = useOp('listOrganisations', {})
  const people = useOp('listPeople', {})
  const settings = useOp('getSettings', {})
  const countryName = (id: string | null) => (id ? f.pick(lookups.countries.get(id)?.name ?? { ru: '', en: '' }) : t('organisations.international'))
  const orgName = (id: string | null) => (id ? f.pick(lookups.organisations.get(id)?.name ?? { ru: '', en: '' }) : '')
  return (
    <>
      <PageTitle>{t('organisations.title')}</PageTitle>
      <ErrorMessage error={countries.error ?? organisations.error ?? people.error} />
      <Section id="countries" title={t('organisations.countries')} empty={countries.data?.length === 0}>
        <DataTable
          label={t('organisations.countries')}
          rows={countries.data ?? []}
          rowKey={(c) => c.id}
          columns={[
            { key: 'code', header: t('organisations.code'), width: '10%', render: (c) => c.code },
            { key: 'name', header: t('organisations.name'), render: (c) => f.pick(c.name) },
          ]}
        />
      </Section>
      <Section id="organisations" title={t('organisations.organisations')} empty={organisations.data?.length === 0}>
        <DataTable
          label={t('organisations.organisations')}
          rows={organisations.data ?? []}
          rowKey={(o) => o.id}
          columns={[
            {
              key: 'name',
              header: t('organisations.name'),
              width: '40%',
              render: (o) => (
                <>
                  {f.pick(o.name)}
                  {o.id === settings.data?.ourOrganisationId && (
                    <Badge appearance="filled" color="brand" size="small" style={{ marginInlineStart: 6 }}>
                      {t('organisations.ours')}
                    </Badge>
                  )}
                  <SampleBadge sample={o.sample} />
                </>
              ),
            },
            { key: 'short', header: t('organisations.shortName'), render: (o) => f.pick(o.shortName) },
            { key: 'kind', header: t('organisations.kind'), render: (o) => t(`orgKind.${o.kind}`) },
            { key: 'country', header: t('organisations.country'), render: (o) => countryName(o.countryId) },
            { key: 'parent', header: t('organisations.parent'), render: (o) => orgName(o.parentId) },
          ]}
        />
      </Section>
      <Section id="people" title={t('organisations.people')} empty={people.data?.length === 0}>
        <DataTable
          label={t('organisations.people')}
          rows={people.data ?? []}
          rowKey={(p) => p.id}
          columns={[
            {
              key: 'name',
              header: t('organisations.name'),
              render: (p) => (
                <>
                  {f.pick(p.name)}
                  <SampleBadge sample={p.sample} />
                </>
              ),
            },
            { key: 'position', header: t('organisations.position'), render: (p) => f.pick(p.position) },
            { key: 'organisation', header: t('organisations.organisation'), render: (p) => orgName(p.organisationId) },
          ]}
        />
      </Section>
    </>
  )
}
