// Owner names the registry does not know: each is created as a new organisation, matched to an
// existing one, or left out. A decided name stays listed, so the decision can be changed.
import { Field, Select, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ImportSettings } from '../../../../electron/core/ops/contracts/imports'
import { OrganisationPicker } from '../../components/pickers'

type Decision = ImportSettings['owners'][string]

interface Props {
  names: { key: string; name: string; rows: number }[]
  decisions: ImportSettings['owners']
  onDecide: (key: string, decision: Decision | null) => void
}

export function UnknownOwners({ names, decisions, onDecide }: Props) {
  const { t } = useTranslation('imports')
  if (names.length === 0) return null
  return (
    <div role="group" aria-label={t('import.owners.title')} style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: 12, border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`, borderRadius: 4 }}>
      <Text weight="semibold">{t('import.owners.title')}</Text>
      <Text size={200}>{t('import.owners.hint')}</Text>
      {names.map(({ key, name, rows }) => {
        const decision = decisions[key]
        return (
          <div key={key} style={{ display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap' }}>
            <Text style={{ minWidth: 220 }}>
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
              <div style={{ minWidth: 280 }}>
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
