// Marks shown beside an organisation's or person's name wherever it appears in this area.
import { Badge } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useOp } from '../../api/queries'
import { SampleBadge, useBadgeStyles } from '../../components/Badges'

/** Our organisation, as Settings names it. */
export function useOurOrganisationId(): string | null {
  return useOp('getSettings', {}).data?.ourOrganisationId ?? null
}

export function RecordBadges({ sample, ours }: { sample?: boolean | undefined; ours?: boolean }) {
  const { t } = useTranslation('registry')
  const styles = useBadgeStyles()
  return (
    <>
      {ours && (
        <Badge appearance="tint" color="brand" size="small" className={styles.beside}>
          {t('organisations.ours')}
        </Badge>
      )}
      <SampleBadge sample={sample} />
    </>
  )
}
