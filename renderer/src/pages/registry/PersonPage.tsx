// A person we deal with: name, position, organisation, the meetings where we met them, and a
// short biography for counterpart profiles in briefing packs.
import { Field, Textarea } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { MAX_LONG_TEXT, PersonInput, type Person } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { MeetingsPicker, OrganisationPicker } from '../../components/pickers'
import { everyLanguage } from '../../../../electron/core/domain/search'
import { LocalTextField } from '../../forms/LocalTextField'
import { useFormat } from '../../i18n/format'
import { DeleteRecord } from './DeleteRecord'
import { RecordForm, useFieldProps, type RecordFormState } from './RecordForm'
import { RecordFrame } from './RecordFrame'
import { useRecordPage } from './useRecordPage'

function PersonFields({ form }: { form: RecordFormState<typeof PersonInput> }) {
  const { t } = useTranslation('registry')
  const fieldProps = useFieldProps(form)
  const { value } = form
  return (
    <>
      <LocalTextField label={t('person.name')} required value={value.name} onChange={(name) => form.set('name', name)} fieldProps={fieldProps('name', everyLanguage(value.name))} />
      <LocalTextField label={t('organisations.position')} value={value.position} onChange={(position) => form.set('position', position)} fieldProps={fieldProps('position', everyLanguage(value.position))} />
      <OrganisationPicker label={t('organisations.organisation')} value={value.organisationId} onChange={(id) => form.set('organisationId', id)} fieldProps={fieldProps('organisationId')} />
      <MeetingsPicker label={t('person.meetings')} value={value.meetingIds} onChange={(ids) => form.set('meetingIds', ids)} fieldProps={fieldProps('meetingIds')} />
      {/* No maxLength: a cut-off paste would lose text silently; the limit is said instead. */}
      <Field label={t('person.bio')} hint={t('person.bioLength', { count: value.bio.length, max: MAX_LONG_TEXT })} {...fieldProps('bio', [value.bio], MAX_LONG_TEXT)}>
        <Textarea value={value.bio} onChange={(_e, d) => form.set('bio', d.value)} resize="vertical" rows={8} />
      </Field>
    </>
  )
}

const blank = (prefill: URLSearchParams) => ({
  name: { ru: '', en: '' },
  position: { ru: '', en: '' },
  organisationId: prefill.get('organisationId'),
  bio: '',
  meetingIds: [],
})

const inputOf = (p: Person) => ({ name: p.name, position: p.position, organisationId: p.organisationId, bio: p.bio, meetingIds: p.meetingIds })

export function PersonPage() {
  const { t } = useTranslation('registry')
  const f = useFormat()
  const [params] = useSearchParams()
  const people = useOp('listPeople', {})
  const create = useChange('createPerson')
  const update = useChange('updatePerson')
  const remove = useChange('deletePerson')
  const page = useRecordPage('person', people.data)
  const { record } = page
  const title = record === null ? t('person.new') : record && f.pick(record.name)
  return (
    <RecordFrame tab="people" title={title} badges={<SampleBadge sample={record?.sample} />} notFound={page.notFound} error={people.error}>
      <RecordForm
        key={page.formKey}
        label={title ?? ''}
        schema={PersonInput}
        initial={record ? inputOf(record) : blank(params)}
        save={page.saver(create.mutateAsync, update.mutateAsync)}
        justSaved={page.justCreated}
        actions={record && <DeleteRecord name={f.pick(record.name)} remove={() => remove.mutateAsync({ id: record.id })} onDeleted={page.onDeleted} />}
      >
        {(form) => <PersonFields form={form} />}
      </RecordForm>
    </RecordFrame>
  )
}
