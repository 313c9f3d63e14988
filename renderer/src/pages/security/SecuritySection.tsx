// In Settings: encryption at rest and the lock. Off: switch it on. On: lock now, how soon the app
// locks itself, the computer account's keychain, a new passphrase, or switching it off.
import { Button, Checkbox, Field, Input, makeStyles, SpinButton, Text, tokens } from '@fluentui/react-components'
import { LockClosedRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppStatus } from '../../../../electron/core/ops/views'
import { useChange, useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { issuesOfError, useIssueText } from '../../forms/issues'
import { Section } from '../meetings/parts/Section'
import { EncryptionForm } from './EncryptionForm'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  narrow: { maxWidth: '720px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '480px' },
})

function PassphraseChange() {
  const { t } = useTranslation('security')
  const styles = useStyles()
  const issueText = useIssueText()
  const change = useChange('changePassphrase')
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const issues = issuesOfError(change.error)
  return (
    <form
      className={styles.form}
      aria-label={t('change.title')}
      onSubmit={(e) => {
        e.preventDefault()
        change.mutate({ current, next }, { onSuccess: () => (setCurrent(''), setNext('')) })
      }}
    >
      <Field label={t('change.current')} validationMessage={issueText(issues.passphrase)}>
        <Input type="password" value={current} onChange={(_e, d) => setCurrent(d.value)} autoComplete="current-password" />
      </Field>
      <Field label={t('change.next')} hint={t('enable.passphraseHint')} validationMessage={issueText(issues.next)}>
        <Input type="password" value={next} onChange={(_e, d) => setNext(d.value)} autoComplete="new-password" />
      </Field>
      <div>
        <Button type="submit" disabled={change.isPending || !current || !next}>
          {t('change.submit')}
        </Button>
      </div>
      {change.isSuccess && <Text role="status">{t('change.done')}</Text>}
    </form>
  )
}

function SwitchOff() {
  const { t } = useTranslation('security')
  const styles = useStyles()
  const issueText = useIssueText()
  const disable = useLongWork('disableEncryption', { changes: true })
  const [passphrase, setPassphrase] = useState('')
  const issues = issuesOfError(disable.error)
  return (
    <form
      className={styles.form}
      aria-label={t('disable.title')}
      onSubmit={(e) => {
        e.preventDefault()
        disable.mutate({ passphrase })
      }}
    >
      <Text>{t('disable.explain')}</Text>
      <Field label={t('unlock.passphrase')} validationMessage={issueText(issues.passphrase)}>
        <Input type="password" value={passphrase} onChange={(_e, d) => setPassphrase(d.value)} autoComplete="current-password" />
      </Field>
      <div>
        <Button type="submit" disabled={disable.isPending || !passphrase}>
          {t('disable.submit')}
        </Button>
      </div>
      <WorkProgress work={disable} />
      {!issues.passphrase && <ErrorMessage error={disable.error} />}
    </form>
  )
}

export function SecuritySection({ status }: { status: AppStatus }) {
  const { t } = useTranslation('security')
  const styles = useStyles()
  const lock = useChange('lock')
  const update = useChange('updateLock')
  const { security } = status
  return (
    <Section title={t('section.title')}>
      <Text className={styles.narrow}>{security.encrypted ? t('section.on') : t('section.off')}</Text>
      {!security.encrypted ? (
        <EncryptionForm status={status} />
      ) : (
        <>
          <div className={styles.row}>
            <Button icon={<LockClosedRegular />} onClick={() => lock.mutate({})}>
              {t('lock.now')}
            </Button>
            <Field label={t('lock.after')} hint={t('lock.afterHint')}>
              <SpinButton
                value={security.lockAfterMinutes ?? 15}
                min={1}
                max={480}
                onChange={(_e, d) => {
                  const minutes = d.value ?? Number(d.displayValue)
                  if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 480) update.mutate({ lockAfterMinutes: minutes })
                }}
                incrementButton={{ 'aria-label': t('lock.more') }}
                decrementButton={{ 'aria-label': t('lock.less') }}
              />
            </Field>
          </div>
          {security.keychainAvailable && <Checkbox checked={security.keychain} onChange={(_e, d) => update.mutate({ keychain: d.checked === true })} label={t('keychain.offer')} />}
          <ErrorMessage error={lock.error ?? update.error} />
          <PassphraseChange />
          <SwitchOff />
        </>
      )}
    </Section>
  )
}
