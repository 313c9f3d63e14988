// One commitment: what it says, who owns it, by when; its current status with the owner's own
// report and our assessment side by side; the whole history, to which updates are only added.
import { Badge, Button, Card, CardHeader, Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components'
import { EditRegular, OpenRegular } from '@fluentui/react-icons'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { CommitmentDetail } from '../../../../electron/core/ops/views'
import { needsDelayReason } from '../../../../electron/core/domain/status'
import { StatusUpdateInput, type StatusUpdate } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useAction, useChange, useOp } from '../../api/queries'
import { SampleBadge, StatusBadge } from '../../components/Badges'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageLoading } from '../../components/PageLoading'
import { Facts, type Fact } from '../../components/Facts'
import { PageTitle } from '../../components/PageTitle'
import { useRecordForm } from '../../forms/useRecordForm'
import { useFormat } from '../../i18n/format'
import { ConfidenceBadge } from './ConfidenceBadge'
import { hrefOf } from '../../app/href'
import { documentPaths } from '../meetings/parts/paths'
import { emptyUpdate, StatusUpdateFields, type UpdateDraft } from './StatusUpdateFields'
import { StepsSection } from './StepsSection'

const useStyles = makeStyles({
  // Edit and Delete stay together on one line, whatever the title's length.
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexShrink: 0, whiteSpace: 'nowrap' },
  history: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  text: { whiteSpace: 'pre-wrap' },
  reports: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  reportsTitle: { gridColumn: '1 / -1' },
  addButton: { alignSelf: 'start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  formButtons: { display: 'flex', gap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  entry: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  entryText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalSNudge, alignItems: 'center', flexWrap: 'wrap' },
})

function UpdateSummary({ update }: { update: StatusUpdate }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const styles = useStyles()
  return (
    <div className={styles.entryText}>
      <span className={styles.badges}>
        <StatusBadge status={update.status} />
        {update.progress !== null && <Badge appearance="outline">{t('update.percent', { n: update.progress })}</Badge>}
        {update.confidence && <ConfidenceBadge confidence={update.confidence} />}
      </span>
      <Text size={200}>{t('update.byOn', { author: update.author, date: f.day(update.date) })}</Text>
      {update.occurrence && <Text size={200}>{t('history.occurrence', { date: f.day(update.occurrence) })}</Text>}
      {update.narrative && <Text>{update.narrative}</Text>}
      {update.delayReason && <Text>{t('update.delayReasonShown', { reason: update.delayReason })}</Text>}
      {update.evidence.length > 0 && (
        <Text size={200}>
          {t('update.evidence')}: {update.evidence.map((e) => (e.page ? t('update.refPage', { ref: e.reference, page: e.page }) : e.reference)).join('; ')}
        </Text>
      )}
      <UpdateFiles update={update} />
    </div>
  )
}

/** An update's files, each opened with the system's viewer. */
function UpdateFiles({ update }: { update: StatusUpdate }) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const open = useAction('openUpdateFile')
  if (!update.files?.length) return null
  return (
    <div className={styles.badges}>
      <Text size={200}>{t('update.files')}:</Text>
      {update.files.map((file) => (
        <Button key={file.id} size="small" appearance="subtle" icon={<OpenRegular />} aria-label={t('update.openFile', { name: file.fileName })} onClick={() => open.mutate({ updateId: update.id, fileId: file.id })}>
          {file.fileName}
        </Button>
      ))}
      <ErrorMessage error={open.error} />
    </div>
  )
}

