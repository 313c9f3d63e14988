// Reminders as a table: when (days left, or the day it came), the date, what kind, and a link to
// the commitment, the requests or the meeting.
import { Link } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Reminder } from '../../../../electron/core/domain/reminders'
import { hrefOf } from '../../app/href'
import { DataTable } from '../../components/DataTable'
import { useFormat } from '../../i18n/format'
import { meetingPaths } from '../meetings/parts/paths'

const PATHS: Record<Reminder['kind'], (id: string) => string> = {
  deadline: (id) => `/commitments/${id}`,
  // Requests are listed on one page, each in its row.
  reply: () => '/requests',
  meeting: meetingPaths.view,
}

/** `ahead`: what is due, counted from today; `came`: what reminded while the app was closed, with that day. */
export function ReminderTable({ label, reminders, when }: { label: string; reminders: Reminder[]; when: 'ahead' | 'came' }) {
  const { t } = useTranslation('reminders')
  const f = useFormat()
  return (
    <DataTable
      label={label}
      rows={reminders}
      rowKey={(r) => `${r.kind}/${r.id}/${r.on}`}
      columns={[
        when === 'ahead'
          ? { key: 'when', header: t('columns.when'), render: (r) => (r.daysBefore === 0 ? t('today') : t('inDays', { count: r.daysBefore })), width: '16%' }
          : { key: 'came', header: t('columns.came'), render: (r) => f.shortDay(r.on), width: '16%' },
        { key: 'date', header: t('columns.date'), render: (r) => (when === 'ahead' ? f.day(r.date) : f.shortDay(r.date)), width: when === 'ahead' ? '20%' : '16%' },
        { key: 'kind', header: t('columns.kind'), render: (r) => t(`kind.${r.kind}`), width: '20%' },
        { key: 'what', header: t('columns.what'), render: (r) => <Link href={hrefOf(PATHS[r.kind](r.id))}>{f.pick(r.label)}</Link> },
      ]}
    />
  )
}
