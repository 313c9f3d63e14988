// Exchange files that reach the window without a dialog: dropped on it, or double-clicked in
// the system (the shell keeps those until the window takes them: when it opens, and whenever it
// is told that more have come). Several at once: the first opens, the rest wait their turn.
import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import { useEffect, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { EXCHANGE_EXTENSION } from '../../../../electron/core/exchange/format'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TransferPassphraseDialog, unlessPassphraseRequest } from '../../components/TransferPassphraseDialog'
import { WorkProgress } from '../../components/WorkProgress'
import { useWindowEvent } from '../../api/events'
import { arrivalQueue } from './arrivalQueue'
import { useOpenExchange } from './useOpenExchange'

const isExchangeFile = (file: File) => file.name.toLowerCase().endsWith(`.${EXCHANGE_EXTENSION}`)

/** Drop handlers for the whole window, and the line that says what happened (for the page). */
export function useExchangeArrivals() {
  const { t } = useTranslation('exchange')
  const open = useOpenExchange()
  const [dragging, setDragging] = useState(false)
  // The answer about a file belongs to the page it arrived on: it does not follow the user elsewhere.
  const { pathname } = useLocation()
  const [failure, setFailure] = useState<{ error: unknown; at: string } | null>(null)
  const error = failure?.at === pathname ? failure.error : null
  const setError = (e: unknown) => setFailure(e ? { error: e, at: pathname } : null)

  const take = () =>
    call('takeOpenedFiles', {})
      .then((paths) => {
        arrivalQueue.add(paths)
        const first = arrivalQueue.next()
        if (first) return open.path(first)
      })
      .catch(setError)
  useWindowEvent('files_opened', take)
  useEffect(() => {
    take()
    // Once, when the window opens: later arrivals come with files_opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const handlers = {
    onDragOver: (e: DragEvent) => {
      if (![...e.dataTransfer.items].some((i) => i.kind === 'file')) return
      e.preventDefault()
      setDragging(true)
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      const file = [...e.dataTransfer.files].find(isExchangeFile)
      setDragging(false)
      if (!file) return
      e.preventDefault()
      setError(null)
      open.dropped(file).catch(setError)
    },
  }
  const banner = (
    <>
      {dragging && (
        <MessageBar intent="info">
          <MessageBarBody>{t('exchange.dropHere')}</MessageBarBody>
        </MessageBar>
      )}
      <WorkProgress work={open.work} />
      <ErrorMessage error={unlessPassphraseRequest(error)} onClose={() => setError(null)} />
      <TransferPassphraseDialog
        error={error}
        busy={open.work.isPending}
        onCancel={() => setError(null)}
        onOpen={(held) => {
          setError(null)
          open.unseal(held).catch(setError)
        }}
      />
    </>
  )
  return { handlers, banner }
}
