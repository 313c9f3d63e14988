// A drop-down over a fixed list of values (a role, a status), each shown by its translated name.
import { Dropdown, Option } from '@fluentui/react-components'

interface Props<T extends string> {
  values: readonly T[]
  value: T
  text: (value: T) => string
  onChange: (value: T) => void
}

export function EnumDropdown<T extends string>({ values, value, text, onChange }: Props<T>) {
  return (
    <Dropdown style={{ minWidth: 0 }} value={text(value)} selectedOptions={[value]} onOptionSelect={(_e, d) => d.optionValue && onChange(d.optionValue as T)}>
      {values.map((v) => (
        <Option key={v} value={v}>
          {text(v)}
        </Option>
      ))}
    </Dropdown>
  )
}
