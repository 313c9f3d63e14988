// "New brief" from the list: which meeting, in which output language, optionally continuing a
// previous brief (its text sections copied).
import { Button } from '@fluentui/react-components'
import { DocumentAddRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutputLanguage } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { OutputLanguageRadio } from '../../components/OutputLanguageRadio'
import { MeetingPicker } from '../../components/pickers'
import { RecordPicker } from '../../components/pickers/RecordPicker'
import { FormDialog } from '../../forms/FormDialog'
import { useFormat } from '../../i18n/format'
import { useBriefName } from './useBriefName'
import { useCreateBrief } from './useCreateBrief'

function useBriefItems() {
  const briefs = useOp('listBriefs', {})
  const name = useBriefName()
  return useMemo(() => (briefs.data ?? []).map((b) => ({ id: b.id, text: name(b) })), [briefs.data, name])
}

export function NewBriefDialog() {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const create = useCreateBrief()
  const briefItems = useBriefItems()
  const [open, setOpen] = useState(false)
  const [meetingId, setMeetingId] = useState<string | null>(null)
  // The interface's language: a Kazakh interface makes a Kazakh brief.
  const [language, setLanguage] = useState<OutputLanguage>(f.ui)
  const [fromBriefId, setFromBriefId] = useState<string | null>(null)
  const [missingMeeting, setMissingMeeting] = useState(false)

  const submit = () => {
    if (!meetingId) return setMissingMeeting(true)
    void create.start({ meetingId, language, ...(fromBriefId ? { fromBriefId } : {}) }).catch(() => undefined)
  }
  const close = () => {
    setOpen(false)
    create.reset()
  }
  return (
    <>
      <Button appearance="primary" icon={<DocumentAddRegular />} onClick={() => setOpen(true)}>
        {t('briefs.new')}
      </Button>
      <FormDialog title={t('briefs.newTitle')} open={open} busy={create.isPending} error={create.error} submitLabel={t('briefs.create')} onSubmit={submit} onClose={close}>
        <MeetingPicker
          label={t('briefs.meeting')}
          required
          value={meetingId}
          onChange={(id) => {
            setMeetingId(id)
            setMissingMeeting(false)
          }}
          fieldProps={missingMeeting ? { validationState: 'error', validationMessage: t('validation.required') } : {}}
        />
        <OutputLanguageRadio label={t('field.language')} value={language} onChange={setLanguage} />
        {briefItems.length > 0 && <RecordPicker label={t('briefs.fromBrief')} items={briefItems} value={fromBriefId} onChange={setFromBriefId} />}
      </FormDialog>
    </>
  )
}
