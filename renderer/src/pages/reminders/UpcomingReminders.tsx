// The dashboard's reminders: what falls due from today to the lead time ahead, of the kinds
// chosen in Settings (the in-app centre; the system's notification says the same once a day).
import { Link, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { hrefOf } from '../../app/href'
import { useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Section } from '../meetings/parts/Section'
import { ReminderTable } from './ReminderTable'

export function UpcomingReminders() {
  const { t } = useTranslation('reminders')
  const reminders = useOp('getReminders', {})
  const v = reminders.data
  if (reminders.error) return <ErrorMessage error={reminders.error} />
  if (!v) return null
  const { settings } = v
  const anyKind = settings.deadlines || settings.replies || settings.meetings
  return (
    <Section title={t('title')} actions={<Link href={hrefOf('/settings')}>{t('configure')}</Link>}>
      {!anyKind ? (
        <Text as="p">{t('off')}</Text>
      ) : v.upcoming.length === 0 ? (
        <Text as="p">{settings.daysBefore === 0 ? t('noneToday') : t('none', { count: settings.daysBefore })}</Text>
      ) : (
        <ReminderTable label={t('title')} reminders={v.upcoming} when="ahead" />
      )}
    </Section>
  )
}
