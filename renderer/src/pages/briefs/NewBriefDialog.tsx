// "New brief" from the list: which meeting, in which output language, optionally continuing a
// previous brief (its text sections copied).
import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components'
import { DocumentAddRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { MeetingPicker } from '../../components/pickers'
import { RecordPicker } from '../../components/pickers/RecordPicker'
import { FormDialog } from '../../forms/FormDialog'
import { useFormat } from '../../i18n/format'
import { useBriefName } from './useBriefName'
import { useCreateBrief } from './useCreateBrief'

/** Russian / English, for the output language of a brief. */
export function OutputLanguageRadio({ value, onChange }: { value: Language; onChange: (value: Language) => void }) {
  const { t } = useTranslation('briefs')
  return (
    <Field label={t('field.language')}>
      <RadioGroup layout="horizontal" value={value} onChange={(_e, d) => onChange(d.value as Language)}>
        <Radio value="ru" label={t('outputLanguage.ru')} />
        <Radio value="en" label={t('outputLanguage.en')} />
      </RadioGroup>
    </Field>
  )
}

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
  const [language, setLanguage] = useState<Language>(f.language)
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
        <OutputLanguageRadio value={language} onChange={setLanguage} />
        {briefItems.length > 0 && <RecordPicker label={t('briefs.fromBrief')} items={briefItems} value={fromBriefId} onChange={setFromBriefId} />}
      </FormDialog>
    </>
  )
}
