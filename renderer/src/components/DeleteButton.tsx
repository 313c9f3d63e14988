// Delete, after asking. When the core refuses because other records point here, the dialog
// stays open and lists them (ErrorMessage), so the user sees what to change first; the page stays.
// Used for every kind of record.
import { Button } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from './ErrorMessage'
import { ConfirmDialog } from '../forms/ConfirmDialog'

interface Props {
  /** The dialog's title: "Delete the meeting?" */
  question: string
  /** What will happen, named: "«…» will be deleted." */
  consequence: string
  /** The button's label, when "Delete" alone is not enough (a file in a list). */
  label?: string
  remove: () => Promise<unknown>
  onDeleted?: () => void
  /** The dialog's confirming button; "Delete" unless the action is another (remove a file). */
  confirmLabel?: string
  size?: 'small' | 'medium'
  /** A record that travels in exchange files: the dialog says the deletion reaches the other computers. */
  travels?: boolean
}

export function DeleteButton({ question, consequence, label, remove, onDeleted, confirmLabel, size, travels }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  // The confirm button is disabled once refused: focus moves to the reasons, so they are read
  // out and Escape still reaches the dialog.
  const reasons = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (error) reasons.current?.focus()
  }, [error])

  const close = () => {
    setOpen(false)
    setError(null)
  }
  const confirm = async () => {
    setBusy(true)
    try {
      await remove()
      setOpen(false)
      onDeleted?.()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  const text = confirmLabel ?? t('forms.delete')
  return (
    <>
      <Button size={size} icon={<DeleteRegular />} aria-label={label} onClick={() => setOpen(true)}>
        {text}
      </Button>
      <ConfirmDialog open={open} title={question} confirmLabel={text} busy={busy || error !== null} onConfirm={() => void confirm()} onCancel={close}>
        {error ? (
          <div ref={reasons} tabIndex={-1}>
            <ErrorMessage error={error} />
          </div>
        ) : (
          <>
            <p>{consequence}</p>
            {travels && <p>{t('forms.deletionTravels')}</p>}
          </>
        )}
      </ConfirmDialog>
    </>
  )
}
