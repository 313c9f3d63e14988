// Commitments with what the user needs at a glance: clause, summary, owners, deadline, status.
import { Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { CommitmentListItem } from '../../../../electron/core/ops/views'
import type { Commitment, OwnerRole } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useFormat } from '../../i18n/format'
import { SampleBadge, StatusBadge } from '../../components/Badges'
import { DataTable, type Column } from '../../components/DataTable'

const roleOrder: OwnerRole[] = ['lead', 'co_executor', 'participant']

/** Owners grouped by role, one line each, the lead first and in bold. */
function Owners({ owners }: { owners: Commitment['owners'] }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const lookups = useLookups()
  const name = (id: string) => {
    const org = lookups.organisations.get(id)
    return org ? f.pick(org.shortName) || f.pick(org.name) : '?'
  }
  return (
    <>
      {roleOrder.map((role) => {
        const names = owners.filter((o) => o.role === role).map((o) => name(o.organisationId))
        if (names.length === 0) return null
        return (
          <div key={role}>
            <Text size={200}>{t(`roleGroup.${role}`)}: </Text>
            <Text weight={role === 'lead' ? 'semibold' : 'regular'}>{names.join(', ')}</Text>
          </div>
        )
      })}
    </>
  )
}

export function CommitmentTable({ rows, label }: { rows: CommitmentListItem[]; label: string }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const lookups = useLookups()
  const columns: Column<CommitmentListItem>[] = [
    { key: 'clause', header: t('commitments.clause'), width: '7%', render: (r) => r.clause },
    {
      key: 'summary',
      header: t('commitments.summary'),
      width: '33%',
      render: (r) => (
        <>
          {f.pick(r.summary) || r.excerpt}
          <SampleBadge sample={r.sample} />
        </>
      ),
    },
    {
      key: 'document',
      header: t('commitments.document'),
      width: '16%',
      render: (r) => {
        const doc = lookups.documents.get(r.documentId)
        return doc ? t(`docType.${doc.type}`) : ''
      },
    },
    { key: 'owners', header: t('commitments.owners'), width: '18%', render: (r) => <Owners owners={r.owners} /> },
    {
      key: 'deadline',
      header: t('commitments.deadline'),
      width: '14%',
      render: (r) => (
        <>
          <div>{r.deadline.words}</div>
          <Text size={200}>{r.deadline.dueDate ? f.day(r.deadline.dueDate) : t('commitments.noDueDate')}</Text>
        </>
      ),
    },
    { key: 'status', header: t('commitments.status'), width: '12%', render: (r) => <StatusBadge status={r.status} overdue={r.overdue} /> },
  ]
  return <DataTable label={label} columns={columns} rows={rows} rowKey={(r) => r.id} />
}
