// What a locked app shows, and all it shows: the passphrase, or the computer account's keychain,
// or — the passphrase forgotten, or the key file lost — the recovery key with a new passphrase.
import { Button, Field, Input, Link, makeStyles, Text, Title1, tokens } from '@fluentui/react-components'
import { LockOpenRegular } from '@fluentui/react-icons'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DeskError } from '../../../../electron/core/ops/errors'
import type { AppStatus } from '../../../../electron/core/ops/views'
import { useChange } from '../../api/queries'
import { Centered } from '../../components/Centered'
import { ErrorMessage } from '../../components/ErrorMessage'
import { issuesOfError, useIssueText } from '../../forms/issues'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
})

/** Seconds left until `deadline` (by this window's clock), ticking down; 0 once it is over. */
function useSecondsLeft(deadline: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (deadline <= Date.now()) return
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [deadline])
  return Math.max(0, Math.ceil((deadline - now) / 1000))
}

/** The wait a refusal names, in milliseconds from the answer (the core's clock may be set to another day). */
const waitOf = (error: unknown) => (error instanceof DeskError ? Number(error.issues.find((i) => i.params?.retryInMs)?.params?.retryInMs ?? 0) : 0)

export function UnlockScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation('security')
  const styles = useStyles()
  const issueText = useIssueText()
  const client = useQueryClient()
  const unlock = useChange('unlock')
  const { security } = status
  const [recovering, setRecovering] = useState(security.recoveryOnly)
  const [passphrase, setPassphrase] = useState('')
  const [recoveryKey, setRecoveryKey] = useState('')
  const [newPassphrase, setNewPassphrase] = useState('')
  // The wait the status named on opening, then the one each refusal names.
  const [deadline, setDeadline] = useState(() => Date.now() + (security.retryInMs ?? 0))
  const wait = useSecondsLeft(deadline)
  const issues = issuesOfError(unlock.error)
  // What an earlier session showed must not outlive the lock.
  useEffect(() => client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'getStatus' }), [client])
  const submit = () =>
    unlock.mutate(recovering ? { recoveryKey, ...(newPassphrase ? { newPassphrase } : {}) } : { passphrase }, {
      onError: (error) => setDeadline(Date.now() + waitOf(error)),
    })

  return (
    <Centered>
      <main>
        <form
          className={styles.form}
          aria-labelledby="unlock-title"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          <Title1 as="h1" id="unlock-title">
            {t('unlock.title')}
          </Title1>
          <Text as="p">{security.recoveryOnly ? t('unlock.keysLost') : t('unlock.explain')}</Text>
          {recovering ? (
            <>
              <Field label={t('unlock.recoveryKey')} hint={t('unlock.recoveryHint')} required validationMessage={issueText(issues.recoveryKey)}>
                <Input value={recoveryKey} onChange={(_e, d) => setRecoveryKey(d.value)} autoFocus spellCheck={false} autoComplete="off" />
              </Field>
              <Field label={t('unlock.newPassphrase')} hint={t('enable.passphraseHint')} required={security.recoveryOnly} validationMessage={issueText(issues.newPassphrase)}>
                <Input type="password" value={newPassphrase} onChange={(_e, d) => setNewPassphrase(d.value)} autoComplete="new-password" />
              </Field>
            </>
          ) : (
            <Field label={t('unlock.passphrase')} required validationMessage={issueText(issues.passphrase)}>
              <Input type="password" value={passphrase} onChange={(_e, d) => setPassphrase(d.value)} autoFocus autoComplete="current-password" />
            </Field>
          )}
          {wait > 0 && (
            <Text role="status">
              {t('unlock.wait', { seconds: wait })}
            </Text>
          )}
          <div className={styles.actions}>
            {/* Enabled once what it needs is typed, as the other passphrase forms: the browser would otherwise refuse an empty field in its own language. */}
            <Button type="submit" appearance="primary" icon={<LockOpenRegular />} disabled={unlock.isPending || wait > 0 || (recovering ? recoveryKey.trim() === '' : passphrase === '')}>
              {t('unlock.submit')}
            </Button>
            {security.keychain && !recovering && (
              <Button disabled={unlock.isPending} onClick={() => unlock.mutate({ keychain: true })}>
                {t('unlock.keychain')}
              </Button>
            )}
            {!security.recoveryOnly && (
              <Link as="button" type="button" onClick={() => setRecovering((r) => !r)}>
                {recovering ? t('unlock.usePassphrase') : t('unlock.forgot')}
              </Link>
            )}
          </div>
          {Object.keys(issues).length === 0 && <ErrorMessage error={unlock.error} />}
        </form>
      </main>
    </Centered>
  )
}
