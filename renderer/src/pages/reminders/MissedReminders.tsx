// The first start of a day: the day's reminders count as seen (the core then tells the system
// what reminds today), and after days closed a digest shows what reminded in between, until the
// user has read it. Reminders change nothing else.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useChange, useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'
import { ReminderTable } from './ReminderTable'

/** How often an open window looks whether the day has turned (and with it, the reminders). */
const DAY_CHECK_MS = 15 * 60 * 1000

const useStyles = makeStyles({
  surface: { maxWidth: '820px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { maxHeight: '50vh', overflowY: 'auto' },
})

export function MissedReminders() {
  const { t } = useTranslation('reminders')
  const f = useFormat()
  const styles = useStyles()
  const reminders = useOp('getReminders', {}, { refetchInterval: DAY_CHECK_MS })
  const seen = useChange('remindersSeen')
  const v = reminders.data
  const unseen = v !== undefined && v.settings.seenOn !== v.today
  const digest = unseen && v.missed.length > 0
  // Once per day and window: a re-render while the answer is on its way must not ask twice.
  const toldFor = useRef<string | null>(null)
  const markSeen = () => {
    if (!v || toldFor.current === v.today) return
    toldFor.current = v.today
    seen.mutate({})
  }
  useEffect(() => {
    if (unseen && !digest) markSeen()
  })
  if (!digest) return null
  return (
    <Dialog open modalType="alert">
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('digest.title')}</DialogTitle>
          <DialogContent className={styles.body}>
            <Text>{t('digest.intro', { count: v.missed.length, date: f.day(v.settings.seenOn!) })}</Text>
            <div className={styles.list}>
              <ReminderTable label={t('digest.title')} reminders={v.missed} when="came" />
            </div>
            <Text>{t('digest.unchanged')}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={seen.isPending} onClick={markSeen}>
              {t('digest.ok')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
