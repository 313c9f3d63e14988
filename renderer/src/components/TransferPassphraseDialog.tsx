// A file that arrived sealed with a transfer passphrase: the core holds it and asks for the
// passphrase (its answer names the file and carries a token); this dialog asks the user and
// hands both back. A wrong passphrase comes back the same way and is said under the field.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HeldFile } from '../../../electron/core/ops/contracts/transfer'
import { DeskError } from '../../../electron/core/ops/errors'

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } })

/** The core's request for a transfer passphrase in `error`, or null when it is another error. */
export function passphraseRequest(error: unknown): { token: string; name: string; wrong: boolean } | null {
  if (!(error instanceof DeskError)) return null
  const issue = error.issues.find((i) => i.path === 'passphrase' && i.message.startsWith('validation.transfer.'))
  const token = issue?.params?.token
  if (typeof token !== 'string') return null
  return { token, name: error.file?.name ?? '', wrong: issue!.message === 'validation.transfer.wrongPassphrase' }
}

/** Every other error, for an ErrorMessage beside this dialog. */
export const unlessPassphraseRequest = (error: unknown) => (passphraseRequest(error) ? null : error)

interface Props {
  error: unknown
  busy: boolean
  onOpen: (held: HeldFile) => void
  onCancel: () => void
}

export function TransferPassphraseDialog({ error, busy, onOpen, onCancel }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [passphrase, setPassphrase] = useState('')
  const request = passphraseRequest(error)
  return (
    <Dialog open={request !== null} onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <form
          aria-label={t('transfer.openTitle')}
          onSubmit={(e) => {
            e.preventDefault()
            if (!request || passphrase === '') return
            onOpen({ token: request.token, passphrase })
            setPassphrase('')
          }}
        >
          <DialogBody>
            <DialogTitle>{t('transfer.openTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              <Text>{t('transfer.openHint', { name: request?.name })}</Text>
              <Field label={t('transfer.passphrase')} required validationMessage={request?.wrong ? t('validation.transfer.wrongPassphrase') : undefined}>
                <Input type="password" value={passphrase} onChange={(_e, d) => setPassphrase(d.value)} autoComplete="off" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy || passphrase === ''}>
                {t('transfer.open')}
              </Button>
              <Button onClick={onCancel}>{t('forms.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}
