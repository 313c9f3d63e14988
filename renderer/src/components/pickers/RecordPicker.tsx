// Choosing records by typing part of their name: case and ё/е do not matter, as in the list's
// search. One picker for one record, one for several (shown as removable tags).
import { Combobox, Field, makeStyles, Option, Tag, TagGroup, tokens } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fold, matchesAll, queryWords } from '../../../../electron/core/domain/search'

const useStyles = makeStyles({
  several: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalSNudge },
})

/** How many matches the drop-down lists at once; typing narrows it. */
const MAX_OPTIONS = 100

export interface PickerItem {
  id: string
  /** What the field shows and the search looks in. */
  text: string
}

export interface FieldProps {
  validationMessage?: string
  validationState?: 'error'
}

interface Common {
  label: string
  items: PickerItem[]
  required?: boolean
  placeholder?: string
  fieldProps?: FieldProps
}

function useMatches(items: PickerItem[], query: string | null) {
  const folded = useMemo(() => items.map((i) => ({ item: i, folded: fold(i.text) })), [items])
  if (query === null || query.trim() === '') return items.slice(0, MAX_OPTIONS)
  const words = queryWords(query)
  return folded
    .filter((f) => matchesAll(f.folded, words))
    .slice(0, MAX_OPTIONS)
    .map((f) => f.item)
}

/** The drop-down's options, or one line saying nothing matches. */
function MatchOptions({ matches }: { matches: PickerItem[] }) {
  const { t } = useTranslation()
  if (matches.length === 0) {
    return (
      <Option disabled value="" text="">
        {t('pickers.noMatches')}
      </Option>
    )
  }
  return (
    <>
      {matches.map((i) => (
        <Option key={i.id} value={i.id} text={i.text}>
          {i.text}
        </Option>
      ))}
    </>
  )
}

export function RecordPicker({ label, items, required, placeholder, fieldProps, value, onChange }: Common & { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation()
  // null while the user is not typing: the field then shows the chosen record.
  const [query, setQuery] = useState<string | null>(null)
  const selected = items.find((i) => i.id === value)
  const matches = useMatches(items, query)
  return (
    <Field label={label} required={required} {...fieldProps}>
      {/* freeform: a space is part of the words typed, not "choose the highlighted option". */}
      <Combobox
        freeform
        expandIcon={{ 'aria-label': t('pickers.open') }}
        clearIcon={{ 'aria-label': t('pickers.clear') }}
        value={query ?? selected?.text ?? ''}
        selectedOptions={value ? [value] : []}
        placeholder={placeholder ?? t('pickers.typeToSearch')}
        clearable={!required}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_e, d) => {
          onChange(d.optionValue ?? null)
          setQuery(null)
        }}
        onBlur={() => setQuery(null)}
      >
        <MatchOptions matches={matches} />
      </Combobox>
    </Field>
  )
}

export function RecordsPicker({ label, items, required, placeholder, fieldProps, value, onChange }: Common & { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [query, setQuery] = useState('')
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items])
  const matches = useMatches(
    items.filter((i) => !value.includes(i.id)),
    query,
  )
  return (
    <Field label={label} required={required} {...fieldProps}>
      <div className={styles.several}>
        {value.length > 0 && (
          <TagGroup aria-label={label} onDismiss={(_e, d) => onChange(value.filter((id) => id !== d.value))}>
            {value.map((id) => (
              <Tag key={id} value={id} dismissible dismissIcon={{ 'aria-label': t('pickers.remove', { name: byId.get(id)?.text ?? id }) }}>
                {byId.get(id)?.text ?? id}
              </Tag>
            ))}
          </TagGroup>
        )}
        <Combobox
          freeform
          expandIcon={{ 'aria-label': t('pickers.open') }}
          aria-label={t('pickers.addTo', { label })}
          value={query}
          selectedOptions={[]}
          placeholder={placeholder ?? t('pickers.typeToAdd')}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_e, d) => {
            if (d.optionValue) onChange([...value, d.optionValue])
            setQuery('')
          }}
        >
          <MatchOptions matches={matches} />
        </Combobox>
      </div>
    </Field>
  )
}
