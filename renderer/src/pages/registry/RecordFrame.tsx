// The frame of a record's page: the way back to its list, its name as the page heading, its
// badges, and a plain message when the record is gone (deleted elsewhere, or a stale link).
import { Link, Spinner, Text } from '@fluentui/react-components'
import { ArrowLeftRegular } from '@fluentui/react-icons'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { registryPaths, type RegistryTab } from './paths'
import { hrefOf } from '../../app/href'

interface Props {
  tab: RegistryTab
  /** The page heading; undefined while the record is loading. */
  title: string | undefined
  badges?: ReactNode
  /** The list loaded and the record is not in it. */
  notFound: boolean
  error?: unknown
  children?: ReactNode
}

export function RecordFrame({ tab, title, badges, notFound, error, children }: Props) {
  const { t } = useTranslation('registry')
  let body: ReactNode
  if (error) body = <ErrorMessage error={error} />
  else if (notFound) body = <Text as="p">{t('record.notFound')}</Text>
  else if (title === undefined) body = <Spinner size="small" label={t('app.loading', { ns: 'common' })} />
  else
    body = (
      <>
        <div style={{ display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' }}>
          <PageTitle>{title}</PageTitle>
          {badges}
        </div>
        {children}
      </>
    )
  return (
    <>
      {/* flexShrink 0: Fluent's Link inherits the page's scrolling overflow, and a scrolling flex item may shrink to nothing. */}
      <Link href={hrefOf(registryPaths.list(tab))} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start', flexShrink: 0 }}>
        <ArrowLeftRegular aria-hidden />
        {t(`record.backTo.${tab}`)}
      </Link>
      {body}
    </>
  )
}
