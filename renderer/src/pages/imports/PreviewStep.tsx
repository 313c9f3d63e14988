// Every row as it will be saved, a page at a time, with what was understood — the deadline's kind
// and date, each owner's role and the organisation it matched, the section — and what stands in
// its way; section headings, column numbers and notes shown but left out; unknown owners decided
// once for all their rows; then one confirm, which can be undone.
import { Badge, Button, Checkbox, Link, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Spinner, Switch, Text, tokens } from '@fluentui/react-components'
import { ArrowUndoRegular, EditRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BLOCKING, type PreviewRow, type RowFix } from '../../../../electron/core/imports/preview'
import type { ImportSettings } from '../../../../electron/core/ops/contracts/imports'
import type { ImportResult } from '../../../../electron/core/ops/views'
import type { Document } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { useLookups } from '../../api/lookups'
import { hrefOf } from '../../app/href'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { useDeadlineReading } from '../commitments/deadlineReading'
import { documentPaths } from '../meetings/parts/paths'
import { RowFixDialog } from './RowFixDialog'
import { UnknownOwners } from './UnknownOwners'

const PAGE = 100

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  line: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'center' },
  blocked: { color: tokens.colorPaletteRedForeground1 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top', textAlign: 'start' },
  text: { minWidth: '220px', whiteSpace: 'pre-wrap' },
  owners: { minWidth: '170px' },
  scroll: { overflowX: 'auto' },
  kind: { whiteSpace: 'nowrap' },
  skipped: { opacity: 0.55 },
  leftOut: { backgroundColor: tokens.colorNeutralBackground3, fontStyle: 'italic' },
  badge: { margin: '1px' },
  understood: { color: tokens.colorNeutralForeground3 },
})

interface Props {
  settings: ImportSettings
  onChange: (settings: ImportSettings) => void
  document: Document
}

/** Each owner as written, its role, and the organisation it was matched to. */
function Owners({ row }: { row: PreviewRow }) {
  const { t } = useTranslation('imports')
  const { t: tc } = useTranslation('commitments')
  const styles = useStyles()
  const f = useFormat()
  const lookups = useLookups()
  return (
    <>
      {row.owners.map((o, i) => {
        const matched = o.organisationId ? lookups.organisations.get(o.organisationId) : undefined
        const outcome = matched
          ? t('import.preview.matchedTo', { name: f.pick(matched.shortName) || f.pick(matched.name) })
          : o.decision === 'create'
            ? `(${t('import.preview.newOrg')})`
            : o.decision === 'ignore'
              ? `(${t('import.preview.ignored')})`
              : `(${t('import.preview.unknownOwner')})`
        return (
          <div key={`${o.name}:${o.organisationId ?? i}`}>
            {o.name} <span className={styles.understood}>{outcome}</span> — <abbr title={tc(`role.${o.role}`)}>{tc(`roleGroup.${o.role}`)}</abbr>
          </div>
        )
      })}
    </>
  )
}

