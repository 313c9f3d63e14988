import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { CommitmentStatus } from '../../../electron/core/schema'

/** A mark beside a name: set off from it by a small gap. */
export const useBadgeStyles = makeStyles({
  beside: { marginInlineStart: tokens.spacingHorizontalSNudge },
})

const useStatusStyles = makeStyles({
  badges: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
})

/** Marks invented demo content wherever it is shown. */
export function SampleBadge({ sample }: { sample?: boolean | undefined }) {
  const { t } = useTranslation()
  const styles = useBadgeStyles()
  if (!sample) return null
  return (
    <Badge appearance="tint" color="warning" size="small" className={styles.beside}>
      {t('app.sample')}
    </Badge>
  )
}

const statusColor: Record<CommitmentStatus, BadgeProps['color']> = {
  not_started: 'informative',
  in_progress: 'brand',
  completed: 'success',
  delayed: 'warning',
  cancelled: 'subtle',
  no_information: 'informative',
}

export function StatusBadge({ status, overdue }: { status: CommitmentStatus; overdue?: boolean }) {
  const { t } = useTranslation()
  const styles = useStatusStyles()
  return (
    <span className={styles.badges}>
      <Badge appearance="tint" color={statusColor[status]}>
        {t(`status.${status}`)}
      </Badge>
      {overdue && (
        <Badge appearance="filled" color="danger">
          {t('badges.overdue')}
        </Badge>
      )}
    </span>
  )
}
