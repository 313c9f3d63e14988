// The implementation report of a document's commitments, as PDF, Word or Excel: the same
// document in each, made by the core; "completed since" counts from the day given. Issued, it is
// kept as it went out, and the next one on the same document shows what changed since.
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLookups } from '../../api/lookups'
import { useLongWork } from '../../api/queries'
import { DateInput } from '../../components/DateInput'
import type { OutputLanguage } from '../../../../electron/core/schema'
import { ErrorMessage } from '../../components/ErrorMessage'
import { OutputLanguageRadio } from '../../components/OutputLanguageRadio'
import { RecordPicker } from '../../components/pickers/RecordPicker'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

const FORMATS = ['pdf', 'docx', 'xlsx'] as const

export function ReportDialog() {
  const { t } = useTranslation('reporting')
  const f = useFormat()
  const styles = useStyles()
  const lookups = useLookups()
  const [documentId, setDocumentId] = useState<string | null>(null)
  const [since, setSince] = useState('')
  const [issue, setIssue] = useState(false)
  const [language, setLanguage] = useState<OutputLanguage>(f.ui)
  const [saved, setSaved] = useState<string | null>(null)
  // An issued report joins the list of issued ones.
  const report = useLongWork('exportImplementationReport', { changes: true })
  const documents = [...lookups.documents.values()].map((d) => ({ id: d.id, text: f.pick(d.title) }))
  const save = (format: (typeof FORMATS)[number]) => {
    if (!documentId) return
    setSaved(null)
    report.mutate({ query: { documentId }, format, language, since: since === '' ? null : since, issue }, { onSuccess: (file) => setSaved(file?.path ?? null) })
  }
  return (
    <Dialog onOpenChange={() => setSaved(null)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>{t('report.button')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('report.title')}</DialogTitle>
          <DialogContent className={styles.fields}>
            <RecordPicker label={t('new.document')} required items={documents} value={documentId} onChange={setDocumentId} />
            <Field label={t('report.since')} hint={t('report.sinceHint')}>
              <DateInput value={since === '' ? null : since} onChange={(day) => setSince(day ?? '')} />
            </Field>
            <OutputLanguageRadio label={t('report.language')} value={language} onChange={setLanguage} />
            <Checkbox checked={issue} onChange={(_e, d) => setIssue(d.checked === true)} label={t('report.issue')} />
            <WorkProgress work={report} />
            <ErrorMessage error={report.error} />
            {saved && (
              <MessageBar intent="success">
                <MessageBarBody>{t('report.saved', { path: saved })}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {FORMATS.map((format) => (
              <Button key={format} appearance={format === 'pdf' ? 'primary' : 'secondary'} disabled={!documentId || report.isPending} onClick={() => save(format)}>
                {t(`report.${format}`)}
              </Button>
            ))}
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={report.isPending}>{t('review.cancel')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
