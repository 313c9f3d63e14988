// A form in a dialog: Enter in a field submits, Escape closes, the draft stays on failure.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../components/ErrorMessage'

interface FormDialogProps {
  title: string
  open: boolean
  busy: boolean
  error: unknown
  submitLabel: string
  onSubmit: () => void
  onClose: () => void
  children: ReactNode
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalMNudge },
})

export function FormDialog({ title, open, busy, error, submitLabel, onSubmit, onClose, children }: FormDialogProps) {
  const { t } = useTranslation()
  const styles = useStyles()
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <form
          // The app says what is wrong at each field, in the interface language (the browser would, in its own).
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            onSubmit()
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {children}
              <ErrorMessage error={error} />
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy}>
                {submitLabel}
              </Button>
              <Button onClick={onClose}>{t('forms.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}

