// Before an exchange file or a full backup is saved: a transfer passphrase typed twice, or — only
// when ticked — no protection. The save dialog comes after, with what was chosen here.
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSPHRASE } from '../../../electron/core/ops/contracts/security'
import type { Protection } from '../../../electron/core/ops/contracts/transfer'

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } })

interface Props {
  open: boolean
  onSave: (protection: Protection) => void
  onCancel: () => void
}

export function TransferProtectionDialog({ open, onSave, onCancel }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [plain, setPlain] = useState(false)
  const short = [...passphrase.trim()].length < MIN_PASSPHRASE
  const mismatch = again !== '' && again !== passphrase
  const ready = plain || (!short && again === passphrase)
  const close = (then: () => void) => {
    // The passphrase is not kept once the dialog is done with.
    setPassphrase('')
    setAgain('')
    setPlain(false)
    then()
  }
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && close(onCancel)}>
      <DialogSurface>
        <form
          aria-label={t('transfer.protectTitle')}
          onSubmit={(e) => {
            e.preventDefault()
            if (!ready) return
            const protection: Protection = plain ? { kind: 'plain' } : { kind: 'passphrase', passphrase }
            close(() => onSave(protection))
          }}
        >
          <DialogBody>
            <DialogTitle>{t('transfer.protectTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              <Text>{t('transfer.protectHint')}</Text>
              <Field label={t('transfer.passphrase')} hint={t('transfer.passphraseHint', { min: MIN_PASSPHRASE })} required={!plain} validationMessage={passphrase !== '' && short ? t('transfer.tooShort', { min: MIN_PASSPHRASE }) : undefined}>
                <Input type="password" value={passphrase} disabled={plain} onChange={(_e, d) => setPassphrase(d.value)} autoComplete="new-password" />
              </Field>
              <Field label={t('transfer.again')} required={!plain} validationMessage={mismatch ? t('transfer.mismatch') : undefined}>
                <Input type="password" value={again} disabled={plain} onChange={(_e, d) => setAgain(d.value)} autoComplete="new-password" />
              </Field>
              <Checkbox checked={plain} onChange={(_e, d) => setPlain(d.checked === true)} label={t('transfer.plain')} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={!ready}>
                {t('transfer.save')}
              </Button>
              <Button onClick={() => close(onCancel)}>{t('forms.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}