/** Adds an update; with `corrects`, one that corrects an earlier update (which stays in the history). */
function AddUpdate({ detail, today, corrects, onDone }: { detail: CommitmentDetail; today: string; corrects: StatusUpdate | null; onDone: () => void }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const add = useChange('addStatusUpdate')
  const lookups = useLookups()
  const styles = useStyles()
  // The form replaces the button that opened it: the focus moves into the form, not to the page's start.
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, textarea, button')?.focus(), [])
  // An owner's report comes from the lead owner (else the first one); an assessment from our secretariat.
  const owner = detail.commitment.owners.find((o) => o.role === 'lead') ?? detail.commitment.owners[0]
  const ownerName = owner ? lookups.organisations.get(owner.organisationId)?.name : undefined
  const authorOf = (source: UpdateDraft['source']) => (source === 'self_report' && ownerName ? f.pick(ownerName) : t('update.defaultAuthor'))
  const base: UpdateDraft = corrects
    ? { ...emptyUpdate(today, corrects.author), source: corrects.source, status: corrects.status, progress: corrects.progress, confidence: corrects.confidence }
    : emptyUpdate(today, t('update.defaultAuthor'))
  const form = useRecordForm(StatusUpdateInput, { ...base, commitmentId: detail.commitment.id, correctsId: corrects?.id ?? null }, async (input) => {
    await add.mutateAsync(input)
    onDone()
  })
  return (
    <Card>
      <CardHeader header={<Title3 as="h2">{corrects ? t('update.correctTitle') : t('update.addTitle')}</Title3>} />
      <form
        // The app says what is wrong at each field, in the interface language (the browser would, in its own).
        noValidate
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault()
          void form.submit()
        }}
        className={styles.form}
      >
        {/* A recurring commitment: the update is about its current occurrence (or the one it corrects). */}
        {detail.commitment.deadline.rule.kind === 'recurring' && (corrects?.occurrence ?? detail.commitment.deadline.dueDate) && (
          <Text>{t('update.occurrenceHint', { date: f.day((corrects?.occurrence ?? detail.commitment.deadline.dueDate)!) })}</Text>
        )}
        <StatusUpdateFields
          value={form.value as UpdateDraft}
          onChange={(v) => form.setValue({ ...form.value, ...v })}
          field={form.field}
          authorOf={authorOf}
          delayReason={(status) => (needsDelayReason(detail.commitment, status, today) ? 'required' : 'hidden')}
        />
        <ErrorMessage error={form.error} />
        <div className={styles.formButtons}>
          <Button appearance="primary" type="submit" disabled={form.saving}>
            {t('update.save')}
          </Button>
          <Button onClick={onDone}>{t('forms.cancel')}</Button>
        </div>
      </form>
    </Card>
  )
}

function History({ updates, onCorrect }: { updates: StatusUpdate[]; onCorrect: (u: StatusUpdate) => void }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const styles = useStyles()
  const byId = new Map(updates.map((u) => [u.id, u]))
  if (updates.length === 0) return <Text as="p">{t('history.empty')}</Text>
  return (
    <ol aria-label={t('history.title')} className={styles.list}>
      {updates.map((u) => {
        const corrected = u.correctsId ? byId.get(u.correctsId) : undefined
        return (
          <li key={u.id}>
            <Card size="small">
              <div className={styles.entry}>
                <div className={styles.entryText}>
                  <Text weight="semibold">
                    {t(`update.source_${u.source}`)}
                    <SampleBadge sample={u.sample} />
                  </Text>
                  {corrected && <Text size={200}>{t('history.corrects', { date: f.day(corrected.date), author: corrected.author })}</Text>}
                  <UpdateSummary update={u} />
                </div>
                <Button size="small" onClick={() => onCorrect(u)} aria-label={t('history.correctLabel', { date: f.day(u.date), author: u.author })}>
                  {t('history.correct')}
                </Button>
              </div>
            </Card>
          </li>
        )
      })}
    </ol>
  )
}

