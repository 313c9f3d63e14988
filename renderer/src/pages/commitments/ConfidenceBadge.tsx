// Delivery confidence in its traffic-light colours, with its letter and name, so that it reads
// without colour too (G green … R red).
import { Badge, type BadgeProps } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { StatusUpdate } from '../../../../electron/core/schema'

type Confidence = NonNullable<StatusUpdate['confidence']>

const look: Record<Confidence, Pick<BadgeProps, 'color' | 'appearance'>> = {
  G: { color: 'success', appearance: 'filled' },
  AG: { color: 'success', appearance: 'tint' },
  A: { color: 'warning', appearance: 'filled' },
  AR: { color: 'severe', appearance: 'filled' },
  R: { color: 'danger', appearance: 'filled' },
}

/** "AR · Жёлто-красный": the letter, then the colour's name. */
export function useConfidenceText() {
  const { t } = useTranslation('commitments')
  return (c: Confidence) => `${c} · ${t(`confidence.${c}`)}`
}

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation('commitments')
  const text = useConfidenceText()
  return (
    <Badge {...look[confidence]} aria-label={`${t('update.confidence')}: ${text(confidence)}`}>
      {text(confidence)}
    </Badge>
  )
}
