// Settings' part for reminders: which dates remind, and how many days before (and on the day).
import { Checkbox, Field, makeStyles, SpinButton, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { MAX_REMINDER_DAYS, type ReminderSettings } from '../../../../electron/core/schema'
import { useChange } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Section } from '../meetings/parts/Section'

const KINDS = ['deadlines', 'replies', 'meetings'] as const

const useStyles = makeStyles({ days: { width: '120px' } })

export function RemindersSettings({ reminders }: { reminders: ReminderSettings }) {
  const { t } = useTranslation('reminders')
  const styles = useStyles()
  const update = useChange('updateSettings')
  const setDays = (days: number | null | undefined) => {
    if (days !== null && days !== undefined && Number.isInteger(days) && days >= 0 && days <= MAX_REMINDER_DAYS && days !== reminders.daysBefore) update.mutate({ reminders: { daysBefore: days } })
  }
  return (
    <Section title={t('title')}>
      <Text>{t('settings.hint')}</Text>
      <div role="group" aria-label={t('settings.kinds')}>
        {KINDS.map((kind) => (
          <Checkbox key={kind} checked={reminders[kind]} label={t(`settings.${kind}`)} onChange={(_e, d) => update.mutate({ reminders: { [kind]: d.checked === true } })} />
        ))}
      </div>
      <Field label={t('settings.daysBefore')} hint={t('settings.daysBeforeHint', { max: MAX_REMINDER_DAYS })}>
        <SpinButton
          className={styles.days}
          value={reminders.daysBefore}
          min={0}
          max={MAX_REMINDER_DAYS}
          onChange={(_e, d) => setDays(d.value ?? (d.displayValue === undefined ? undefined : Number(d.displayValue)))}
          incrementButton={{ 'aria-label': t('settings.more') }}
          decrementButton={{ 'aria-label': t('settings.less') }}
        />
      </Field>
      <ErrorMessage error={update.error} />
    </Section>
  )
}
