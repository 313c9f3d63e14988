// Our organisation, the interface language, where the data lives, reminders, the layout of
// briefing packs, exchange with other laptops, and full backups.
import { Dropdown, Field, makeStyles, Option, OptionGroup, Radio, RadioGroup, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { INTERFACE_LANGUAGES, ThemeChoice, type InterfaceLanguage } from '../../../../electron/core/schema'
import { effectiveLanguage } from '../../../../electron/core/domain/language'
import { useLookups } from '../../api/lookups'
import { useChange, useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { systemLocale } from '../../i18n'
import { useFormat } from '../../i18n/format'
import { LANGUAGE_NAMES } from '../../i18n/languageNames'
import { BriefLayoutSection } from '../briefs/BriefLayoutSection'
import { ExchangeSection } from '../exchange/ExchangeSection'
import { RemindersSettings } from '../reminders/RemindersSettings'
import { SecuritySection } from '../security/SecuritySection'
import { BackupSection } from './BackupSection'
import { NewOrganisationButton } from './NewOrganisationDialog'

const SYSTEM = 'system'

const useStyles = makeStyles({ narrow: { maxWidth: '560px' } })

export function SettingsPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const status = useOp('getStatus', {})
  const organisations = useOp('listOrganisations', {})
  const lookups = useLookups()
  const update = useChange('updateSettings')
  const styles = useStyles()
  const settings = status.data?.settings
  if (!settings) return null

  const orgs = [...(organisations.data ?? [])].sort((a, b) => f.order(f.pick(a.name), f.pick(b.name)))
  const ours = orgs.find((o) => o.id === settings.ourOrganisationId)
  // Grouped by country, international organisations last.
  const groups = [
    ...[...lookups.countries.values()]
      .map((c) => ({ key: c.id, label: f.pick(c.name), organisations: orgs.filter((o) => o.countryId === c.id) }))
      .sort((a, b) => f.order(a.label, b.label)),
    { key: 'international', label: t('organisations.international', { ns: 'registry' }), organisations: orgs.filter((o) => o.countryId === null) },
  ].filter((g) => g.organisations.length > 0)
  const systemLanguage = effectiveLanguage(null, systemLocale())

  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <Field label={t('settings.ourOrganisation')} hint={t('settings.ourOrganisationHint')} className={styles.narrow}>
        <Dropdown
          value={ours ? f.pick(ours.name) : t('settings.none')}
          selectedOptions={[settings.ourOrganisationId ?? '']}
          onOptionSelect={(_e, d) => update.mutate({ ourOrganisationId: d.optionValue || null })}
        >
          <Option value="">{t('settings.none')}</Option>
          {groups.map((g) => (
            <OptionGroup key={g.key} label={g.label}>
              {g.organisations.map((o) => (
                <Option key={o.id} value={o.id}>
                  {f.pick(o.name)}
                </Option>
              ))}
            </OptionGroup>
          ))}
        </Dropdown>
      </Field>
      <div>
        <NewOrganisationButton />
      </div>
      <Field label={t('settings.language')}>
        <RadioGroup
          value={settings.language ?? SYSTEM}
          onChange={(_e, d) => update.mutate({ language: d.value === SYSTEM ? null : (d.value as InterfaceLanguage) })}
        >
          <Radio value={SYSTEM} label={t('settings.languageSystem', { language: LANGUAGE_NAMES[systemLanguage] })} />
          {INTERFACE_LANGUAGES.map((language) => (
            <Radio key={language} value={language} label={<span lang={language}>{LANGUAGE_NAMES[language]}</span>} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('settings.theme')} hint={t('settings.themeHint')}>
        <RadioGroup value={settings.theme} onChange={(_e, d) => update.mutate({ theme: ThemeChoice.parse(d.value) })}>
          {ThemeChoice.options.map((choice) => (
            <Radio key={choice} value={choice} label={t(`settings.themes.${choice}`)} />
          ))}
        </RadioGroup>
      </Field>
      <ErrorMessage error={update.error} />
      <Field label={t('settings.dataFolder')} hint={t('settings.dataFolderHint')}>
        <Text font="monospace">{status.data?.dataDir}</Text>
      </Field>
      {status.data?.logFile && (
        <Field label={t('settings.logFile')} hint={t('settings.logFileHint')}>
          <Text font="monospace">{status.data.logFile}</Text>
        </Field>
      )}
      <RemindersSettings reminders={settings.reminders} />
      <BriefLayoutSection layout={settings.briefLayout} />
      <SecuritySection status={status.data!} />
      <ExchangeSection />
      <BackupSection />
    </>
  )
}
