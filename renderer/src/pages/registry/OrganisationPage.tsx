// An organisation: its names, kind, country and the organisation it is part of; below, what
// belongs to it (subordinate organisations, people) and the commitments it owns.
import { Dropdown, Field, Link, makeStyles, Option, Subtitle1, tokens } from '@fluentui/react-components'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { OrganisationInput, OrganisationKind, type Organisation } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { CountryPicker, useOrganisationItems } from '../../components/pickers'
import { RecordPicker } from '../../components/pickers/RecordPicker'
import { everyLanguage } from '../../../../electron/core/domain/search'
import { LocalTextField } from '../../forms/LocalTextField'
import { useFormat } from '../../i18n/format'
import { DeleteRecord } from './DeleteRecord'
import { useRecordFieldStyles } from './fieldStyles'
import { RecordBadges, useOurOrganisationId } from './RecordBadges'
import { RecordForm, useFieldProps, type RecordFormState } from './RecordForm'
import { RecordFrame } from './RecordFrame'
import { organisationItem, RelatedRecords } from './RelatedRecords'
import { useRecordPage } from './useRecordPage'
import { hrefOf } from '../../app/href'
import { commitmentsLink } from '../commitments/queryParams'

type Form = RecordFormState<typeof OrganisationInput>

const useStyles = makeStyles({
  commitments: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  link: { alignSelf: 'flex-start' },
})

/** An organisation's own fields; Settings' "new organisation" uses them too. */
export function OrganisationFields({ form, selfId }: { form: Form; selfId: string | null }) {
  const { t } = useTranslation('registry')
  const fieldStyles = useRecordFieldStyles()
  // Itself is not offered as its own parent; deeper cycles are refused by the core, next to the field.
  const all = useOrganisationItems()
  const parents = useMemo(() => all.filter((i) => i.id !== selfId), [all, selfId])
  const fieldProps = useFieldProps(form)
  const { value } = form
  return (
    <>
      <LocalTextField label={t('organisations.name')} required value={value.name} onChange={(name) => form.set('name', name)} fieldProps={fieldProps('name', everyLanguage(value.name))} />
      <LocalTextField label={t('organisations.shortName')} value={value.shortName} onChange={(shortName) => form.set('shortName', shortName)} fieldProps={fieldProps('shortName', everyLanguage(value.shortName))} />
      <Field label={t('organisations.kind')} required {...fieldProps('kind')} className={fieldStyles.narrow}>
        <Dropdown value={t(`orgKind.${value.kind}`)} selectedOptions={[value.kind]} onOptionSelect={(_e, d) => d.optionValue && form.set('kind', OrganisationKind.parse(d.optionValue))}>
          {OrganisationKind.options.map((kind) => (
            <Option key={kind} value={kind}>
              {t(`orgKind.${kind}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <CountryPicker
        label={t('organisations.country')}
        placeholder={t('organisation.noCountry')}
        value={value.countryId}
        onChange={(id) => form.set('countryId', id)}
        fieldProps={fieldProps('countryId')}
      />
      <RecordPicker
        label={t('organisations.parent')}
        placeholder={t('organisation.noParent')}
        items={parents}
        value={value.parentId}
        onChange={(id) => form.set('parentId', id)}
        fieldProps={fieldProps('parentId')}
      />
    </>
  )
}

export const blankOrganisation = (prefill: URLSearchParams) => ({
  name: { ru: '', en: '' },
  shortName: { ru: '', en: '' },
  kind: 'ministry' as const,
  countryId: prefill.get('countryId'),
  parentId: prefill.get('parentId'),
})

const inputOf = (o: Organisation) => ({ name: o.name, shortName: o.shortName, kind: o.kind, countryId: o.countryId, parentId: o.parentId })

function Commitments({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('registry')
  const styles = useStyles()
  const owned = useOp('queryCommitments', { ownerId: organisationId })
  return (
    <section aria-labelledby="organisation-commitments" className={styles.commitments}>
      <Subtitle1 as="h2" id="organisation-commitments">
        {t('organisation.commitments')}
      </Subtitle1>
      <Link href={hrefOf(commitmentsLink({ ownerId: organisationId }))} className={styles.link}>
        {t('organisation.commitmentsLink', { count: owned.data?.items.length ?? 0 })}
      </Link>
    </section>
  )
}

export function OrganisationPage() {
  const { t } = useTranslation('registry')
  const f = useFormat()
  const [params] = useSearchParams()
  const organisations = useOp('listOrganisations', {})
  const people = useOp('listPeople', {})
  const ours = useOurOrganisationId()
  const create = useChange('createOrganisation')
  const update = useChange('updateOrganisation')
  const remove = useChange('deleteOrganisation')
  const page = useRecordPage('org', organisations.data)
  const { record } = page
  const title = record === null ? t('organisation.new') : record && f.pick(record.name)
  return (
    <RecordFrame
      tab="organisations"
      title={title}
      badges={<RecordBadges sample={record?.sample} ours={!!record && record.id === ours} />}
      notFound={page.notFound}
      error={organisations.error}
    >
      <RecordForm
        key={page.formKey}
        label={title ?? ''}
        schema={OrganisationInput}
        initial={record ? inputOf(record) : blankOrganisation(params)}
        save={page.saver(create.mutateAsync, update.mutateAsync)}
        justSaved={page.justCreated}
        actions={record && <DeleteRecord name={f.pick(record.name)} remove={() => remove.mutateAsync({ id: record.id })} onDeleted={page.onDeleted} />}
      >
        {(form) => <OrganisationFields form={form} selfId={record?.id ?? null} />}
      </RecordForm>
      {record && (
        <>
          <RelatedRecords
            id="organisation-children"
            title={t('organisation.children')}
            kind="org"
            items={(organisations.data ?? []).filter((o) => o.parentId === record.id).map((o) => organisationItem(o, f.pick))}
            add={{ label: t('organisation.addChild'), prefill: { parentId: record.id, countryId: record.countryId } }}
          />
          <RelatedRecords
            id="organisation-people"
            title={t('organisation.people')}
            kind="person"
            items={(people.data ?? []).filter((p) => p.organisationId === record.id).map((p) => ({ ...p, detail: f.pick(p.position) }))}
            add={{ label: t('person.add'), prefill: { organisationId: record.id } }}
          />
          <Commitments organisationId={record.id} />
        </>
      )}
    </RecordFrame>
  )
}
