// Exchange files that reach the window without a dialog: dropped on it, or double-clicked in
// the system (the shell keeps those until the window asks, when it opens or gets the focus).
import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EXCHANGE_EXTENSION } from '../../../../electron/core/exchange/format'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useOpenExchange } from './useOpenExchange'

const isExchangeFile = (file: File) => file.name.toLowerCase().endsWith(`.${EXCHANGE_EXTENSION}`)

export function ExchangeArrivals({ children }: { children: ReactNode }) {
  const { t } = useTranslation('exchange')
  const open = useOpenExchange()
  const [error, setError] = useState<unknown>(null)
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    const take = () =>
      call('takeOpenedFiles', {})
        .then((paths) => {
          if (paths[0]) return open.path(paths[0])
        })
        .catch(setError)
    take()
    window.addEventListener('focus', take)
    return () => window.removeEventListener('focus', take)
    // `open` only navigates: taking files once per focus is what matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <div
      style={{ display: 'contents' }}
      onDragOver={(e) => {
        if (![...e.dataTransfer.items].some((i) => i.kind === 'file')) return
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        const file = [...e.dataTransfer.files].find(isExchangeFile)
        setDragging(false)
        if (!file) return
        e.preventDefault()
        setError(null)
        open.dropped(file).catch(setError)
      }}
    >
      {dragging && (
        <MessageBar intent="info">
          <MessageBarBody>{t('exchange.dropHere')}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorMessage error={error} />
      {children}
    </div>
  )
}
