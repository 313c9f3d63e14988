// A returned workbook before anything is saved: each row with the update it adds or what is wrong
// with it, then one confirm that adds them all and marks the request answered.
import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReplyReviewView, ReplyRowView } from '../../../../electron/core/ops/contracts/reporting'
import { useChange } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
})

function Problems({ row }: { row: ReplyRowView }) {
  const { t } = useTranslation('reporting')
  const styles = useStyles()
  const notes = [
    ...row.problems.map((p) => t(`problem.${p}`, { value: p === 'status_unknown' ? row.statusText : row.progressText })),
    ...(row.changedSince ? [t('review.changedSince')] : []),
  ]
  if (notes.length === 0) return null
  return (
    <ul className={styles.list}>
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  )
}

function Adds({ row }: { row: ReplyRowView }) {
  const { t } = useTranslation('reporting')
  if (!row.update) return row.problems.length === 0 ? t('review.nothing') : null
  const { status, progress, narrative, delayReason } = row.update
  return [t(`status.${status}`), progress === null ? '' : `${progress}%`, narrative, delayReason === '' ? '' : t('update.delayReasonShown', { ns: 'commitments', reason: delayReason })].filter((s) => s !== '').join(' · ')
}

export function ReplyReview({ review, onDone }: { review: ReplyReviewView; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('reporting')
  const styles = useStyles()
  const apply = useChange('applyReply')
  const answered = review.request.reply !== null
  return (
    <section className={styles.root} aria-label={t('review.title', { organisation: review.request.organisationName, file: review.fileName })}>
      <Subtitle2 as="h2">{t('review.title', { organisation: review.request.organisationName, file: review.fileName })}</Subtitle2>
      {review.openedFor && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('review.openedFor', { organisation: review.request.organisationName, chosen: review.openedFor })}</MessageBarBody>
        </MessageBar>
      )}
      {answered && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('review.answered')}</MessageBarBody>
        </MessageBar>
      )}
      <DataTable
        label={t('review.label')}
        rows={review.rows}
        rowKey={(r) => String(r.row)}
        columns={[
          { key: 'row', header: t('review.row'), render: (r) => r.row, width: '72px' },
          { key: 'clause', header: t('review.clause'), render: (r) => r.clause, width: '96px' },
          { key: 'adds', header: t('review.adds'), render: (r) => <Adds row={r} /> },
          { key: 'problems', header: t('review.problems'), render: (r) => <Problems row={r} /> },
        ]}
      />
      <ErrorMessage error={apply.error} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={answered || apply.isPending}
          onClick={() => apply.mutate({ token: review.token }, { onSuccess: ({ added }) => onDone(t('review.applied', { count: added })) })}
        >
          {t('review.confirm', { count: review.adds })}
        </Button>
        <Button onClick={() => onDone(null)}>{t('review.cancel')}</Button>
      </div>
    </section>
  )
}
