// Beside the builder: which content to look at (the draft as one audience's edition, or an issued
// version), its pages, and what to do with it: print, save as PDF or Word, issue the draft as the
// next version, or make numbered copies of a version; then the register of the copies given out.
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, Title3, Toolbar, tokens } from '@fluentui/react-components'
import { DocumentCheckmarkRegular, DocumentCopyRegular, DocumentPdfRegular, DocumentRegular, PrintRegular } from '@fluentui/react-icons'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AUDIENCES } from '../../../../electron/core/briefs/audience'
import type { Audience, Brief } from '../../../../electron/core/schema'
import { useChange, useLongWork, useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'
import { CopiesDialog, type CopiesRequest } from './CopiesDialog'
import { CopiesRegister } from './CopiesRegister'
import { IssueDialog } from './IssueDialog'
import { PagePreview } from './PagePreview'

const DRAFT = 'draft'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  choices: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  toolbar: { flexWrap: 'wrap', padding: 0, gap: tokens.spacingHorizontalXS },
  paths: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
})

export function BriefOutputs({ brief }: { brief: Brief }) {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const styles = useStyles()
  const headingId = useId()
  const [shown, setShown] = useState<number | null>(null)
  const [edition, setEdition] = useState<Audience>('principal')
  const [asking, setAsking] = useState(false)
  const [copying, setCopying] = useState(false)
  const args = { id: brief.id, version: shown, ...(shown === null ? { edition } : {}) }
  const content = useOp('briefContent', args)
  const issue = useChange('issueBrief')
  const pdf = useLongWork('saveBriefPdf')
  const word = useLongWork('saveBriefWord')
  const print = useLongWork('printBrief')
  const copies = useLongWork('issueCopies', { changes: true })
  const [saved, setSaved] = useState<string | null>(null)
  const next = (brief.issued.at(-1)?.number ?? 0) + 1
  const works = [pdf, word, print, copies]
  const busy = works.some((w) => w.isPending)
  const save = (action: typeof pdf) => {
    setSaved(null)
    copies.reset()
    action.mutate(args, { onSuccess: (file) => setSaved(file?.path ?? null) })
  }
  const makeCopies = (request: CopiesRequest) => {
    setCopying(false)
    setSaved(null)
    copies.mutate({ id: brief.id, ...request })
  }
  const made = copies.data

  return (
    <>
      <section aria-labelledby={headingId} className={styles.root}>
        <Title3 as="h2" id={headingId} className={styles.title}>
          {t('outputs.title')}
        </Title3>
        <div className={styles.choices}>
          <Field label={t('outputs.show')}>
            <Select value={shown === null ? DRAFT : String(shown)} onChange={(_e, d) => setShown(d.value === DRAFT ? null : Number(d.value))}>
              <option value={DRAFT}>{t('outputs.draft')}</option>
              {[...brief.issued].reverse().map((v) => (
                <option key={v.number} value={v.number}>
                  {v.edition === 'principal'
                    ? t('outputs.version', { number: v.number, date: f.day(v.issuedAt.slice(0, 10)) })
                    : t('outputs.versionOf', { number: v.number, edition: t(`edition.of.${v.edition}`), date: f.day(v.issuedAt.slice(0, 10)) })}
                </option>
              ))}
            </Select>
          </Field>
          {shown === null && (
            <Field label={t('edition.label')}>
              <Select value={edition} onChange={(_e, d) => setEdition(d.value as Audience)}>
                {AUDIENCES.map((a) => (
                  <option key={a} value={a}>
                    {t(`edition.${a}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
        <Text size={200}>{shown === null ? t('outputs.draftNote') : t('outputs.versionNote')}</Text>
        <Toolbar aria-label={t('outputs.actions')} className={styles.toolbar}>
          <Button icon={<PrintRegular />} disabled={busy} onClick={() => print.mutate(args)}>
            {t('outputs.print')}
          </Button>
          <Button icon={<DocumentPdfRegular />} disabled={busy} onClick={() => save(pdf)}>
            {t('outputs.pdf')}
          </Button>
          <Button icon={<DocumentRegular />} disabled={busy} onClick={() => save(word)}>
            {t('outputs.word')}
          </Button>
          {shown === null ? (
            <Button appearance="primary" icon={<DocumentCheckmarkRegular />} onClick={() => setAsking(true)}>
              {t('outputs.issue', { number: next })}
            </Button>
          ) : (
            <Button appearance="primary" icon={<DocumentCopyRegular />} disabled={busy} onClick={() => setCopying(true)}>
              {t('copies.open')}
            </Button>
          )}
        </Toolbar>
        <WorkProgress work={works.find((w) => w.isPending) ?? pdf} />
        {saved && (
          <MessageBar intent="success">
            <MessageBarBody>{t('outputs.saved', { path: saved })}</MessageBarBody>
          </MessageBar>
        )}
        {made && made.copies.length > 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t('copies.made', { count: made.copies.length, first: made.copies[0]!.number, last: made.copies.at(-1)!.number, version: made.copies[0]!.version })}
              {made.paths.length > 0 && (
                <ul className={styles.paths}>
                  {made.paths.map((path) => (
                    <li key={path}>{path}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        <ErrorMessage error={pdf.error ?? word.error ?? print.error ?? copies.error ?? issue.error ?? content.error} />
        {content.data && <PagePreview doc={content.data} />}
        <IssueDialog
          brief={brief}
          open={asking}
          edition={edition}
          onEdition={setEdition}
          busy={issue.isPending}
          onCancel={() => setAsking(false)}
          onIssue={() =>
            issue.mutate(
              { id: brief.id, edition },
              {
                onSuccess: (issued) => {
                  setAsking(false)
                  setShown(issued.issued.at(-1)!.number)
                },
              },
            )
          }
        />
        {shown !== null && <CopiesDialog brief={brief} version={shown} open={copying} onMake={makeCopies} onClose={() => setCopying(false)} />}
      </section>
      <CopiesRegister brief={brief} />
    </>
  )
}
