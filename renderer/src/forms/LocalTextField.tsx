// A name or title in each language: Russian and English side by side, Kazakh and Uzbek under a
// disclosure (open from the start when either is filled), and one problem line for them all,
// which describes every input to assistive technology. (A Fluent Field would give the inputs one
// id.) An emptied Kazakh or Uzbek input leaves no member behind: a record never given one stays
// as it was, its content (and so its revision, for the exchange) unchanged.
import { Button, Input, Label, makeStyles, Text, tokens, useId } from '@fluentui/react-components'
import { ChevronDownRegular, ChevronRightRegular, ErrorCircleRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Texts, TextLanguage } from '../../../electron/core/schema'
import { LANGUAGE_NAME_KEYS } from '../i18n/languageNames'

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  inputs: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  labelled: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  toggle: { alignSelf: 'flex-start' },
  message: { color: tokens.colorPaletteRedForeground1, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
})

const OTHER_LANGUAGES = ['kk', 'uz'] as const

interface Props {
  label: string
  value: Texts
  onChange: (value: Texts) => void
  required?: boolean
  fieldProps?: { validationMessage?: string; validationState?: 'error' }
}

export function LocalTextField({ label, value, onChange, required, fieldProps }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const labelId = useId('label')
  const messageId = useId('message')
  const otherId = useId('other')
  const inputId = useId('input')
  const message = fieldProps?.validationMessage
  const otherFilled = OTHER_LANGUAGES.some((l) => (value[l] ?? '') !== '')
  const [open, setOpen] = useState(otherFilled)
  // A problem with a Kazakh or Uzbek text keeps it in view.
  const shown = open || (message !== undefined && otherFilled)

  const change = (language: TextLanguage, text: string) => {
    if (text !== '' || language === 'ru' || language === 'en') onChange({ ...value, [language]: text })
    else {
      const { [language]: _emptied, ...rest } = value
      onChange(rest)
    }
  }
  const input = (language: TextLanguage, id?: string) => (
    <Input
      id={id}
      aria-label={`${label} (${t(LANGUAGE_NAME_KEYS[language])})`}
      aria-describedby={message ? messageId : undefined}
      aria-invalid={message ? true : undefined}
      aria-required={required}
      value={value[language] ?? ''}
      onChange={(_e, d) => change(language, d.value)}
      placeholder={language === 'ru' || language === 'en' ? t(LANGUAGE_NAME_KEYS[language]) : undefined}
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
      <Button
        className={styles.toggle}
        appearance="subtle"
        size="small"
        icon={shown ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={shown}
        aria-controls={shown ? otherId : undefined}
        aria-label={t('forms.otherLanguagesOf', { field: label })}
        onClick={() => setOpen(!shown)}
      >
        {t('forms.otherLanguages')}
      </Button>
      {shown && (
        <div id={otherId} className={styles.inputs}>
          {OTHER_LANGUAGES.map((language) => (
            <div key={language} className={styles.labelled}>
              <Label htmlFor={`${inputId}-${language}`} size="small">
                {t(LANGUAGE_NAME_KEYS[language])}
              </Label>
              {input(language, `${inputId}-${language}`)}
            </div>
          ))}
        </div>
      )}
      {message && (
        <Text id={messageId} size={200} className={styles.message}>
          <ErrorCircleRegular aria-hidden />
          {message}
        </Text>
      )}
    </div>
  )
}
