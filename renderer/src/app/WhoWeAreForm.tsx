// First run with an empty registry: who we are — our country and our organisation — so that the
// dashboard shows our commitments from the start instead of sending the user to Settings.
import { Button, Field, Input, makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { WhoWeAre } from '../../../electron/core/ops/contracts/app'
import { OrganisationKind } from '../../../electron/core/schema'
import { EnumDropdown } from '../components/EnumDropdown'
import { ErrorMessage } from '../components/ErrorMessage'
import { LocalTextField } from '../forms/LocalTextField'
import { useRecordForm } from '../forms/useRecordForm'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  code: { maxWidth: '200px' },
  kind: { maxWidth: '360px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
})

const blank: WhoWeAre = {
  country: { code: '', name: { ru: '', en: '' } },
  organisation: { name: { ru: '', en: '' }, shortName: { ru: '', en: '' }, kind: 'ministry' },
}

interface Props {
  busy: boolean
  onStart: (us: WhoWeAre | undefined) => Promise<unknown>
  onBack: () => void
}

export function WhoWeAreForm({ busy, onStart, onBack }: Props) {
  const { t } = useTranslation('welcome')
  const styles = useStyles()
  const form = useRecordForm(WhoWeAre, blank, onStart)
  const { value } = form
  const setCountry = (country: Partial<WhoWeAre['country']>) => form.set('country', { ...value.country, ...country })
  const setOrganisation = (organisation: Partial<WhoWeAre['organisation']>) => form.set('organisation', { ...value.organisation, ...organisation })
  return (
    <form
      className={styles.form}
      aria-labelledby="who-we-are"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void form.submit()
      }}
    >
      <Subtitle1 as="h2" id="who-we-are">
        {t('title')}
      </Subtitle1>
      <Text as="p">{t('intro')}</Text>
      <LocalTextField label={t('countryName')} required value={value.country.name} onChange={(name) => setCountry({ name })} fieldProps={form.field('country.name')} />
      <Field label={t('countryCode')} hint={t('countryCodeHint')} required className={styles.code} {...form.field('country.code')}>
        <Input value={value.country.code} maxLength={2} onChange={(_e, d) => setCountry({ code: d.value.toUpperCase() })} />
      </Field>
      <LocalTextField label={t('organisationName')} required value={value.organisation.name} onChange={(name) => setOrganisation({ name })} fieldProps={form.field('organisation.name')} />
      <LocalTextField label={t('shortName')} value={value.organisation.shortName} onChange={(shortName) => setOrganisation({ shortName })} />
      <Field label={t('kind')} className={styles.kind}>
        <EnumDropdown values={OrganisationKind.options} value={value.organisation.kind} text={(k) => t(`orgKind.${k}`, { ns: 'common' })} onChange={(kind) => setOrganisation({ kind })} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy || form.saving}>
          {t('start')}
        </Button>
        <Button disabled={busy || form.saving} onClick={() => void onStart(undefined)}>
          {t('skip')}
        </Button>
        <Button appearance="subtle" disabled={busy || form.saving} onClick={onBack}>
          {t('back')}
        </Button>
      </div>
      <ErrorMessage error={form.error} />
    </form>
  )
}
