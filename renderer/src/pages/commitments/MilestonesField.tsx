// The commitment form's steps: each a text, an owner among the registry's organisations, a due
// date and whether it is done. Order is as entered; the next step due is found by date.
import { Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Milestone } from '../../../../electron/core/schema'
import { DateInput } from '../../components/DateInput'
import { OrganisationPicker } from '../../components/pickers'
import type { FieldProps } from '../../components/pickers/RecordPicker'
import { useFieldsetStyles } from '../../forms/fieldsetStyles'
import { ListEditor } from '../meetings/parts/ListEditor'

const useStyles = makeStyles({
  // Labels on one line above the controls, whichever field shows a problem beneath it.
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1.5fr) 12rem auto', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  date: { width: '100%', minWidth: 0 },
})

const newStep = (): Milestone => ({ id: crypto.randomUUID(), text: '', organisationId: null, dueDate: null, done: false })

interface Props {
  value: Milestone[]
  onChange: (value: Milestone[]) => void
  field: (path: string) => FieldProps
}

export function MilestonesField({ value, onChange, field }: Props) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const fieldset = useFieldsetStyles()
  return (
    <fieldset className={fieldset.bare}>
      <legend className={fieldset.legend}>{t('steps.title')}</legend>
      <Text as="p" size={200}>
        {t('steps.hint')}
      </Text>
      <ListEditor
        items={value}
        onChange={onChange}
        newItem={newStep}
        itemLabel={(i) => t('steps.stepN', { n: i + 1 })}
        addLabel={t('steps.add')}
        itemKey={(step) => step.id}
        renderItem={(step, i, update) => (
          <div className={styles.row}>
            <Field label={t('steps.text')} required {...field(`milestones.${i}.text`)}>
              <Input value={step.text} onChange={(_e, d) => update({ ...step, text: d.value })} />
            </Field>
            <OrganisationPicker label={t('steps.owner')} value={step.organisationId} onChange={(organisationId) => update({ ...step, organisationId })} fieldProps={field(`milestones.${i}.organisationId`)} />
            <Field label={t('steps.due')} {...field(`milestones.${i}.dueDate`)}>
              <DateInput className={styles.date} value={step.dueDate} onChange={(dueDate) => update({ ...step, dueDate })} />
            </Field>
            <Field label={t('steps.done')}>
              <Checkbox checked={step.done} onChange={(_e, d) => update({ ...step, done: d.checked === true })} />
            </Field>
          </div>
        )}
      />
    </fieldset>
  )
}
