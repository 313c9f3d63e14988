// A drop-down over a fixed list of values (a role, a status), each shown by its translated name.
import { Dropdown, makeStyles, Option } from '@fluentui/react-components'

const useStyles = makeStyles({
  // Fluent's drop-down is at least 250px wide; here it takes the width its place gives it.
  dropdown: { minWidth: 0 },
})

interface Props<T extends string> {
  values: readonly T[]
  value: T
  text: (value: T) => string
  onChange: (value: T) => void
}

export function EnumDropdown<T extends string>({ values, value, text, onChange }: Props<T>) {
  const styles = useStyles()
  return (
    <Dropdown className={styles.dropdown} value={text(value)} selectedOptions={[value]} onOptionSelect={(_e, d) => d.optionValue && onChange(d.optionValue as T)}>
      {values.map((v) => (
        <Option key={v} value={v}>
          {text(v)}
        </Option>
      ))}
    </Dropdown>
  )
}
