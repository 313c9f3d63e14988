// A name or title in both languages: two inputs side by side, one problem line for the pair.
import { Field, Input } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'

interface Props {
  label: string
  value: { ru: string; en: string }
  onChange: (value: { ru: string; en: string }) => void
  required?: boolean
  fieldProps?: { validationMessage?: string; validationState?: 'error' }
}

export function LocalTextField({ label, value, onChange, required, fieldProps }: Props) {
  const { t } = useTranslation()
  return (
    <Field label={label} required={required} {...fieldProps}>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        <Input aria-label={`${label} (${t('forms.russian')})`} value={value.ru} onChange={(_e, d) => onChange({ ...value, ru: d.value })} placeholder={t('forms.russian')} />
        <Input aria-label={`${label} (${t('forms.english')})`} value={value.en} onChange={(_e, d) => onChange({ ...value, en: d.value })} placeholder={t('forms.english')} />
      </div>
    </Field>
  )
}
