// Choosing several values at once (a filter); none chosen means any.
import { Dropdown, Option } from '@fluentui/react-components'

interface Props<V extends string> {
  options: readonly { value: V; label: string }[]
  value: V[]
  onChange: (value: V[]) => void
  /** Shown when none is chosen. */
  anyText: string
}

export function MultiDropdown<V extends string>({ options, value, onChange, anyText }: Props<V>) {
  const label = new Map(options.map((o) => [o.value, o.label]))
  return (
    <Dropdown multiselect value={value.map((v) => label.get(v) ?? v).join(', ') || anyText} selectedOptions={value} onOptionSelect={(_e, d) => onChange(d.selectedOptions as V[])}>
      {options.map((o) => (
        <Option key={o.value} value={o.value}>
          {o.label}
        </Option>
      ))}
    </Dropdown>
  )
}
