// Numbered copies of an issued version: one per recipient (a person or a post, one a line), as
// PDF or Word files or on paper, each page carrying its number and, if chosen, the recipient's
// name across it. They are numbered on from the version's last copy and entered in the register.
import { Checkbox, Field, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Brief, CopyMedium } from '../../../../electron/core/schema'
import { FormDialog } from '../../forms/FormDialog'

export interface CopiesRequest {
  version: number
  medium: CopyMedium
  watermark: boolean
  recipients: string[]
}

interface Props {
  brief: Brief
  version: number
  open: boolean
  onMake: (request: CopiesRequest) => void
  onClose: () => void
}

export function CopiesDialog({ brief, version, open, onMake, onClose }: Props) {
  const { t } = useTranslation('briefs')
  const [text, setText] = useState('')
  const [medium, setMedium] = useState<CopyMedium>('pdf')
  const [watermark, setWatermark] = useState(true)
  const [missing, setMissing] = useState(false)
  const recipients = text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
  const first = Math.max(0, ...brief.copies.filter((c) => c.version === version).map((c) => c.number)) + 1
  const submit = () => {
    if (recipients.length === 0) return setMissing(true)
    onMake({ version, medium, watermark, recipients })
    setText('')
  }
  return (
    <FormDialog title={t('copies.title', { version })} open={open} busy={false} error={null} submitLabel={t('copies.make', { count: Math.max(1, recipients.length) })} onSubmit={submit} onClose={onClose}>
      <Field label={t('copies.recipients')} hint={t('copies.recipientsHint')} required validationMessage={missing ? t('copies.noRecipients') : undefined} validationState={missing ? 'error' : 'none'}>
        <Textarea
          rows={5}
          value={text}
          onChange={(_e, d) => {
            setText(d.value)
            setMissing(false)
          }}
        />
      </Field>
      {recipients.length > 0 && <Text>{t('copies.numbers', { count: recipients.length, first, last: first + recipients.length - 1 })}</Text>}
      <Field label={t('copies.medium')}>
        <RadioGroup layout="horizontal" value={medium} onChange={(_e, d) => setMedium(d.value as CopyMedium)}>
          <Radio value="pdf" label={t('copies.media.pdf')} />
          <Radio value="word" label={t('copies.media.word')} />
          <Radio value="print" label={t('copies.media.print')} />
        </RadioGroup>
      </Field>
      <Checkbox label={t('copies.watermark')} checked={watermark} onChange={(_e, d) => setWatermark(d.checked === true)} />
    </FormDialog>
  )
}
