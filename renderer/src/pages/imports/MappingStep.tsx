// Which column is what: the table (a workbook's sheet, a document's table), its header row, and a
// field for each column, guessed from the header's words or remembered from the last file of the
// same layout. A CSV can be read again in another encoding or with another separator.
import { Field, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { Encoding, type ImportSettings } from '../../../../electron/core/ops/contracts/imports'
import type { ImportSource } from '../../../../electron/core/ops/views'
import { guessColumns } from '../../../../electron/core/imports/mapping'
import { ImportField } from '../../../../electron/core/schema'
import { useAction } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ENCODING_NAMES, SourceNotes } from './SourceNotes'

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  choices: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'end' },
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    verticalAlign: 'top',
    maxWidth: '280px',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  headerCell: { minWidth: '160px' },
  headerRow: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
})

interface Props {
  source: ImportSource
  settings: ImportSettings
  onChange: (settings: ImportSettings) => void
  onReread: (source: ImportSource) => void
}

export function MappingStep({ source, settings, onChange, onReread }: Props) {
  const { t } = useTranslation('imports')
  const styles = useStyles()
  const reread = useAction('rereadImportFile')
  const sheet = source.sheets[settings.sheet]!
  const encoding = source.notes.find((n) => n.code === 'encoding')
  const delimiter = source.notes.find((n) => n.code === 'delimiter')
  const chooseSheet = (index: number) => {
    const next = source.sheets[index]!
    onChange({ ...settings, sheet: index, headerRow: next.headerRow, columns: next.columns, fixes: {}, skip: [], keep: [] })
  }
  // Another header row: its words say again which column is what. Without one, the columns stay
  // as mapped, by position.
  const chooseHeader = (headerRow: number | null) => {
    if (headerRow === null) return onChange({ ...settings, headerRow })
    const guessed = guessColumns(sheet.sample[headerRow] ?? [])
    onChange({ ...settings, headerRow, columns: settings.columns.map((_c, i) => guessed[i] ?? 'ignore') })
  }
  const setColumn = (at: number, field: ImportField) =>
    // A field belongs to one column: choosing it here frees it elsewhere.
    onChange({ ...settings, columns: settings.columns.map((c, i) => (i === at ? field : c === field && field !== 'ignore' ? 'ignore' : c)) })
  const width = settings.columns.length
  return (
    <div className={styles.step}>
      <SourceNotes notes={source.notes} />
      {encoding?.garbled && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('import.mapping.encodingGarbled')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.choices}>
        {source.sheets.length > 1 && (
          <Field label={t('import.mapping.sheet')}>
            <Select value={String(settings.sheet)} onChange={(_e, d) => chooseSheet(Number(d.value))}>
              {source.sheets.map((s, i) => (
                <option key={i} value={i}>
                  {s.name} ({s.rowCount})
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t('import.mapping.headerRow')}>
          <Select value={settings.headerRow === null ? '' : String(settings.headerRow)} onChange={(_e, d) => chooseHeader(d.value === '' ? null : Number(d.value))}>
            <option value="">{t('import.mapping.noHeader')}</option>
            {sheet.sample.map((_r, i) => (
              <option key={i} value={i}>
                {t('import.mapping.row', { n: i + 1 })}
              </option>
            ))}
          </Select>
        </Field>
        {encoding && (
          <Field label={t('import.mapping.encoding')}>
            <Select
              value={encoding.encoding}
              disabled={reread.isPending}
              onChange={(_e, d) => reread.mutate({ token: settings.token, encoding: Encoding.parse(d.value), delimiter: delimiter?.delimiter }, { onSuccess: onReread })}
            >
              {/* A byte-order mark's UTF-16 is offered as itself; the others can always be tried. */}
              {!Encoding.safeParse(encoding.encoding).success && <option value={encoding.encoding}>{ENCODING_NAMES[encoding.encoding]}</option>}
              {Encoding.options.map((e) => (
                <option key={e} value={e}>
                  {ENCODING_NAMES[e]}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {delimiter && (
          <Field label={t('import.mapping.delimiter')}>
            <Select
              value={delimiter.delimiter}
              disabled={reread.isPending}
              onChange={(_e, d) => reread.mutate({ token: settings.token, encoding: Encoding.safeParse(encoding?.encoding).data, delimiter: d.value as ';' | ',' | '\t' }, { onSuccess: onReread })}
            >
              <option value=";">;</option>
              <option value=",">,</option>
              <option value={'\t'}>Tab</option>
            </Select>
          </Field>
        )}
        <Field label={t('import.mapping.sectionAs')}>
          <Select value={settings.sectionAs} onChange={(_e, d) => onChange({ ...settings, sectionAs: d.value as ImportSettings['sectionAs'] })}>
            {(['themes', 'summary', 'ignore'] as const).map((option) => (
              <option key={option} value={option}>
                {t(`import.mapping.sectionAs_${option}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {sheet.remembered && <Text>{t('import.mapping.remembered')}</Text>}
      <ErrorMessage error={reread.error} />
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={t('import.mapping.sample')}>
          <thead>
            <tr>
              {Array.from({ length: width }, (_, i) => {
                const header = settings.headerRow === null ? '' : (sheet.sample[settings.headerRow]?.[i] ?? '')
                const label = header ? `${t('import.mapping.column', { n: i + 1 })}: ${header}` : t('import.mapping.column', { n: i + 1 })
                return (
                  <th key={i} scope="col" className={mergeClasses(styles.cell, styles.headerCell)}>
                    <Select aria-label={label} value={settings.columns[i]} onChange={(_e, d) => setColumn(i, d.value as ImportField)}>
                      {ImportField.options.map((field) => (
                        <option key={field} value={field}>
                          {t(`import.field.${field}`)}
                        </option>
                      ))}
                    </Select>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {sheet.sample.slice(0, 8).map((row, r) => (
              <tr key={r} className={r === settings.headerRow ? styles.headerRow : undefined}>
                {Array.from({ length: width }, (_, i) => (
                  <td key={i} className={styles.cell}>
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
