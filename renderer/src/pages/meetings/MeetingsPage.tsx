// Meetings, newest first, each a card with its participants, agenda and the documents it
// adopted; the title leads to the meeting's page.
import { Button, Card, CardHeader, Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Meeting } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { useDescribe } from './parts/describe'
import { Facts } from '../../components/Facts'
import { PageHeader } from './parts/PageHeader'
import { documentPaths, meetingPaths } from './parts/paths'
import { hrefOf } from '../../app/href'

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0` },
  // Cards in the page's column keep their height instead of shrinking and clipping their content.
  card: { flexShrink: 0 },
})

/** A short list under a bold label, left out when empty. */
function Listing({ label, ordered, items }: { label: string; ordered?: boolean; items: { key: string; content: React.ReactNode }[] }) {
  const styles = useStyles()
  if (items.length === 0) return null
  const List = ordered ? 'ol' : 'ul'
  return (
    <section aria-label={label}>
      <Text weight="semibold">{label}</Text>
      <List className={styles.list}>
        {items.map((i) => (
          <li key={i.key}>{i.content}</li>
        ))}
      </List>
    </section>
  )
}

function MeetingCard({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const lookups = useLookups()
  const describe = useDescribe()
  const documents = [...lookups.documents.values()].filter((d) => d.meetingId === meeting.id)
  const styles = useStyles()
  const headingId = `meeting-${meeting.id}`
  return (
    <Card role="article" aria-labelledby={headingId} className={styles.card}>
      <CardHeader
        header={
          <Title3 as="h2" id={headingId}>
            <Link href={hrefOf(meetingPaths.view(meeting.id))} inline>
              {f.pick(meeting.title)}
            </Link>
            <SampleBadge sample={meeting.sample} />
          </Title3>
        }
        description={
          <Text>
            {[f.meetingDays(meeting), f.pick(meeting.venue), t(`meetingStatus.${meeting.status}`)].filter(Boolean).join(' · ')}
          </Text>
        }
      />
      <Facts
        facts={[
          [t('meetings.series'), `${f.pick(meeting.series)}${meeting.number !== null ? ` · ${t('meetings.number', { number: meeting.number })}` : ''}`],
          [t('meetings.chair'), describe.countryName(meeting.chairCountryId)],
          [t('meetings.participants'), meeting.participants.map(describe.participant).join(', ')],
        ]}
      />
      <Listing label={t('meetings.agenda')} ordered items={meeting.agenda.map((item) => ({ key: item.id, content: f.pick(item.title) }))} />
      <Listing
        label={t('meetings.documents')}
        items={documents.map((d) => ({ key: d.id, content: <Link href={hrefOf(documentPaths.view(d.id))}>{f.pick(d.title)}</Link> }))}
      />
    </Card>
  )
}

export function MeetingsPage() {
  const { t } = useTranslation('meetings')
  const navigate = useNavigate()
  const meetings = useOp('listMeetings', {})
  const sorted = [...(meetings.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate))
  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        actions={
          <Button appearance="primary" icon={<AddRegular />} onClick={() => void navigate(meetingPaths.create)}>
            {t('meetings.new')}
          </Button>
        }
      />
      <ErrorMessage error={meetings.error} />
      {meetings.data && sorted.length === 0 && <Text as="p">{t('meetings.empty')}</Text>}
      {sorted.map((m) => (
        <MeetingCard key={m.id} meeting={m} />
      ))}
    </>
  )
}
