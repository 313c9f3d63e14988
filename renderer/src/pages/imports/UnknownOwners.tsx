// Owner names the registry does not know: each is created as a new organisation, matched to an
// existing one, or left out. A decided name stays listed, so the decision can be changed.
import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ImportSettings } from '../../../../electron/core/ops/contracts/imports'
import { OrganisationPicker } from '../../components/pickers'

type Decision = ImportSettings['owners'][string]

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  owner: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  name: { minWidth: '220px' },
  choice: { minWidth: '280px' },
})

interface Props {
  names: { key: string; name: string; rows: number }[]
  decisions: ImportSettings['owners']
  onDecide: (key: string, decision: Decision | null) => void
}

export function UnknownOwners({ names, decisions, onDecide }: Props) {
  const { t } = useTranslation('imports')
  const styles = useStyles()
  if (names.length === 0) return null
  return (
    <div role="group" aria-label={t('import.owners.title')} className={styles.group}>
      <Text weight="semibold">{t('import.owners.title')}</Text>
      <Text size={200}>{t('import.owners.hint')}</Text>
      {names.map(({ key, name, rows }) => {
        const decision = decisions[key]
        return (
          <div key={key} className={styles.owner}>
            <Text className={styles.name}>
              <b>{name}</b> ({t('import.owners.rows', { n: rows })})
            </Text>
            <Field label={t('import.owners.action', { name })}>
              <Select
                value={decision?.action ?? ''}
                onChange={(_e, d) => onDecide(key, d.value === '' ? null : d.value === 'map' ? null : ({ action: d.value } as Decision))}
              >
                <option value="">—</option>
                <option value="create">{t('import.owners.create')}</option>
                <option value="map">{t('import.owners.map')}</option>
                <option value="ignore">{t('import.owners.ignore')}</option>
              </Select>
            </Field>
            {(decision?.action === 'map' || decision === undefined) && (
              <div className={styles.choice}>
                <OrganisationPicker
                  label={t('import.owners.organisation', { name })}
                  value={decision?.action === 'map' ? decision.organisationId : null}
                  onChange={(id) => onDecide(key, id ? { action: 'map', organisationId: id } : null)}
                />
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}
