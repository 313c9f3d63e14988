// Requests for updates: each owner's request with its state (sent, reply received, overdue), its
// reply opened and reviewed here (or a letter it came as attached), or taken back; and the
// implementation reports issued.
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { AttachRegular, OpenRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { ReplyReviewView, UpdateRequestView } from '../../../../electron/core/ops/contracts/reporting'
import { useAction, useChange, useLongWork, useOp } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'
import { PageHeader } from '../meetings/parts/PageHeader'
import { NewRequestsDialog } from './NewRequestsDialog'
import { ReplyReview } from './ReplyReview'
import { IssuedReports } from './IssuedReports'
import { ReportDialog } from './ReportDialog'
import type { DroppedReply } from './useDroppedReply'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})

const STATE_COLOUR = { sent: 'informative', answered: 'success', overdue: 'danger' } as const

export function RequestsPage() {
  const { t } = useTranslation('reporting')
  const f = useFormat()
  const styles = useStyles()
  const requests = useOp('listUpdateRequests', {})
  const open = useLongWork('openReply')
  const undo = useChange('undoReply')
  const attach = useChange('attachRequestLetters')
  const openLetter = useAction('openRequestLetter')
  const [opened, setOpened] = useState<ReplyReviewView | null>(null)
  // A workbook dropped on the window arrives with its review, shown until it is done with.
  const dropped = (useLocation().state as DroppedReply | null)?.review
  const [doneWith, setDoneWith] = useState<string | null>(null)
  const review = opened ?? (dropped && dropped.token !== doneWith ? dropped : null)
  const [message, setMessage] = useState<string | null>(null)

  const openReply = (request: UpdateRequestView) => {
    setMessage(null)
    open.mutate({ requestId: request.id }, { onSuccess: (r) => r && setOpened(r) })
  }
  const actions = (r: UpdateRequestView) => (
    <div className={styles.actions}>
      <Button size="small" aria-label={t('openReplyFor', { organisation: r.organisationName })} disabled={open.isPending} onClick={() => openReply(r)}>
        {t('openReply')}
      </Button>
      <Button size="small" icon={<AttachRegular />} aria-label={t('attachLetterFor', { organisation: r.organisationName })} disabled={attach.isPending} onClick={() => attach.mutate({ requestId: r.id })}>
        {t('attachLetter')}
      </Button>
      {r.reply && (
        <Button
          size="small"
          aria-label={t('undoFor', { organisation: r.organisationName })}
          disabled={undo.isPending}
          onClick={() => undo.mutate({ requestId: r.id }, { onSuccess: ({ removed }) => setMessage(t('review.undone', { count: removed })) })}
        >
          {t('undo')}
        </Button>
      )}
    </div>
  )

  return (
    <div className={styles.root}>
      <PageHeader title={t('title')} actions={
          <div className={styles.actions}>
            <ReportDialog />
            <NewRequestsDialog onSaved={setMessage} />
          </div>
        } />
      {message && (
        <MessageBar intent="success">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <WorkProgress work={open} />
      <ErrorMessage error={requests.error ?? open.error ?? undo.error ?? attach.error ?? openLetter.error} />
      {review && (
        <ReplyReview
          review={review}
          onDone={(done) => {
            setOpened(null)
            setDoneWith(review.token)
            setMessage(done)
          }}
        />
      )}
      {requests.data && requests.data.length === 0 && <Text as="p">{t('table.none')}</Text>}
      {requests.data && requests.data.length > 0 && (
        <DataTable
          label={t('table.label')}
          rows={requests.data}
          rowKey={(r) => r.id}
          columns={[
            { key: 'organisation', header: t('table.organisation'), render: (r) => r.organisationName },
            { key: 'subject', header: t('table.subject'), render: (r) => r.subject },
            { key: 'sentOn', header: t('table.sentOn'), render: (r) => f.shortDay(r.sentOn) },
            { key: 'replyBy', header: t('table.replyBy'), render: (r) => f.shortDay(r.replyBy) },
            { key: 'items', header: t('table.items'), render: (r) => r.items.length },
            { key: 'state', header: t('table.state'), render: (r) => <Badge appearance="tint" color={STATE_COLOUR[r.state]}>{t(`state.${r.state}`)}</Badge> },
            {
              key: 'reply',
              header: t('table.reply'),
              render: (r) => (
                <>
                  {r.reply && t('replyReceived', { date: f.shortDay(r.reply.receivedOn), file: r.reply.fileName })}
                  {r.letters?.map((letter) => (
                    <Button key={letter.id} size="small" appearance="subtle" icon={<OpenRegular />} aria-label={t('openLetter', { name: letter.fileName })} onClick={() => openLetter.mutate({ requestId: r.id, fileId: letter.id })}>
                      {letter.fileName}
                    </Button>
                  ))}
                </>
              ),
            },
            { key: 'actions', header: t('table.actions'), render: actions },
          ]}
        />
      )}
      <IssuedReports />
    </div>
  )
}
