// Briefing packs. Until one exists, the meetings it can be prepared for.
import { Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { useFormat } from '../../i18n/format'

export function BriefsPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const lookups = useLookups()
  const briefs = useOp('listBriefs', {})
  const meetings = [...lookups.meetings.values()].sort((a, b) => b.startDate.localeCompare(a.startDate))
  return (
    <>
      <PageTitle>{t('briefs.title')}</PageTitle>
      <ErrorMessage error={briefs.error} />
      {briefs.data && briefs.data.length > 0 && (
        <DataTable
          label={t('briefs.tableLabel')}
          rows={briefs.data}
          rowKey={(b) => b.id}
          columns={[
            { key: 'title', header: t('briefs.name'), render: (b) => b.title },
            { key: 'meeting', header: t('briefs.meeting'), render: (b) => { const m = lookups.meetings.get(b.meetingId); return m ? f.pick(m.title) : '' } },
            { key: 'date', header: t('briefs.date'), render: (b) => f.day(b.date) },
            { key: 'version', header: t('briefs.version'), render: (b) => b.issued.length },
          ]}
        />
      )}
      {briefs.data && briefs.data.length === 0 && (
        <>
          <Text as="p">{meetings.length > 0 ? t('briefs.empty') : t('briefs.noMeetings')}</Text>
          <ul>
            {meetings.map((m) => (
              <li key={m.id}>
                {f.pick(m.title)} — {f.days(m.startDate, m.endDate)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
