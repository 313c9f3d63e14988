// A section's clearance: a draft until the department that owns it clears it (by whom, on which
// day); changing the section's text afterwards makes it a draft again (clearance.ts).
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { CheckmarkCircleRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Clearance } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'
import { DateField } from '../meetings/parts/EditForm'

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  state: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', minHeight: '32px' },
  cleared: { color: tokens.colorPaletteGreenForeground1 },
})

interface Props {
  /** The section's name, for the buttons' accessible names. */
  section: string
  value: Clearance | null
  /** Who usually clears: the brief's "cleared by". */
  suggestedBy: string
  onChange: (value: Clearance | null) => void
}

export function ClearanceField({ section, value, suggestedBy, onChange }: Props) {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const styles = useStyles()
  const today = useOp('getStatus', {}).data?.today ?? ''
  const [draft, setDraft] = useState<{ by: string; on: string } | null>(null)

  if (draft) {
    const blank = draft.by.trim() === ''
    return (
      <div role="group" aria-label={t('clearance.group', { section })} className={styles.root}>
        <Field label={t('clearance.by')} required>
          <Input autoFocus value={draft.by} onChange={(_e, d) => setDraft({ ...draft, by: d.value })} />
        </Field>
        <DateField label={t('clearance.on')} required value={draft.on} onChange={(on) => setDraft({ ...draft, on: on ?? '' })} />
        <Button
          appearance="primary"
          disabled={blank || draft.on === ''}
          onClick={() => {
            onChange({ by: draft.by.trim(), on: draft.on })
            setDraft(null)
          }}
        >
          {t('clearance.confirm')}
        </Button>
        <Button onClick={() => setDraft(null)}>{t('clearance.cancel')}</Button>
      </div>
    )
  }
  return (
    <div className={styles.root}>
      <Text className={styles.state} aria-live="polite">
        {value ? (
          <>
            <CheckmarkCircleRegular className={styles.cleared} aria-hidden />
            {t('clearance.cleared', { by: value.by, date: f.day(value.on) })}
          </>
        ) : (
          t('clearance.draft')
        )}
      </Text>
      {value ? (
        <Button size="small" aria-label={t('clearance.undoFor', { section })} onClick={() => onChange(null)}>
          {t('clearance.undo')}
        </Button>
      ) : (
        <Button size="small" aria-label={t('clearance.clearFor', { section })} onClick={() => setDraft({ by: suggestedBy, on: today })}>
          {t('clearance.clear')}
        </Button>
      )}
    </div>
  )
}
