// A record's page waits for its list, says so when the record is gone (deleted in another
// view, a stale link), and otherwise renders the page for it.
import { Link, Spinner, Text } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { hrefOf } from '../../../app/href'

interface Props<T extends { id: string }> {
  list: { data?: T[] | undefined; error: unknown }
  id: string | undefined
  notFound: string
  back: { to: string; label: string }
  children: (record: T) => ReactNode
}

export function RecordGate<T extends { id: string }>({ list, id, notFound, back, children }: Props<T>) {
  const { t } = useTranslation()
  if (list.error) return <ErrorMessage error={list.error} />
  if (!list.data) return <Spinner label={t('app.loading')} />
  const record = list.data.find((r) => r.id === id)
  if (!record)
    return (
      <>
        <Text as="p">{notFound}</Text>
        <Link href={hrefOf(back.to)}>{back.label}</Link>
      </>
    )
  return <>{children(record)}</>
}
