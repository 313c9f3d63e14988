// One meeting: its facts, participants and agenda, the documents adopted at it and how many
// commitments those hold, with Edit and Delete.
import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular, EditRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { Meeting } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useChange, useOp } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { useFormat } from '../../i18n/format'
import { DeleteButton } from '../../components/DeleteButton'
import { useDescribe } from './parts/describe'
import { Facts } from '../../components/Facts'
import { PageHeader } from './parts/PageHeader'
import { documentPaths, meetingPaths } from './parts/paths'
import { RecordGate } from './parts/RecordGate'
import { Section } from './parts/Section'
import { hrefOf } from '../../app/href'
import { commitmentsLink } from '../commitments/queryParams'
// Briefs: "New brief" on the meeting's page (two clicks from a meeting to a briefing pack).
import { NewBriefButton } from '../briefs/NewBriefButton'
import { ExportExchangeButton } from '../exchange/ExportExchangeButton'

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  notes: { margin: 0, whiteSpace: 'pre-wrap' },
})

function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const describe = useDescribe()
  const series = `${f.pick(meeting.series)}${meeting.number !== null ? ` · ${t('meetings.number', { number: meeting.number })}` : ''}`
  return (
    <Facts
      facts={[
        [t('meetings.series'), series],
        [t('meetings.dates'), f.meetingDays(meeting)],
        [t('meetings.venue'), f.pick(meeting.venue)],
        [t('meetings.chair'), describe.countryName(meeting.chairCountryId)],
        [t('meetings.status'), t(`meetingStatus.${meeting.status}`)],
      ]}
    />
  )
}

function Participants({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const describe = useDescribe()
  if (meeting.participants.length === 0) return <Text as="p">{t('meetings.participantsEmpty')}</Text>
  return (
    <DataTable
      label={t('meetings.participants')}
      rows={meeting.participants.map((p, i) => ({ ...p, key: String(i) }))}
      rowKey={(p) => p.key}
      columns={[
        { key: 'name', header: t('meetings.participant'), width: '40%', render: (p) => describe.participantName(p) },
        { key: 'role', header: t('meetings.participantRole'), width: '20%', render: (p) => t(`participantRole.${p.role}`) },
        { key: 'note', header: t('meetings.participantNote'), render: (p) => p.note },
      ]}
    />
  )
}

function Agenda({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const styles = useStyles()
  if (meeting.agenda.length === 0) return <Text as="p">{t('meetings.agendaEmpty')}</Text>
  return (
    <ol aria-label={t('meetings.agenda')} className={styles.list}>
      {meeting.agenda.map((item) => (
        <li key={item.id}>
          {f.pick(item.title)}
          {item.notes && (
            <Text as="p" size={200} className={styles.notes}>
              {item.notes}
            </Text>
          )}
        </li>
      ))}
    </ol>
  )
}

/** The documents adopted at the meeting, each a link to its page. */
function AdoptedDocuments({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const styles = useStyles()
  const lookups = useLookups()
  const documents = [...lookups.documents.values()].filter((d) => d.meetingId === meeting.id)
  if (documents.length === 0) return <Text as="p">{t('meetings.documentsEmpty')}</Text>
  return (
    <ul aria-label={t('meetings.documents')} className={styles.list}>
      {documents.map((d) => (
        <li key={d.id}>
          <Link href={hrefOf(documentPaths.view(d.id))}>{f.pick(d.title)}</Link>
          <Text size={200}> · {t(`docType.${d.type}`)}</Text>
        </li>
      ))}
    </ul>
  )
}

function CommitmentsCount({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meetings')
  const commitments = useOp('queryCommitments', { meetingId, limit: 0 })
  if (!commitments.data) return null
  return (
    <Text as="p">
      {t('meetings.commitmentsCount', { n: commitments.data.matching })}{' '}
      {commitments.data.matching > 0 && <Link href={hrefOf(commitmentsLink({ meetingId }))}>{t('meetings.openCommitments')}</Link>}
    </Text>
  )
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const navigate = useNavigate()
  const remove = useChange('deleteMeeting')
  const title = f.pick(meeting.title)
  return (
    <>
      <PageHeader
        title={title}
        sample={meeting.sample}
        back={{ to: meetingPaths.list, label: t('meetings.backToList') }}
        actions={
          <>
            <NewBriefButton meetingId={meeting.id} />
            <ExportExchangeButton scope={{ kind: 'meeting', id: meeting.id }} />
            <Button icon={<EditRegular />} onClick={() => void navigate(meetingPaths.edit(meeting.id))}>
              {t('forms.edit')}
            </Button>
            <DeleteButton
              travels
              question={t('meetings.deleteQuestion')}
              consequence={t('meetings.deleteConsequence', { title })}
              remove={() => remove.mutateAsync({ id: meeting.id })}
              onDeleted={() => void navigate(meetingPaths.list, { replace: true })}
            />
          </>
        }
      />
      <MeetingFacts meeting={meeting} />
      <Section title={t('meetings.participants')}>
        <Participants meeting={meeting} />
      </Section>
      <Section title={t('meetings.agenda')}>
        <Agenda meeting={meeting} />
      </Section>
      <Section
        title={t('meetings.documents')}
        actions={
          <Button size="small" icon={<AddRegular />} onClick={() => void navigate(documentPaths.create(meeting.id))}>
            {t('documents.new')}
          </Button>
        }
      >
        <AdoptedDocuments meeting={meeting} />
      </Section>
      <Section title={t('meetings.commitments')}>
        <CommitmentsCount meetingId={meeting.id} />
      </Section>
    </>
  )
}

export function MeetingPage() {
  const { t } = useTranslation('meetings')
  const { id } = useParams()
  const meetings = useOp('listMeetings', {})
  return (
    <RecordGate list={meetings} id={id} notFound={t('meetings.notFound')} back={{ to: meetingPaths.list, label: t('meetings.backToList') }}>
      {(meeting) => <MeetingView meeting={meeting} />}
    </RecordGate>
  )
}
