// Beside the builder: which content to look at (the draft, or an issued version), its pages, and
// what to do with it: print, save as PDF or Word, or issue the draft as the next version.
import { Button, Field, MessageBar, MessageBarBody, Select, Text, Title3, Toolbar } from '@fluentui/react-components'
import { DocumentPdfRegular, DocumentRegular, PrintRegular, DocumentCheckmarkRegular } from '@fluentui/react-icons'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Brief } from '../../../../electron/core/schema'
import { useChange, useLongWork, useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { ConfirmDialog } from '../../forms/ConfirmDialog'
import { useFormat } from '../../i18n/format'
import { PagePreview } from './PagePreview'

const DRAFT = 'draft'

export function BriefOutputs({ brief }: { brief: Brief }) {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const headingId = useId()
  const [shown, setShown] = useState<number | null>(null)
  const [asking, setAsking] = useState(false)
  const content = useOp('briefContent', { id: brief.id, version: shown })
  const issue = useChange('issueBrief')
  const pdf = useLongWork('saveBriefPdf')
  const word = useLongWork('saveBriefWord')
  const print = useLongWork('printBrief')
  const [saved, setSaved] = useState<string | null>(null)
  const next = (brief.issued.at(-1)?.number ?? 0) + 1
  const args = { id: brief.id, version: shown }
  const busy = pdf.isPending || word.isPending || print.isPending
  const save = (action: typeof pdf) => {
    setSaved(null)
    action.mutate(args, { onSuccess: (file) => setSaved(file?.path ?? null) })
  }

  return (
    <section aria-labelledby={headingId} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Title3 as="h2" id={headingId} style={{ margin: 0 }}>
        {t('outputs.title')}
      </Title3>
      <Field label={t('outputs.show')}>
        <Select value={shown === null ? DRAFT : String(shown)} onChange={(_e, d) => setShown(d.value === DRAFT ? null : Number(d.value))}>
          <option value={DRAFT}>{t('outputs.draft')}</option>
          {[...brief.issued].reverse().map((v) => (
            <option key={v.number} value={v.number}>
              {t('outputs.version', { number: v.number, date: f.day(v.issuedAt.slice(0, 10)) })}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200}>{shown === null ? t('outputs.draftNote') : t('outputs.versionNote')}</Text>
      <Toolbar aria-label={t('outputs.actions')} style={{ flexWrap: 'wrap', padding: 0, gap: 4 }}>
        <Button icon={<PrintRegular />} disabled={busy} onClick={() => print.mutate(args)}>
          {t('outputs.print')}
        </Button>
        <Button icon={<DocumentPdfRegular />} disabled={busy} onClick={() => save(pdf)}>
          {t('outputs.pdf')}
        </Button>
        <Button icon={<DocumentRegular />} disabled={busy} onClick={() => save(word)}>
          {t('outputs.word')}
        </Button>
        {shown === null && (
          <Button appearance="primary" icon={<DocumentCheckmarkRegular />} onClick={() => setAsking(true)}>
            {t('outputs.issue', { number: next })}
          </Button>
        )}
      </Toolbar>
      <WorkProgress work={[pdf, word, print].find((w) => w.isPending) ?? pdf} />
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('outputs.saved', { path: saved })}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorMessage error={pdf.error ?? word.error ?? print.error ?? issue.error ?? content.error} />
      {content.data && <PagePreview doc={content.data} />}
      <ConfirmDialog
        open={asking}
        title={t('outputs.issueQuestion', { number: next })}
        confirmLabel={t('outputs.issueConfirm', { number: next })}
        busy={issue.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          issue.mutate(
            { id: brief.id },
            {
              onSuccess: (issued) => {
                setAsking(false)
                setShown(issued.issued.at(-1)!.number)
              },
            },
          )
        }
      >
        {t('outputs.issueConsequence', { number: next })}
      </ConfirmDialog>
    </section>
  )
}
