// Talking points (or defensive lines) one by one: each its text, who may read it, and whether it
// was settled at the meeting (an open one is carried into the next meeting's pack).
import { Badge, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { talkingPoint } from '../../../../electron/core/briefs/defaults'
import { textKey } from '../../../../electron/core/briefs/translations'
import type { TalkingPoint } from '../../../../electron/core/schema'
import { ListEditor } from '../meetings/parts/ListEditor'
import { AudienceField } from './AudienceField'
import { TextBox } from './TextBox'

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  options: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', flexWrap: 'wrap' },
})

interface Props {
  /** What the list is: "Основные тезисы". */
  label: string
  points: TalkingPoint[]
  onChange: (points: TalkingPoint[]) => void
  /** The section the points are in: their translations are kept under its id. */
  sectionId: string
}

export function TalkingPointsField({ label, points, onChange, sectionId }: Props) {
  const { t } = useTranslation('briefs')
  const styles = useStyles()
  return (
    <div role="group" aria-label={label} className={styles.field}>
      <Text weight="semibold">{label}</Text>
      <ListEditor
        items={points}
        onChange={onChange}
        newItem={() => talkingPoint()}
        itemKey={(p) => p.id}
        itemLabel={(i) => t('points.item', { list: label, number: i + 1 })}
        addLabel={t('points.add', { list: label })}
        reorderable
        renderItem={(point, index, update) => (
          <>
            <TextBox rows={2} label={t('points.text', { number: index + 1 })} value={point.text} onChange={(text) => update({ ...point, text })} textKey={textKey(sectionId, point.id)} />
            <div className={styles.options}>
              <AudienceField item label={t('points.audience')} value={point.audience} onChange={(audience) => update({ ...point, audience })} />
              <Checkbox label={t('points.resolved')} checked={point.resolved} onChange={(_e, d) => update({ ...point, resolved: d.checked === true })} />
              {point.carried && <Badge appearance="tint">{t('points.carried')}</Badge>}
            </div>
          </>
        )}
      />
    </div>
  )
}
