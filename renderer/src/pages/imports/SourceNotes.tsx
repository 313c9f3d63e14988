// What the reader noticed about the file (its encoding, formulas, merged cells), in words.
import { Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReaderNote } from '../../../../electron/core/imports/readers/table'

const WORDED = new Set(['encoding', 'formula_value_used', 'merged_cells_filled', 'rows_truncated'])

export function SourceNotes({ notes }: { notes: ReaderNote[] }) {
  const { t } = useTranslation('imports')
  // One line per kind of note: a sheet can have a hundred merged blocks.
  const kinds = [...new Map(notes.filter((n) => WORDED.has(n.code)).map((n) => [n.code, n])).values()]
  if (kinds.length === 0) return null
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {kinds.map((note) => (
        <li key={note.code}>
          <Text>{t(`import.note.${note.code}`, note as Record<string, unknown>)}</Text>
        </li>
      ))}
    </ul>
  )
}
