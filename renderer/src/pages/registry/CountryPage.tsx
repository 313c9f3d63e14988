// A country: its ISO code and name, and the organisations the registry has for it.
import { Field, Input } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { CountryInput } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { everyLanguage } from '../../../../electron/core/domain/search'
import { LocalTextField } from '../../forms/LocalTextField'
import { useFormat } from '../../i18n/format'
import { DeleteRecord } from './DeleteRecord'
import { useRecordFieldStyles } from './fieldStyles'
import { RecordForm, useFieldProps, type RecordFormState } from './RecordForm'
import { RecordFrame } from './RecordFrame'
import { organisationItem, RelatedRecords } from './RelatedRecords'
import { useRecordPage } from './useRecordPage'

function CountryFields({ form }: { form: RecordFormState<typeof CountryInput> }) {
  const { t } = useTranslation('registry')
  const fieldStyles = useRecordFieldStyles()
  const fieldProps = useFieldProps(form)
  const { value } = form
  const code = fieldProps('code')
  return (
    <>
      {/* The hint gives way to the problem: both say the same thing. */}
      <Field label={t('organisations.code')} hint={code.validationMessage ? undefined : t('country.codeHint')} required {...code} className={fieldStyles.narrow}>
        {/* ISO codes are capitals; typing "kz" is meant as KZ. */}
        <Input value={value.code} onChange={(_e, d) => form.set('code', d.value.toUpperCase())} />
      </Field>
      <LocalTextField label={t('organisations.name')} required value={value.name} onChange={(name) => form.set('name', name)} fieldProps={fieldProps('name', everyLanguage(value.name))} />
    </>
  )
}

const blank = { code: '', name: { ru: '', en: '' } }

export function CountryPage() {
  const { t } = useTranslation('registry')
  const f = useFormat()
  const countries = useOp('listCountries', {})
  const organisations = useOp('listOrganisations', {})
  const create = useChange('createCountry')
  const update = useChange('updateCountry')
  const remove = useChange('deleteCountry')
  const page = useRecordPage('country', countries.data)
  const { record } = page
  const title = record === null ? t('country.new') : record && f.pick(record.name)
  return (
    <RecordFrame tab="countries" title={title} badges={<SampleBadge sample={record?.sample} />} notFound={page.notFound} error={countries.error}>
      <RecordForm
        key={page.formKey}
        label={title ?? ''}
        schema={CountryInput}
        initial={record ? { code: record.code, name: record.name } : blank}
        save={page.saver(create.mutateAsync, update.mutateAsync)}
        justSaved={page.justCreated}
        actions={record && <DeleteRecord name={f.pick(record.name)} remove={() => remove.mutateAsync({ id: record.id })} onDeleted={page.onDeleted} />}
      >
        {(form) => <CountryFields form={form} />}
      </RecordForm>
      {record && (
        <RelatedRecords
          id="country-organisations"
          title={t('country.organisations')}
          kind="org"
          items={(organisations.data ?? []).filter((o) => o.countryId === record.id).map((o) => organisationItem(o, f.pick))}
          add={{ label: t('organisation.add'), prefill: { countryId: record.id } }}
        />
      )}
    </RecordFrame>
  )
}
