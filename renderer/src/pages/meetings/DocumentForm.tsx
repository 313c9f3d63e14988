// A document's fields: meeting, type, title, date, adoption, parties, validity, parent document.
import { Field, makeStyles, Select } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { DocumentInput, DocumentType, type Meeting } from '../../../../electron/core/schema'
import { MeetingPicker, useDocumentItems } from '../../components/pickers'
import { RecordPicker } from '../../components/pickers/RecordPicker'
import { LocalTextField } from '../../forms/LocalTextField'
import { AdoptionFields, adoptionAsSaved } from './AdoptionFields'
import { PartiesEditor } from './PartiesEditor'
import { DateField, EditForm, FieldRow, fieldUnder } from './parts/EditForm'
import { Section } from './parts/Section'

export const emptyDocument = (meeting: Pick<Meeting, 'id' | 'startDate' | 'summitDate' | 'datePrecision'> | null): DocumentInput => ({
  meetingId: meeting?.id ?? null,
  type: 'joint_statement',
  title: { ru: '', en: '' },
  // Documents are usually adopted on the summit day, else the meeting's first; none while its days are not set.
  date: !meeting || (meeting.datePrecision ?? 'day') !== 'day' ? null : (meeting.summitDate ?? meeting.startDate),
  adoption: { mode: 'signed', signatoryLevel: null, approvedByDocumentId: null },
  parties: [],
  validity: { from: null, to: null },
  parentDocumentId: null,
})

/**
 * The approving document is usually the parent too (a roadmap approved by the joint statement):
 * the parent follows the approving document unless the user chose another parent.
 */
function withAdoption(prev: DocumentInput, adoption: DocumentInput['adoption']): DocumentInput {
  const following = prev.parentDocumentId === null || prev.parentDocumentId === prev.adoption.approvedByDocumentId
  const approving = adoption.mode === 'approved_by_document' ? adoption.approvedByDocumentId : null
  return { ...prev, adoption, parentDocumentId: following && approving ? approving : prev.parentDocumentId }
}

interface Props {
  label: string
  initial: DocumentInput
  /** The document being edited; null for a new one. */
  selfId: string | null
  save: (input: DocumentInput, another: boolean) => Promise<unknown>
  /** The "save and add another" button's label, on a new document's form. */
  another?: string
  onCancel: () => void
}

const useStyles = makeStyles({
  picker: { maxWidth: '560px' },
})

export function DocumentForm({ label, initial, selfId, save, another, onCancel }: Props) {
  const { t } = useTranslation('meetings')
  const styles = useStyles()
  const others = useDocumentItems().filter((d) => d.id !== selfId)
  return (
    <EditForm schema={DocumentInput} initial={initial} save={(input, more) => save({ ...input, adoption: adoptionAsSaved(input.adoption) }, more)} another={another} label={label} onCancel={onCancel}>
      {(form) => {
        const d = form.value
        return (
          <>
            <div className={styles.picker}>
              <MeetingPicker label={t('documents.meeting')} value={d.meetingId} onChange={(id) => form.set('meetingId', id)} fieldProps={form.field('meetingId')} />
            </div>
            <FieldRow>
              <Field label={t('documents.type')} required {...form.field('type')}>
                <Select value={d.type} onChange={(_e, data) => form.set('type', DocumentType.parse(data.value))}>
                  {DocumentType.options.map((type) => (
                    <option key={type} value={type}>
                      {t(`docType.${type}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <DateField label={t('documents.date')} value={d.date} onChange={(v) => form.set('date', v)} fieldProps={form.field('date')} />
            </FieldRow>
            <LocalTextField label={t('documents.name')} required value={d.title} onChange={(v) => form.set('title', v)} fieldProps={fieldUnder(form, 'title')} />
            <AdoptionFields
              value={d.adoption}
              selfId={selfId}
              field={form.field}
              onChange={(adoption) => form.setValue((prev) => withAdoption(prev, adoption))}
            />
            <FieldRow>
              <DateField label={t('documents.validFrom')} value={d.validity.from} onChange={(from) => form.set('validity', { ...d.validity, from })} fieldProps={form.field('validity.from')} />
              <DateField label={t('documents.validTo')} value={d.validity.to} onChange={(to) => form.set('validity', { ...d.validity, to })} fieldProps={form.field('validity.to')} />
            </FieldRow>
            <div className={styles.picker}>
              <RecordPicker
                label={t('documents.parent')}
                items={others}
                value={d.parentDocumentId}
                onChange={(id) => form.set('parentDocumentId', id)}
                fieldProps={form.field('parentDocumentId')}
              />
            </div>
            <Section title={t('documents.parties')}>
              <PartiesEditor value={d.parties} onChange={(v) => form.set('parties', v)} field={form.field} meetingId={d.meetingId} mode={d.adoption.mode} />
            </Section>
          </>
        )
      }}
    </EditForm>
  )
}
