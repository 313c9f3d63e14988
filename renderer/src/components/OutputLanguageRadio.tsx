// The language a document the app writes is in (a brief, a request's workbook and letter, the
// report): any of the four, each by its own name; with `none`, also none (a brief's second language).
import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { INTERFACE_LANGUAGES, type OutputLanguage } from '../../../electron/core/schema'
import { LANGUAGE_NAMES } from '../i18n/languageNames'

type Props = { label: string; languages?: readonly OutputLanguage[] } & (
  | { none?: undefined; value: OutputLanguage; onChange: (value: OutputLanguage) => void }
  | { none: string; value: OutputLanguage | null; onChange: (value: OutputLanguage | null) => void }
)

const NONE = ''

export function OutputLanguageRadio(props: Props) {
  const { label, languages = INTERFACE_LANGUAGES } = props
  const choose = (value: string) => {
    if (props.none === undefined) props.onChange(value as OutputLanguage)
    else props.onChange(value === NONE ? null : (value as OutputLanguage))
  }
  return (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={props.value ?? NONE} onChange={(_e, d) => choose(d.value)}>
        {props.none !== undefined && <Radio value={NONE} label={props.none} />}
        {languages.map((language) => (
          <Radio key={language} value={language} label={<span lang={language}>{LANGUAGE_NAMES[language]}</span>} />
        ))}
      </RadioGroup>
    </Field>
  )
}
