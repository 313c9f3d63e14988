// The first start of a day: the day's reminders count as seen (the core then tells the system
// what reminds today), and after days closed a digest at the top of the window shows what
// reminded in between, until the user has read it. It does not block the window: a link in it
// opens its record. Reminders change nothing else.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useQueryClient } from '@tanstack/react-query'
import { useAction, useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'
import { ReminderTable } from './ReminderTable'

/** How often an open window looks whether the day has turned (and with it, the reminders). */
const DAY_CHECK_MS = 15 * 60 * 1000

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { maxHeight: '40vh', overflowY: 'auto' },
})

export function MissedReminders() {
  const { t } = useTranslation('reminders')
  const f = useFormat()
  const styles = useStyles()
  const reminders = useOp('getReminders', {}, { refetchInterval: DAY_CHECK_MS })
  // Only the day seen changes: the reminders are read again, nothing else (this runs at every start).
  const seen = useAction('remindersSeen')
  const client = useQueryClient()
  const v = reminders.data
  const unseen = v !== undefined && v.settings.seenOn !== v.today
  const digest = unseen && v.missed.length > 0
  // Once per day and window: a re-render while the answer is on its way must not ask twice.
  const toldFor = useRef<string | null>(null)
  const markSeen = () => {
    if (!v || toldFor.current === v.today) return
    toldFor.current = v.today
    seen.mutate({}, { onSuccess: () => client.invalidateQueries({ queryKey: ['getReminders'] }) })
  }
  useEffect(() => {
    if (unseen && !digest) markSeen()
  })
  if (!digest) return null
  return (
    <section aria-label={t('digest.title')}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t('digest.title')}</MessageBarTitle>
          <Text>{t('digest.intro', { count: v.missed.length, date: f.day(v.settings.seenOn!) })}</Text>
          <div className={styles.list}>
            <ReminderTable label={t('digest.title')} reminders={v.missed} when="came" />
          </div>
          <Text>{t('digest.unchanged')}</Text>
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" disabled={seen.isPending} onClick={markSeen}>
            {t('digest.ok')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </section>
  )
}
