// Who may read a part of the pack: the principal only, the delegation, or anyone (shareable);
// for a single item also "as its section".
import { Field } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { AUDIENCES } from '../../../../electron/core/briefs/audience'
import type { Audience } from '../../../../electron/core/schema'
import { EnumDropdown } from '../../components/EnumDropdown'

const AS_SECTION = 'section'
type Choice = Audience | typeof AS_SECTION

interface Props {
  label: string
  value: Audience | null
  onChange: (value: Audience | null) => void
  /** An item's mark: null means "as its section". */
  item?: boolean
}

export function AudienceField({ label, value, onChange, item = false }: Props) {
  const { t } = useTranslation('briefs')
  const values: Choice[] = item ? [AS_SECTION, ...AUDIENCES] : [...AUDIENCES]
  return (
    <Field label={label}>
      <EnumDropdown<Choice> values={values} value={value ?? AS_SECTION} text={(v) => t(`audience.${v}`)} onChange={(v) => onChange(v === AS_SECTION ? null : v)} />
    </Field>
  )
}
