// The pages that create a document (from a meeting's page, the meeting already chosen) and
// change one; saving goes to the document's page.
import { Text } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import type { DocumentInput } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useChange, useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'
import { DocumentForm, emptyDocument } from './DocumentForm'
import { PageHeader } from './parts/PageHeader'
import { documentPaths, meetingPaths } from './parts/paths'
import { RecordGate } from './parts/RecordGate'

export function NewDocumentPage() {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const lookups = useLookups()
  const meetings = useOp('listMeetings', {})
  const create = useChange('createDocument')
  // After "save and add another": the document just saved, and a fresh form for the next one.
  const [saved, setSaved] = useState<{ title: string; round: number } | null>(null)
  // Wait for the meetings: the form starts from the one named in the URL.
  if (!meetings.data) return null
  const meeting = lookups.meetings.get(params.get('meetingId') ?? '') ?? null
  const back = meeting ? { to: meetingPaths.view(meeting.id), label: f.pick(meeting.title) } : { to: documentPaths.list, label: t('documents.backToList') }
  const save = async (input: DocumentInput, another: boolean) => {
    const doc = await create.mutateAsync(input)
    if (another) setSaved({ title: f.pick(doc.title), round: (saved?.round ?? 0) + 1 })
    // Replaces the empty form in the history: Back then leads to where the user came from.
    else void navigate(documentPaths.view(doc.id), { replace: true })
  }
  return (
    <>
      <PageHeader title={t('documents.newTitle')} back={back} />
      <Text as="p" role="status">
        {saved ? t('documents.savedNext', { title: saved.title }) : ''}
      </Text>
      <DocumentForm
        key={saved?.round ?? 0}
        label={t('documents.newTitle')}
        initial={emptyDocument(meeting)}
        selfId={null}
        save={save}
        another={t('documents.saveAndAnother')}
        onCancel={() => void navigate(back.to)}
      />
    </>
  )
}

export function EditDocumentPage() {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const { id } = useParams()
  const navigate = useNavigate()
  const documents = useOp('listDocuments', {})
  const update = useChange('updateDocument')
  return (
    <RecordGate list={documents} id={id} notFound={t('documents.notFound')} back={{ to: documentPaths.list, label: t('documents.backToList') }}>
      {(doc) => {
        const back = () => void navigate(documentPaths.view(doc.id), { replace: true })
        const save = async (input: DocumentInput) => {
          await update.mutateAsync({ id: doc.id, input })
          back()
        }
        return (
          <>
            <PageHeader title={t('documents.editTitle')} back={{ to: documentPaths.view(doc.id), label: f.pick(doc.title) }} />
            <DocumentForm key={doc.id} label={t('documents.editTitle')} initial={doc} selfId={doc.id} save={save} onCancel={back} />
          </>
        )
      }}
    </RecordGate>
  )
}