export function PreviewStep({ settings, onChange, document }: Props) {
  const { t } = useTranslation('imports')
  const styles = useStyles()
  const reading = useDeadlineReading()
  const [offset, setOffset] = useState(0)
  const [onlyProblems, setOnlyProblems] = useState(false)
  const [editing, setEditing] = useState<PreviewRow | null>(null)
  const [unknown, setUnknown] = useState(new Map<string, { key: string; name: string; rows: number }>())
  const [done, setDone] = useState<ImportResult | null>(null)
  const preview = useOp('previewImport', { settings, offset, limit: PAGE, only: onlyProblems ? 'problems' : 'all' }, { enabled: done === null })
  const commit = useChange('commitImport')
  const undo = useChange('undoImport')
  const data = preview.data

  // Names stay listed once seen, decided or not.
  const names = new Map(unknown)
  for (const o of data?.unknownOwners ?? []) if (!names.has(o.key)) names.set(o.key, o)
  if (names.size !== unknown.size) setUnknown(names)

  const skip = new Set(settings.skip)
  const setSkip = (index: number, skipped: boolean) => onChange({ ...settings, skip: skipped ? [...skip, index] : settings.skip.filter((i) => i !== index) })
  // A section heading, column numbers or a note the user takes as a commitment after all, or gives back.
  const setKeep = (index: number, kept: boolean) => onChange({ ...settings, keep: kept ? [...settings.keep, index] : settings.keep.filter((i) => i !== index), skip: settings.skip.filter((i) => i !== index) })
  const fixRow = (index: number, fix: RowFix) => onChange({ ...settings, fixes: { ...settings.fixes, [String(index)]: fix } })

  if (done) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          {undo.data ? t('import.confirm.undone', { ...undo.data }) : t('import.confirm.done', { commitments: done.commitments, organisations: done.organisations })} <Link href={hrefOf(documentPaths.view(document.id))}>{t('import.confirm.toDocument')}</Link>
        </MessageBarBody>
        {!undo.data && (
          <MessageBarActions>
            <Button icon={<ArrowUndoRegular />} disabled={undo.isPending} onClick={() => undo.mutate({ batchId: done.batchId })}>
              {t('import.confirm.undo')}
            </Button>
          </MessageBarActions>
        )}
        <ErrorMessage error={undo.error} />
      </MessageBar>
    )
  }

  const toImport = data ? data.total - data.skipped : 0
  return (
    <div className={styles.step}>
      <ErrorMessage error={preview.error} />
      {!data && !preview.error && <Spinner size="small" label={t('import.preview.checking')} />}
      {data && (
        <>
          <div role="status" className={styles.line}>
            <Text>{t('import.preview.total', { total: data.total })}</Text>
            <Text weight="semibold">{t('import.preview.toImport', { n: toImport })}</Text>
            <Text>{t('import.preview.skipped', { n: data.skipped })}</Text>
            {data.leftOut > 0 && <Text>{t('import.preview.leftOut', { n: data.leftOut })}</Text>}
            {data.blocked > 0 && <Text className={styles.blocked}>{t('import.preview.blocked', { n: data.blocked })}</Text>}
          </div>
          <UnknownOwners
            names={[...names.values()]}
            decisions={settings.owners}
            onDecide={(key, decision) => {
              const owners = { ...settings.owners }
              if (decision) owners[key] = decision
              else delete owners[key]
              onChange({ ...settings, owners })
            }}
          />
          <div className={styles.line}>
            <Switch
              label={t('import.preview.onlyProblems')}
              checked={onlyProblems}
              onChange={(_e, d) => {
                setOnlyProblems(d.checked)
                setOffset(0)
              }}
            />
            <Button disabled={data.blocked === 0} onClick={() => onChange({ ...settings, skip: [...settings.skip, ...data.blockedRows] })}>
              {t('import.preview.skipProblems')}
            </Button>
          </div>
          <div className={styles.scroll}>
          <table className={styles.table} aria-label={t('import.preview.tableLabel')}>
            <thead>
              <tr>
                <th className={styles.cell} />
                <th className={styles.cell} scope="col">{t('import.preview.rowNumber')}</th>
                <th className={styles.cell} scope="col">{t('import.preview.clause')}</th>
                <th className={mergeClasses(styles.cell, styles.text)} scope="col">{t('import.preview.text')}</th>
                <th className={styles.cell} scope="col">{t('import.preview.deadline')}</th>
                <th className={mergeClasses(styles.cell, styles.owners)} scope="col">{t('import.preview.owners')}</th>
                <th className={styles.cell} scope="col">{t('import.preview.section')}</th>
                <th className={styles.cell} scope="col">{t('import.preview.problems')}</th>
                <th className={styles.cell} />
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) =>
                row.kind !== 'commitment' ? (
                  <tr key={row.index} className={styles.leftOut}>
                    <td className={styles.cell}>
                      <Checkbox aria-label={t('import.preview.include', { n: row.index + 1 })} checked={false} onChange={(_e, d) => setKeep(row.index, d.checked === true)} />
                    </td>
                    <td className={styles.cell}>{row.index + 1}</td>
                    <td className={styles.cell}>
                      <Badge appearance="outline" className={styles.kind}>
                        {t(`import.preview.kind_${row.kind}`)}
                      </Badge>
                    </td>
                    <td className={mergeClasses(styles.cell, styles.text)} colSpan={6}>
                      {row.text}
                    </td>
                  </tr>
                ) : (
                  <tr key={row.index} className={row.skipped ? styles.skipped : undefined}>
                    <td className={styles.cell}>
                      <Checkbox
                        aria-label={t('import.preview.include', { n: row.index + 1 })}
                        checked={!row.skipped}
                        onChange={(_e, d) => (settings.keep.includes(row.index) && !d.checked ? setKeep(row.index, false) : setSkip(row.index, !d.checked))}
                      />
                    </td>
                    <td className={styles.cell}>{row.index + 1}</td>
                    <td className={styles.cell}>{row.clause}</td>
                    <td className={mergeClasses(styles.cell, styles.text)}>{row.text}</td>
                    <td className={styles.cell}>
                      {row.deadline.words}
                      <br />
                      <Text size={100} className={styles.understood}>
                        {row.deadline.words === '' ? t('import.preview.noDue') : reading(row.deadline.rule, row.deadline.dueDate)}
                      </Text>
                    </td>
                    <td className={styles.cell}>
                      <Owners row={row} />
                    </td>
                    <td className={styles.cell}>{row.section}</td>
                    <td className={styles.cell}>
                      {row.problems.map((p) => (
                        <Badge key={p} appearance="tint" color={BLOCKING.has(p) ? 'danger' : 'warning'} className={styles.badge}>
                          {t(`import.problem.${p}`)}
                        </Badge>
                      ))}
                    </td>
                    <td className={styles.cell}>
                      <Button size="small" appearance="subtle" icon={<EditRegular />} aria-label={t('import.preview.edit', { n: row.index + 1 })} title={t('import.preview.edit', { n: row.index + 1 })} onClick={() => setEditing(row)} />
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          </div>
          {data.matching > PAGE && (
            <div className={styles.line}>
              <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                {t('import.preview.prev')}
              </Button>
              <Text>{t('import.preview.range', { from: offset + 1, to: Math.min(offset + PAGE, data.matching), total: data.matching })}</Text>
              <Button disabled={offset + PAGE >= data.matching} onClick={() => setOffset(offset + PAGE)}>
                {t('import.preview.next')}
              </Button>
            </div>
          )}
          <div className={styles.line}>
            <Button appearance="primary" disabled={data.blocked > 0 || toImport === 0 || commit.isPending} onClick={() => commit.mutate({ settings }, { onSuccess: setDone })}>
              {t('import.confirm.button', { count: toImport })}
            </Button>
            {data.blocked > 0 && <Text>{t('import.confirm.blocked')}</Text>}
          </div>
          <ErrorMessage error={commit.error} />
        </>
      )}
      {editing && (
        <RowFixDialog
          row={editing}
          onClose={() => setEditing(null)}
          onApply={(fix) => {
            fixRow(editing.index, fix)
            setEditing(null)
          }}
        />
      )}
    </div>
  )
}
