// A page's heading with its actions on the same line, and a way back to the list above it.
import { Link, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowLeftRegular } from '@fluentui/react-icons'
import type { ReactNode } from 'react'
import { useBackLinkStyles } from '../../../components/backLinkStyles'
import { SampleBadge } from '../../../components/Badges'
import { PageTitle } from '../../../components/PageTitle'
import { hrefOf } from '../../../app/href'

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  title: { flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexShrink: 0, paddingTop: tokens.spacingVerticalXS },
})

interface Props {
  title: string
  sample?: boolean | undefined
  /** The list this page belongs to. */
  back?: { to: string; label: string }
  actions?: ReactNode
}

export function PageHeader({ title, sample, back, actions }: Props) {
  const styles = useStyles()
  const backLink = useBackLinkStyles()
  return (
    <header className={styles.header}>
      {back && (
        <Link href={hrefOf(back.to)} className={backLink.back}>
          <ArrowLeftRegular aria-hidden />
          {back.label}
        </Link>
      )}
      <div className={styles.line}>
        <div className={styles.title}>
          <PageTitle>{title}</PageTitle>
          <SampleBadge sample={sample} />
        </div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
    </header>
  )
}