function CommitmentFacts({ detail }: { detail: CommitmentDetail }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const lookups = useLookups()
  const c = detail.commitment
  const doc = lookups.documents.get(c.documentId)
  const orgName = (id: string) => {
    const o = lookups.organisations.get(id)
    return o ? f.pick(o.name) : '?'
  }
  const facts: Fact[] = [
    [t('detail.document'), doc ? <Link href={hrefOf(documentPaths.view(doc.id))}>{f.pick(doc.title)}</Link> : '?'],
    [t('detail.clause'), c.clause],
    [t('detail.owners'), c.owners.map((o) => `${orgName(o.organisationId)} — ${t(`role.${o.role}`)}`).join('; ')],
    [
      t('detail.deadline'),
      `${c.deadline.words}${c.deadline.dueDate ? ` (${t(c.deadline.rule.kind === 'recurring' ? 'detail.currentOccurrence' : 'detail.dueDate', { date: f.day(c.deadline.dueDate) })})` : ''}`,
    ],
    [t('detail.partners'), c.partnerCountryIds.map((id) => f.pick(lookups.countries.get(id)?.name ?? { ru: '?', en: '?' })).join(', ')],
    [t('detail.themes'), c.themes.join(', ')],
    [t('detail.completionForm'), c.completionForm],
    [t('steps.next'), detail.nextStep && (detail.nextStep.dueDate ? t('steps.nextDue', { text: detail.nextStep.text, date: f.day(detail.nextStep.dueDate) }) : detail.nextStep.text)],
  ]
  return <Facts facts={facts} />
}

export function CommitmentPage() {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const detail = useOp('getCommitment', { id })
  const status = useOp('getStatus', {})
  const remove = useChange('deleteCommitment')
  const [adding, setAdding] = useState<{ corrects: StatusUpdate | null } | null>(null)
  // When the update form closes, the "Add status" button it gave way to takes the focus back.
  const focusAdd = useRef(false)
  const closeUpdate = () => {
    focusAdd.current = true
    setAdding(null)
  }
  const styles = useStyles()
  if (detail.error) return <ErrorMessage error={detail.error} />
  if (!detail.data || !status.data) return <PageLoading />
  const d = detail.data
  const c = d.commitment
  return (
    <>
      <div className={styles.titleRow}>
        <PageTitle>{`${c.clause} ${f.pick(c.summary)}`.trim() || t('detail.untitled')}</PageTitle>
        <SampleBadge sample={c.sample} />
        {c.priority && <Badge color="warning">{t('detail.priority')}</Badge>}
        <StatusBadge status={d.status} overdue={d.overdue} />
        <div className={styles.actions}>
          <Button icon={<EditRegular />} onClick={() => navigate(`/commitments/${c.id}/edit`)}>
            {t('forms.edit')}
          </Button>
          <DeleteButton
            travels
            question={t('detail.deleteTitle')}
            consequence={t('detail.deleteText', { count: d.updates.length })}
            remove={() => remove.mutateAsync({ id: c.id })}
            onDeleted={() => navigate('/commitments', { replace: true })}
          />
        </div>
      </div>
      <Text as="p" className={styles.text}>
        {c.text}
      </Text>
      <CommitmentFacts detail={d} />
      <StepsSection detail={d} />
      <section aria-labelledby="reports" className={styles.reports}>
        <Title3 as="h2" id="reports" className={styles.reportsTitle}>
          {t('detail.currentStatus')}
        </Title3>
        {(['selfReport', 'assessment'] as const).map((kind) => (
          <Card key={kind} role="group" aria-label={t(`detail.${kind}`)}>
            <CardHeader header={<Text weight="semibold">{t(`detail.${kind}`)}</Text>} />
            {d[kind] ? <UpdateSummary update={d[kind]} /> : <Text>{t('detail.noneYet')}</Text>}
          </Card>
        ))}
      </section>
      {adding ? (
        <AddUpdate key={adding.corrects?.id ?? 'new'} detail={d} today={status.data.today} corrects={adding.corrects} onDone={closeUpdate} />
      ) : (
        <Button
          appearance="primary"
          className={styles.addButton}
          ref={(button) => {
            if (button && focusAdd.current) button.focus()
            focusAdd.current = false
          }}
          onClick={() => setAdding({ corrects: null })}
        >
          {t('update.add')}
        </Button>
      )}
      <section aria-labelledby="history" className={styles.history}>
        <Title3 as="h2" id="history">
          {t('history.title')}
        </Title3>
        <History updates={d.updates} onCorrect={(u) => setAdding({ corrects: u })} />
      </section>
    </>
  )
}
