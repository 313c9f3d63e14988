// The classification marking: free text, with the usual presets (and none) one click away.
import { Combobox, Field, Option } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { briefLabels } from '../../../../electron/core/briefs/labels'
import type { OutputLanguage } from '../../../../electron/core/schema'
import type { FieldProps } from '../meetings/parts/EditForm'

const NONE = '\u0000none'

interface Props {
  value: string
  onChange: (value: string) => void
  /** The brief's language: its own marking is the preset ("Official use only" has no place in a Russian pack). */
  language: OutputLanguage
  fieldProps?: FieldProps
}

export function MarkingField({ value, onChange, language, fieldProps }: Props) {
  const { t } = useTranslation('briefs')
  const presets = [briefLabels[language].marking]
  return (
    <Field label={t('field.marking')} {...fieldProps}>
      <Combobox
        freeform
        expandIcon={{ 'aria-label': t('pickers.open', { ns: 'common' }) }}
        value={value}
        selectedOptions={presets.includes(value) ? [value] : value === '' ? [NONE] : []}
        placeholder={t('field.markingNone')}
        onChange={(e) => onChange(e.target.value)}
        onOptionSelect={(_e, d) => d.optionValue !== undefined && onChange(d.optionValue === NONE ? '' : d.optionValue)}
      >
        {presets.map((p) => (
          <Option key={p} value={p}>
            {p}
          </Option>
        ))}
        <Option value={NONE} text="">
          {t('field.markingNone')}
        </Option>
      </Combobox>
    </Field>
  )
}
