// The language a document the app writes is in (a brief, a request's workbook and letter, the
// report): any of the four, each by its own name.
import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { INTERFACE_LANGUAGES, type OutputLanguage } from '../../../electron/core/schema'
import { LANGUAGE_NAMES } from '../i18n/languageNames'

export function OutputLanguageRadio({ label, value, onChange }: { label: string; value: OutputLanguage; onChange: (value: OutputLanguage) => void }) {
  return (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={value} onChange={(_e, d) => onChange(d.value as OutputLanguage)}>
        {INTERFACE_LANGUAGES.map((language) => (
          <Radio key={language} value={language} label={<span lang={language}>{LANGUAGE_NAMES[language]}</span>} />
        ))}
      </RadioGroup>
    </Field>
  )
}
