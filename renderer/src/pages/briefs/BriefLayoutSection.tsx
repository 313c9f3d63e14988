// Settings' part for every briefing pack: the page's margins (ГОСТ Р 7.0.97-2016's by default),
// where page numbers go, the city printed with the year at the foot of the cover, and the
// organisation's emblem at its head (an image kept in the data folder).
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components'
import { ImageAddRegular, ImageOffRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TEXT_LANGUAGES, type BriefLayoutSettings, type PageLayout } from '../../../../electron/core/schema'
import { useChange } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Section } from '../meetings/parts/Section'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  margin: { width: '110px' },
  city: { width: '240px' },
  emblem: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  hint: { maxWidth: '720px' },
})

const SIDES = ['top', 'right', 'bottom', 'left'] as const
const MIN = 5
const MAX = 60

/** One margin in millimetres, saved when the field is left with a whole number in range. */
function MarginField({ side, value, onSave }: { side: (typeof SIDES)[number]; value: number; onSave: (mm: number) => void }) {
  const { t } = useTranslation('briefs')
  const styles = useStyles()
  const [text, setText] = useState(String(value))
  const mm = Number(text)
  const valid = /^\d+$/.test(text.trim()) && mm >= MIN && mm <= MAX
  return (
    <Field label={t(`layout.margin.${side}`)} validationMessage={valid ? undefined : t('layout.marginRange', { min: MIN, max: MAX })} validationState={valid ? 'none' : 'error'}>
      <Input className={styles.margin} type="number" min={MIN} max={MAX} contentAfter={t('layout.mm')} value={text} onChange={(_e, d) => setText(d.value)} onBlur={() => valid && mm !== value && onSave(mm)} />
    </Field>
  )
}

export function BriefLayoutSection({ layout }: { layout: BriefLayoutSettings }) {
  const { t } = useTranslation('briefs')
  const styles = useStyles()
  const update = useChange('updateBriefLayout')
  const choose = useChange('chooseBriefEmblem')
  const remove = useChange('removeBriefEmblem')
  const [city, setCity] = useState(layout.city)
  const saveMargin = (side: (typeof SIDES)[number], mm: number) => update.mutate({ margins: { ...layout.margins, [side]: mm } })
  return (
    <Section title={t('layout.title')}>
      <Text className={styles.hint}>{t('layout.hint')}</Text>
      <div role="group" aria-label={t('layout.margins')} className={styles.row}>
        {SIDES.map((side) => (
          <MarginField key={side} side={side} value={layout.margins[side]} onSave={(mm) => saveMargin(side, mm)} />
        ))}
      </div>
      <Field label={t('layout.pageNumbers')}>
        <RadioGroup value={layout.pageNumbers} onChange={(_e, d) => update.mutate({ pageNumbers: d.value as PageLayout['pageNumbers'] })}>
          <Radio value="top" label={t('layout.pageNumbersTop')} />
          <Radio value="foot" label={t('layout.pageNumbersFoot')} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {TEXT_LANGUAGES.map((language) => (
          <Field key={language} label={t(`layout.city.${language}`)}>
            <Input
              className={styles.city}
              value={city[language] ?? ''}
              onChange={(_e, d) => setCity({ ...city, [language]: d.value })}
              onBlur={() => (city[language] ?? '') !== (layout.city[language] ?? '') && update.mutate({ city })}
            />
          </Field>
        ))}
      </div>
      <Field label={t('layout.emblem')} hint={t('layout.emblemHint')}>
        <div className={styles.emblem}>
          <Text>{layout.emblem ? t('layout.emblemFile', { name: layout.emblem.fileName, size: Math.ceil(layout.emblem.size / 1024) }) : t('layout.noEmblem')}</Text>
          <Button icon={<ImageAddRegular />} disabled={choose.isPending} onClick={() => choose.mutate({})}>
            {layout.emblem ? t('layout.changeEmblem') : t('layout.chooseEmblem')}
          </Button>
          {layout.emblem && (
            <Button icon={<ImageOffRegular />} disabled={remove.isPending} onClick={() => remove.mutate({})}>
              {t('layout.removeEmblem')}
            </Button>
          )}
        </div>
      </Field>
      <ErrorMessage error={update.error ?? choose.error ?? remove.error} />
    </Section>
  )
}
