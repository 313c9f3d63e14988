// A name or title in both languages: two labelled inputs side by side and one problem line for
// the pair, which describes both inputs to assistive technology. (A Fluent Field would give the
// two inputs one id.)
import { Input, Label, makeStyles, Text, tokens, useId } from '@fluentui/react-components'
import { ErrorCircleRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  inputs: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  message: { color: tokens.colorPaletteRedForeground1, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
})

interface Props {
  label: string
  value: { ru: string; en: string }
  onChange: (value: { ru: string; en: string }) => void
  required?: boolean
  fieldProps?: { validationMessage?: string; validationState?: 'error' }
}

export function LocalTextField({ label, value, onChange, required, fieldProps }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
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
    <div role="group" aria-labelledby={labelId} className={styles.group}>
      <Label id={labelId} required={required}>
        {label}
      </Label>
      <div className={styles.inputs}>
        {input('ru')}
        {input('en')}
      </div>
      {message && (
        <Text id={messageId} size={200} className={styles.message}>
          <ErrorCircleRegular aria-hidden />
          {message}
        </Text>
      )}
    </div>
  )
}
