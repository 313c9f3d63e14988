// The frame of a record's page: the way back to its list, its name as the page heading, its
// badges, and a plain message when the record is gone (deleted elsewhere, or a stale link).
import { Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components'
import { ArrowLeftRegular } from '@fluentui/react-icons'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useBackLinkStyles } from '../../components/backLinkStyles'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { registryPaths, type RegistryTab } from './paths'
import { hrefOf } from '../../app/href'

const useStyles = makeStyles({
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
})

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
  const styles = useStyles()
  const backLink = useBackLinkStyles()
  let body: ReactNode
  if (error) body = <ErrorMessage error={error} />
  else if (notFound) body = <Text as="p">{t('record.notFound')}</Text>
  else if (title === undefined) body = <Spinner size="small" label={t('app.loading', { ns: 'common' })} />
  else
    body = (
      <>
        <div className={styles.heading}>
          <PageTitle>{title}</PageTitle>
          {badges}
        </div>
        {children}
      </>
    )
  return (
    <>
      <Link href={hrefOf(registryPaths.list(tab))} className={backLink.back}>
        <ArrowLeftRegular aria-hidden />
        {t(`record.backTo.${tab}`)}
      </Link>
      {body}
    </>
  )
}
