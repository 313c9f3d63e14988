// The fields of one status update: who says what, when, how far along, how confident, on what
// evidence (references, and files copied into the data folder). Used for one commitment and for
// several at once.
import { Button, Dropdown, Field, Input, makeStyles, Option, Radio, RadioGroup, SpinButton, Textarea, tokens } from '@fluentui/react-components'
import { AddRegular, AttachRegular, DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { EnumDropdown } from '../../components/EnumDropdown'
import { CommitmentStatus, Confidence, type StatusUpdateInput } from '../../../../electron/core/schema'
import { useConfidenceText } from './ConfidenceBadge'
import { DateInput } from '../../components/DateInput'
import { useFieldsetStyles } from '../../forms/fieldsetStyles'
import { useAction } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useDescribe } from '../meetings/parts/describe'

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalMNudge },
  pairs: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalMNudge },
  evidence: { display: 'grid', gridTemplateColumns: '1fr 8rem auto', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  file: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
})

/** The part of an update the user fills in; which commitment it belongs to is set by the caller. */
export type UpdateDraft = Omit<StatusUpdateInput, 'commitmentId' | 'correctsId'>

export const emptyUpdate = (today: string, author: string): UpdateDraft => ({
  date: today,
  author,
  source: 'assessment',
  status: 'in_progress',
  progress: null,
  confidence: null,
  narrative: '',
  delayReason: '',
  evidence: [],
  files: [],
})

/** Whether the form asks for a reason for the delay with the status chosen: required, offered, or not shown. */
export type DelayReasonAsk = (status: UpdateDraft['status']) => 'required' | 'optional' | 'hidden'

interface Props {
  value: UpdateDraft
  onChange: (value: UpdateDraft) => void
  /** Field props by path (validation messages), from useRecordForm's `field`. */
  field: (path: string) => object
  /** The usual author of each kind of update (our secretariat, the owner); absent when there is no one owner (several commitments). */
  authorOf?: (source: UpdateDraft['source']) => string
  delayReason: DelayReasonAsk
}

