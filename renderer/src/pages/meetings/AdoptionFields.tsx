// How a document was adopted: signed (by whom), approved by another document (which), or noted.
// Only the fields of the chosen way show; the others are cleared when the form is saved.
import { Field, makeStyles, Radio, RadioGroup, Select } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { AdoptionMode, SignatoryLevel, type DocumentInput } from '../../../../electron/core/schema'
import { RecordPicker } from '../../components/pickers/RecordPicker'
import { useDocumentItems } from '../../components/pickers'
import { FieldRow, type FieldProps } from './parts/EditForm'

type Adoption = DocumentInput['adoption']

interface Props {
  value: Adoption
  onChange: (value: Adoption) => void
  field: (path: string) => FieldProps
  /** The document being edited, which cannot approve itself. */
  selfId: string | null
}

/** Drops what belongs to the other modes, so a document "approved by" has no signatory left over. */
export const adoptionAsSaved = (a: Adoption): Adoption => ({
  mode: a.mode,
  signatoryLevel: a.mode === 'signed' ? a.signatoryLevel : null,
  approvedByDocumentId: a.mode === 'approved_by_document' ? a.approvedByDocumentId : null,
})

const useStyles = makeStyles({
  detail: { flex: '1 1 320px', maxWidth: '560px' },
})

export function AdoptionFields({ value, onChange, field, selfId }: Props) {
  const { t } = useTranslation('meetings')
  const styles = useStyles()
  const documents = useDocumentItems().filter((d) => d.id !== selfId)
  return (
    <FieldRow>
      <Field label={t('documents.adoption')} {...field('adoption.mode')}>
        <RadioGroup value={value.mode} onChange={(_e, d) => onChange({ ...value, mode: AdoptionMode.parse(d.value) })}>
          {AdoptionMode.options.map((mode) => (
            <Radio key={mode} value={mode} label={t(`documents.mode.${mode}`)} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.detail}>
        {value.mode === 'signed' && (
          <Field label={t('documents.signatoryLevel')} {...field('adoption.signatoryLevel')}>
            <Select value={value.signatoryLevel ?? ''} onChange={(_e, d) => onChange({ ...value, signatoryLevel: d.value === '' ? null : SignatoryLevel.parse(d.value) })}>
              <option value="">{t('forms.none')}</option>
              {SignatoryLevel.options.map((level) => (
                <option key={level} value={level}>
                  {t(`signatory.${level}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {value.mode === 'approved_by_document' && (
          <RecordPicker
            label={t('documents.approvedBy')}
            required
            items={documents}
            value={value.approvedByDocumentId}
            onChange={(id) => onChange({ ...value, approvedByDocumentId: id })}
            fieldProps={field('adoption.approvedByDocumentId')}
          />
        )}
      </div>
    </FieldRow>
  )
}
