// Switching encryption at rest on: a passphrase typed twice, how soon the app locks itself, and
// whether the computer account may unlock it too. Then the recovery key, once.
import { Button, Checkbox, Field, Input, makeStyles, SpinButton, tokens } from '@fluentui/react-components'
import { LockClosedRegular } from '@fluentui/react-icons'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppStatus } from '../../../../electron/core/ops/views'
import { useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { issuesOfError, useIssueText } from '../../forms/issues'
import { RecoveryKeyDialog } from './RecoveryKeyDialog'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' },
})

export function EncryptionForm({ status, onDone }: { status: AppStatus; onDone?: () => void }) {
  const { t } = useTranslation('security')
  const styles = useStyles()
  const issueText = useIssueText()
  // The views are read again only once the recovery key has been seen: this form (and its dialog)
  // gives way to the switched-on section then, not before.
  const enable = useLongWork('enableEncryption')
  const client = useQueryClient()
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [minutes, setMinutes] = useState(15)
  const [keychain, setKeychain] = useState(false)
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const mismatch = again !== '' && again !== passphrase
  const issues = issuesOfError(enable.error)
  return (
    <form
      className={styles.form}
      aria-label={t('enable.title')}
      onSubmit={(e) => {
        e.preventDefault()
        if (mismatch || passphrase === '') return
        enable.mutate({ passphrase, lockAfterMinutes: minutes, keychain }, { onSuccess: (on) => setRecoveryKey(on.recoveryKey) })
      }}
    >
      <Field label={t('enable.passphrase')} hint={t('enable.passphraseHint')} required validationMessage={issueText(issues.passphrase)}>
        <Input type="password" value={passphrase} onChange={(_e, d) => setPassphrase(d.value)} autoComplete="new-password" />
      </Field>
      <Field label={t('enable.again')} required validationMessage={mismatch ? t('enable.mismatch') : undefined}>
        <Input type="password" value={again} onChange={(_e, d) => setAgain(d.value)} autoComplete="new-password" />
      </Field>
      <Field label={t('lock.after')} hint={t('lock.afterHint')}>
        <SpinButton value={minutes} min={1} max={480} onChange={(_e, d) => setMinutes(d.value ?? (Number(d.displayValue) || minutes))} incrementButton={{ 'aria-label': t('lock.more') }} decrementButton={{ 'aria-label': t('lock.less') }} />
      </Field>
      {status.security.keychainAvailable && <Checkbox checked={keychain} onChange={(_e, d) => setKeychain(d.checked === true)} label={t('keychain.offer')} />}
      <div>
        <Button type="submit" appearance="primary" icon={<LockClosedRegular />} disabled={enable.isPending || passphrase === '' || again !== passphrase}>
          {t('enable.submit')}
        </Button>
      </div>
      <WorkProgress work={enable} />
      {!issues.passphrase && <ErrorMessage error={enable.error} />}
      <RecoveryKeyDialog
        recoveryKey={recoveryKey}
        onDone={() => {
          setRecoveryKey(null)
          void client.invalidateQueries()
          onDone?.()
        }}
      />
    </form>
  )
}
