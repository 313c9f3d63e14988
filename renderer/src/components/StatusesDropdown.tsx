// Choosing several commitment statuses at once (a filter); none chosen means any.
import { Dropdown, Option } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { CommitmentStatus } from '../../../electron/core/schema'

interface Props {
  value: CommitmentStatus[]
  onChange: (value: CommitmentStatus[]) => void
  /** Shown when none is chosen. */
  anyText: string
}

export function StatusesDropdown({ value, onChange, anyText }: Props) {
  const { t } = useTranslation()
  return (
    <Dropdown
      multiselect
      value={value.map((s) => t(`status.${s}`)).join(', ') || anyText}
      selectedOptions={value}
      onOptionSelect={(_e, d) => onChange(d.selectedOptions as CommitmentStatus[])}
    >
      {CommitmentStatus.options.map((s) => (
        <Option key={s} value={s}>
          {t(`status.${s}`)}
        </Option>
      ))}
    </Dropdown>
  )
}
