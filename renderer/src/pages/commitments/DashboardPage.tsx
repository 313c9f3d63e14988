// "My ministry" at a glance: its commitments by status, and the overdue ones.
import { Card, Text, Title3 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { CommitmentStatus } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { CommitmentTable } from './CommitmentTable'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { useFormat } from '../../i18n/format'

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Card style={{ minWidth: 160 }} role="group" aria-label={label}>
      <Text size={200}>{label}</Text>
      <Text size={700} weight="semibold">
        {value}
      </Text>
    </Card>
  )
}

export function DashboardPage() {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const dashboard = useOp('getDashboard', {})
  const d = dashboard.data
  return (
    <>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <ErrorMessage error={dashboard.error} />
      {d && !d.ourOrganisation && <Text as="p">{t('dashboard.noOrganisation')}</Text>}
      {d?.ourOrganisation && (
        <>
          <Text as="p">{t('dashboard.forOrganisation', { name: f.pick(d.ourOrganisation.name), date: f.day(d.today) })}</Text>
          <div style={{ display: 'flex', gap: 12 }}>
            <Figure label={t('dashboard.total')} value={d.total} />
            <Figure label={t('dashboard.overdueCount')} value={d.overdue} />
          </div>
          <section aria-labelledby="by-status">
            <Title3 as="h2" id="by-status">
              {t('dashboard.byStatus')}
            </Title3>
            <DataTable
              label={t('dashboard.byStatus')}
              rows={CommitmentStatus.options.map((status) => ({ status, count: d.byStatus[status] }))}
              rowKey={(r) => r.status}
              columns={[
                { key: 'status', header: t('dashboard.statusColumn'), render: (r) => t(`status.${r.status}`) },
                { key: 'count', header: t('dashboard.countColumn'), render: (r) => r.count },
              ]}
            />
          </section>
          <section aria-labelledby="overdue">
            <Title3 as="h2" id="overdue">
              {t('dashboard.overdue')}
            </Title3>
            {d.overdueItems.length === 0 ? <Text as="p">{t('dashboard.noOverdue')}</Text> : <CommitmentTable label={t('dashboard.overdue')} rows={d.overdueItems} />}
          </section>
        </>
      )}
    </>
  )
}
