// Earlier meetings' series, offered with the next number, so a series is not retyped each time.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { TEXT_LANGUAGES, type LocalText } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
})

const keyOf = (series: LocalText) => TEXT_LANGUAGES.map((l) => (series[l] ?? '').trim().toLowerCase()).join('|')

interface Props {
  series: LocalText
  number: number | null
  onChoose: (series: LocalText, number: number) => void
}

export function SeriesSuggestions({ series, number, onChoose }: Props) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const styles = useStyles()
  const meetings = useOp('listMeetings', {}).data ?? []
  const bySeries = new Map<string, { series: LocalText; next: number }>()
  for (const m of meetings) {
    if (TEXT_LANGUAGES.every((l) => (m.series[l] ?? '').trim() === '')) continue
    const known = bySeries.get(keyOf(m.series))
    const next = (m.number ?? 0) + 1
    bySeries.set(keyOf(m.series), { series: m.series, next: Math.max(known?.next ?? 1, next) })
  }
  // Once a known series and its number are chosen, there is nothing to suggest.
  const chosen = bySeries.has(keyOf(series)) && number !== null
  if (chosen || bySeries.size === 0) return null
  return (
    <div className={styles.row} role="group" aria-label={t('series.suggested')}>
      <Text size={200}>{t('series.suggested')}</Text>
      {[...bySeries.values()].map((s) => (
        <Button key={keyOf(s.series)} size="small" onClick={() => onChoose(s.series, s.next)}>
          {t('series.choose', { series: f.pick(s.series), number: s.next })}
        </Button>
      ))}
    </div>
  )
}
