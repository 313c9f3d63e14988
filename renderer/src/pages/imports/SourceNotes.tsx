// What the reader noticed about the file (which sheet holds the table, its encoding and how it
// was found, formulas, merged cells), in words.
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReaderNote } from '../../../../electron/core/imports/readers/table'

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL } })

const WORDED = new Set(['sheet_chosen', 'encoding', 'formula_value_used', 'merged_cells_filled', 'rows_truncated'])

/** Encodings as people know them. */
export const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1251': 'Windows-1251', 'koi8-r': 'KOI8-R', ibm866: 'CP866 (DOS)', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' }

export function SourceNotes({ notes }: { notes: ReaderNote[] }) {
  const { t } = useTranslation('imports')
  const styles = useStyles()
  // One line per kind of note: a sheet can have a hundred merged blocks.
  const kinds = [...new Map(notes.filter((n) => WORDED.has(n.code)).map((n) => [n.code, n])).values()]
  if (kinds.length === 0) return null
  const words = (note: ReaderNote) => {
    if (note.code === 'encoding') return t('import.note.encoding', { encoding: ENCODING_NAMES[note.encoding], how: t(`import.note.encoding_${note.source}`) })
    if (note.code === 'sheet_chosen') return t('import.note.sheet_chosen', { name: note.name, n: note.sheet + 1, of: note.of })
    return t(`import.note.${note.code}`, note as Record<string, unknown>)
  }
  return (
    <ul className={styles.list}>
      {kinds.map((note) => (
        <li key={note.code}>
          <Text>{words(note)}</Text>
        </li>
      ))}
    </ul>
  )
}
