// Meetings, newest first, each with its participants, agenda and the documents it adopted.
import { Card, CardHeader, Text, Title3 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { useFormat } from '../../i18n/format'

function MeetingCard({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const lookups = useLookups()
  const documents = [...lookups.documents.values()].filter((d) => d.meetingId === meeting.id)
  const participantName = (p: Meeting['participants'][number]) => {
    const record = p.countryId ? lookups.countries.get(p.countryId) : p.organisationId ? lookups.organisations.get(p.organisationId) : undefined
    return record ? f.pick(record.name) : '?'
  }
  const chair = meeting.chairCountryId ? lookups.countries.get(meeting.chairCountryId) : undefined
  const headingId = `meeting-${meeting.id}`
  return (
    <Card role="article" aria-labelledby={headingId}>
      <CardHeader
        header={
          <Title3 as="h2" id={headingId}>
            {f.pick(meeting.title)}
            <SampleBadge sample={meeting.sample} />
          </Title3>
        }
        description={
          <Text>
            {f.days(meeting.startDate, meeting.endDate)} · {f.pick(meeting.venue)} · {t(`meetingStatus.${meeting.status}`)}
          </Text>
        }
      />
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
        <dt>{t('meetings.series')}</dt>
        <dd style={{ margin: 0 }}>
          {f.pick(meeting.series)}
          {meeting.number !== null && ` · ${t('meetings.number', { number: meeting.number })}`}
        </dd>
        {chair && (
          <>
            <dt>{t('meetings.chair')}</dt>
            <dd style={{ margin: 0 }}>{f.pick(chair.name)}</dd>
          </>
        )}
        <dt>{t('meetings.participants')}</dt>
        <dd style={{ margin: 0 }}>
          {meeting.participants.map((p) => `${participantName(p)}${p.role === 'member' ? '' : ` (${t(`participantRole.${p.role}`)})`}`).join(', ')}
        </dd>
      </dl>
      {meeting.agenda.length > 0 && (
        <section aria-label={t('meetings.agenda')}>
          <Text weight="semibold">{t('meetings.agenda')}</Text>
          <ol style={{ margin: '4px 0' }}>
            {meeting.agenda.map((item) => (
              <li key={item.id}>{f.pick(item.title)}</li>
            ))}
          </ol>
        </section>
      )}
      {documents.length > 0 && (
        <section aria-label={t('meetings.documents')}>
          <Text weight="semibold">{t('meetings.documents')}</Text>
          <ul style={{ margin: '4px 0' }}>
            {documents.map((d) => (
              <li key={d.id}>{f.pick(d.title)}</li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  )
}

export function MeetingsPage() {
  const { t } = useTranslation('meetings')
  const meetings = useOp('listMeetings', {})
  const sorted = [...(meetings.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate))
  return (
    <>
      <PageTitle>{t('meetings.title')}</PageTitle>
      <ErrorMessage error={meetings.error} />
      {meetings.data && sorted.length === 0 && <Text as="p">{t('meetings.empty')}</Text>}
      {sorted.map((m) => (
        <MeetingCard key={m.id} meeting={m} />
      ))}
    </>
  )
}