export function StatusUpdateFields({ value, onChange, field, authorOf, delayReason }: Props) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const fieldset = useFieldsetStyles()
  const confidenceText = useConfidenceText()
  const describe = useDescribe()
  const choose = useAction('chooseUpdateFiles')
  const files = value.files ?? []
  const set = <K extends keyof UpdateDraft>(key: K, next: UpdateDraft[K]) => onChange({ ...value, [key]: next })
  // A reason already written stays in view whatever the status becomes.
  const reason = value.delayReason ? 'optional' : delayReason(value.status)
  const setEvidence = (i: number, patch: Partial<UpdateDraft['evidence'][number]>) =>
    set(
      'evidence',
      value.evidence.map((e, j) => (j === i ? { ...e, ...patch } : e)),
    )
  return (
    <div className={styles.fields}>
      <Field label={t('update.source')} {...field('source')}>
        <RadioGroup
          layout="horizontal"
          value={value.source}
          onChange={(_e, d) => {
            const source = d.value as UpdateDraft['source']
            // The author follows the kind while it is still the other kind's usual one: an owner's report is the owner's.
            const author = authorOf && value.author === authorOf(value.source) ? authorOf(source) : value.author
            onChange({ ...value, source, author })
          }}
        >
          <Radio value="self_report" label={t('update.selfReport')} />
          <Radio value="assessment" label={t('update.assessment')} />
        </RadioGroup>
      </Field>
      <div className={styles.pairs}>
        <Field label={t('update.date')} required {...field('date')}>
          <DateInput value={value.date || null} onChange={(d) => set('date', d ?? '')} />
        </Field>
        <Field label={t('update.author')} required {...field('author')}>
          <Input value={value.author} onChange={(_e, d) => set('author', d.value)} />
        </Field>
        <Field label={t('update.status')} required {...field('status')}>
          <EnumDropdown values={CommitmentStatus.options} value={value.status} text={(st) => t(`status.${st}`)} onChange={(st) => set('status', st)} />
        </Field>
        <Field label={t('update.confidence')} {...field('confidence')}>
          <Dropdown
            value={value.confidence ? confidenceText(value.confidence) : t('update.notGiven')}
            selectedOptions={[value.confidence ?? '']}
            onOptionSelect={(_e, d) => set('confidence', d.optionValue ? (d.optionValue as UpdateDraft['confidence']) : null)}
          >
            <Option value="">{t('update.notGiven')}</Option>
            {Confidence.options.map((c) => (
              <Option key={c} value={c}>
                {confidenceText(c)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('update.progress')} hint={t('update.progressHint')} {...field('progress')}>
          <SpinButton
            incrementButton={{ 'aria-label': t('update.progressMore') }}
            decrementButton={{ 'aria-label': t('update.progressLess') }}
            min={0}
            max={100}
            step={5}
            value={value.progress}
            displayValue={value.progress === null ? '' : `${value.progress}`}
            onChange={(_e, d) => {
              const raw = d.value ?? (d.displayValue === undefined || d.displayValue.trim() === '' ? null : Number(d.displayValue))
              set('progress', raw === null || Number.isNaN(raw) ? null : Math.round(raw))
            }}
          />
        </Field>
      </div>
      <Field label={t('update.narrative')} {...field('narrative')}>
        <Textarea value={value.narrative} resize="vertical" rows={3} onChange={(_e, d) => set('narrative', d.value)} />
      </Field>
      {reason !== 'hidden' && (
        <Field label={t('update.delayReason')} hint={t('update.delayReasonHint')} required={reason === 'required' || delayReason(value.status) === 'required'} {...field('delayReason')}>
          <Textarea value={value.delayReason ?? ''} resize="vertical" rows={2} onChange={(_e, d) => set('delayReason', d.value)} />
        </Field>
      )}
      <fieldset className={fieldset.bare}>
        <legend>{t('update.evidence')}</legend>
        {value.evidence.map((e, i) => (
          <div key={i} className={styles.evidence}>
            <Field label={t('update.reference')} {...field(`evidence.${i}.reference`)}>
              <Input value={e.reference} onChange={(_e, d) => setEvidence(i, { reference: d.value })} />
            </Field>
            <Field label={t('update.page')} {...field(`evidence.${i}.page`)}>
              <Input value={e.page} onChange={(_e, d) => setEvidence(i, { page: d.value })} />
            </Field>
            <Button
              icon={<DeleteRegular />}
              aria-label={t('update.removeEvidence', { n: i + 1 })}
              onClick={() =>
                set(
                  'evidence',
                  value.evidence.filter((_x, j) => j !== i),
                )
              }
            />
          </div>
        ))}
        <Button icon={<AddRegular />} appearance="subtle" onClick={() => set('evidence', [...value.evidence, { fileId: null, reference: '', page: '' }])}>
          {t('update.addEvidence')}
        </Button>
      </fieldset>
      <fieldset className={fieldset.bare}>
        <legend>{t('update.files')}</legend>
        {files.map((file, i) => (
          <Field key={file.id} {...field(`files.${i}`)}>
            <div className={styles.file}>
              <span>{t('update.fileNamed', { name: file.fileName, size: describe.fileSize(file.size) })}</span>
              <Button
                icon={<DeleteRegular />}
                aria-label={t('update.removeFile', { name: file.fileName })}
                onClick={() =>
                  set(
                    'files',
                    files.filter((_x, j) => j !== i),
                  )
                }
              />
            </div>
          </Field>
        ))}
        <Button icon={<AttachRegular />} appearance="subtle" disabled={choose.isPending} onClick={() => void choose.mutateAsync({}).then((picked) => set('files', [...files, ...picked]))}>
          {t('update.attachFiles')}
        </Button>
        <ErrorMessage error={choose.error} />
      </fieldset>
    </div>
  )
}
