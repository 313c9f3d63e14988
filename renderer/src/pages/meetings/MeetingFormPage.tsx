// The pages that create a meeting and change one; saving goes to the meeting's page.
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { MeetingInput } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'
import { emptyMeeting, MeetingForm } from './MeetingForm'
import { PageHeader } from './parts/PageHeader'
import { meetingPaths } from './parts/paths'
import { RecordGate } from './parts/RecordGate'

export function NewMeetingPage() {
  const { t } = useTranslation('meetings')
  const navigate = useNavigate()
  const create = useChange('createMeeting')
  const save = async (input: MeetingInput) => {
    const meeting = await create.mutateAsync(input)
    // Replaces the empty form in the history: Back then leads to where the user came from.
    void navigate(meetingPaths.view(meeting.id), { replace: true })
  }
  return (
    <>
      <PageHeader title={t('meetings.newTitle')} back={{ to: meetingPaths.list, label: t('meetings.backToList') }} />
      <MeetingForm label={t('meetings.newTitle')} initial={emptyMeeting()} save={save} onCancel={() => void navigate(meetingPaths.list)} />
    </>
  )
}

export function EditMeetingPage() {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const { id } = useParams()
  const navigate = useNavigate()
  const meetings = useOp('listMeetings', {})
  const update = useChange('updateMeeting')
  return (
    <RecordGate list={meetings} id={id} notFound={t('meetings.notFound')} back={{ to: meetingPaths.list, label: t('meetings.backToList') }}>
      {(meeting) => {
        const back = () => void navigate(meetingPaths.view(meeting.id), { replace: true })
        const save = async (input: MeetingInput) => {
          await update.mutateAsync({ id: meeting.id, input })
          back()
        }
        return (
          <>
            <PageHeader title={t('meetings.editTitle')} back={{ to: meetingPaths.view(meeting.id), label: f.pick(meeting.title) }} />
            <MeetingForm key={meeting.id} label={t('meetings.editTitle')} initial={meeting} save={save} onCancel={back} />
          </>
        )
      }}
    </RecordGate>
  )
}
