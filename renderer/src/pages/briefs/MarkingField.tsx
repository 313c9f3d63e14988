// The classification marking: free text, with the usual presets (and none) one click away.
import { Combobox, Field, Option } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { briefLabels } from '../../../../electron/core/briefs/labels'
import type { FieldProps } from '../meetings/parts/EditForm'

/** Presets in both output languages: the marking is printed as written, whatever the language. */
const PRESETS = [briefLabels.ru.marking, briefLabels.en.marking]
const NONE = '\u0000none'

export function MarkingField({ value, onChange, fieldProps }: { value: string; onChange: (value: string) => void; fieldProps?: FieldProps }) {
  const { t } = useTranslation('briefs')
  return (
    <Field label={t('field.marking')} {...fieldProps}>
      <Combobox
        freeform
        value={value}
        selectedOptions={PRESETS.includes(value) ? [value] : value === '' ? [NONE] : []}
        placeholder={t('field.markingNone')}
        onChange={(e) => onChange(e.target.value)}
        onOptionSelect={(_e, d) => d.optionValue !== undefined && onChange(d.optionValue === NONE ? '' : d.optionValue)}
      >
        {PRESETS.map((p) => (
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
