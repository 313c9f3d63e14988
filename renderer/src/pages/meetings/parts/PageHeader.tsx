// A page's heading with its actions on the same line, and a way back to the list above it.
import { Link } from '@fluentui/react-components'
import { ArrowLeftRegular } from '@fluentui/react-icons'
import type { ReactNode } from 'react'
import { SampleBadge } from '../../../components/Badges'
import { PageTitle } from '../../../components/PageTitle'
import { hrefOf } from '../../../app/href'

interface Props {
  title: string
  sample?: boolean | undefined
  /** The list this page belongs to. */
  back?: { to: string; label: string }
  actions?: ReactNode
}

export function PageHeader({ title, sample, back, actions }: Props) {
  return (
    <header style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      {back && (
        <Link href={hrefOf(back.to)} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
          <ArrowLeftRegular aria-hidden />
          {back.label}
        </Link>
      )}
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: 12 }}>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <PageTitle>{title}</PageTitle>
          <SampleBadge sample={sample} />
        </div>
        {actions && <div style={{ display: 'flex', gap: 8, flexShrink: 0, paddingTop: 4 }}>{actions}</div>}
      </div>
    </header>
  )
}
