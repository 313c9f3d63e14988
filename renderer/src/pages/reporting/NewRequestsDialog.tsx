// Asking the owners of a document's commitments for updates: the document and the reply-by date,
// then one archive saved (a workbook and a covering letter per owner) and the requests recorded.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import { addDays, format } from 'date-fns'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLookups } from '../../api/lookups'
import { useLongWork } from '../../api/queries'
import type { OutputLanguage } from '../../../../electron/core/schema'
import { ErrorMessage } from '../../components/ErrorMessage'
import { OutputLanguageRadio } from '../../components/OutputLanguageRadio'
import { RecordPicker } from '../../components/pickers/RecordPicker'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  date: { maxWidth: '220px' },
})

export function NewRequestsDialog({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation('reporting')
  const f = useFormat()
  const styles = useStyles()
  const lookups = useLookups()
  const [open, setOpen] = useState(false)
  const [documentId, setDocumentId] = useState<string | null>(null)
  const [replyBy, setReplyBy] = useState(() => format(addDays(new Date(), 14), 'yyyy-MM-dd'))
  const [language, setLanguage] = useState<OutputLanguage>(f.ui)
  const create = useLongWork('createUpdateRequests', { changes: true })
  const documents = [...lookups.documents.values()].map((d) => ({ id: d.id, text: f.pick(d.title) }))
  const submit = () => {
    if (!documentId) return
    create.mutate(
      { query: { documentId }, replyBy, language },
      {
        onSuccess: (made) => {
          if (!made) return
          setOpen(false)
          onSaved(t('new.saved', { count: made.requests, path: made.saved.path }))
        },
      },
    )
  }
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !create.isPending && setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary">{t('new.button')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('new.title')}</DialogTitle>
          <DialogContent className={styles.fields}>
            <RecordPicker label={t('new.document')} required items={documents} value={documentId} onChange={setDocumentId} />
            <Field label={t('new.replyBy')} required>
              <Input className={styles.date} type="date" value={replyBy} onChange={(_e, d) => setReplyBy(d.value)} />
            </Field>
            <OutputLanguageRadio label={t('new.language')} value={language} onChange={setLanguage} />
            <WorkProgress work={create} />
            <ErrorMessage error={create.error} />
            {create.isSuccess && create.data === null && (
              <MessageBar>
                <MessageBarBody>{t('new.cancelled')}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!documentId || replyBy === '' || create.isPending} onClick={submit}>
              {t('new.create')}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={create.isPending}>{t('review.cancel')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
