// A name or title in both languages: two labelled inputs side by side and one problem line for
// the pair, which describes both inputs to assistive technology. (A Fluent Field would give the
// two inputs one id.)
import { Input, Label, Text, tokens, useId } from '@fluentui/react-components'
import { ErrorCircleRegular } from '@fluentui/react-icons'
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
  const labelId = useId('label')
  const messageId = useId('message')
  const message = fieldProps?.validationMessage
  const input = (language: 'ru' | 'en') => (
    <Input
      aria-label={`${label} (${t(language === 'ru' ? 'forms.russian' : 'forms.english')})`}
      aria-describedby={message ? messageId : undefined}
      aria-invalid={message ? true : undefined}
      aria-required={required}
      value={value[language]}
      onChange={(_e, d) => onChange({ ...value, [language]: d.value })}
      placeholder={t(language === 'ru' ? 'forms.russian' : 'forms.english')}
    />
  )
  return (
    <div role="group" aria-labelledby={labelId} style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Label id={labelId} required={required}>
        {label}
      </Label>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        {input('ru')}
        {input('en')}
      </div>
      {message && (
        <Text id={messageId} size={200} style={{ color: tokens.colorPaletteRedForeground1, display: 'flex', gap: 4, alignItems: 'center' }}>
          <ErrorCircleRegular aria-hidden />
          {message}
        </Text>
      )}
    </div>
  )
}
