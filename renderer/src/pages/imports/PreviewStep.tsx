// Every row as it will be saved, a page at a time, with what stands in its way; unknown owners
// decided once for all their rows; then one confirm, which can be undone.
import { Badge, Button, Checkbox, Link, MessageBar, MessageBarActions, MessageBarBody, Spinner, Switch, Text, tokens } from '@fluentui/react-components'
import { ArrowUndoRegular, EditRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BLOCKING, type PreviewRow, type RowFix } from '../../../../electron/core/imports/preview'
import type { ImportSettings } from '../../../../electron/core/ops/contracts/imports'
import type { ImportResult } from '../../../../electron/core/ops/views'
import type { Document } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { hrefOf } from '../../app/href'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { documentPaths } from '../meetings/parts/paths'
import { RowFixDialog } from './RowFixDialog'
import { UnknownOwners } from './UnknownOwners'

const PAGE = 100
const cell = { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 6px', verticalAlign: 'top', textAlign: 'start' } as const

interface Props {
  settings: ImportSettings
  onChange: (settings: ImportSettings) => void
  document: Document
}

function Owners({ row }: { row: PreviewRow }) {
  const { t } = useTranslation('imports')
  return (
    <>
      {row.owners.map((o) => (
        <div key={o.name}>
          {o.name}
          {o.decision === 'create' && ` (${t('import.preview.newOrg')})`}
          {o.decision === 'ignore' && ` (${t('import.preview.ignored')})`}
          {o.decision === 'unknown' && ' ?'}
        </div>
      ))}
    </>
  )
}

export function PreviewStep({ settings, onChange, document }: Props) {
  const { t } = useTranslation('imports')
  const f = useFormat()
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
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ErrorMessage error={preview.error} />
      {!data && !preview.error && <Spinner size="small" />}
      {data && (
        <>
          <div role="status" style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Text>{t('import.preview.total', { total: data.total })}</Text>
            <Text weight="semibold">{t('import.preview.toImport', { n: toImport })}</Text>
            <Text>{t('import.preview.skipped', { n: data.skipped })}</Text>
            {data.blocked > 0 && <Text style={{ color: tokens.colorPaletteRedForeground1 }}>{t('import.preview.blocked', { n: data.blocked })}</Text>}
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
          <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
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
          <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 }} aria-label={t('import.preview.tableLabel')}>
            <thead>
              <tr>
                <th style={cell} />
                <th style={cell} scope="col">{t('import.preview.rowNumber')}</th>
                <th style={cell} scope="col">{t('import.preview.clause')}</th>
                <th style={{ ...cell, width: '40%' }} scope="col">{t('import.preview.text')}</th>
                <th style={cell} scope="col">{t('import.preview.deadline')}</th>
                <th style={cell} scope="col">{t('import.preview.owners')}</th>
                <th style={cell} scope="col">{t('import.preview.problems')}</th>
                <th style={cell} />
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.index} style={{ opacity: row.skipped ? 0.55 : 1 }}>
                  <td style={cell}>
                    <Checkbox aria-label={t('import.preview.include', { n: row.index + 1 })} checked={!row.skipped} onChange={(_e, d) => setSkip(row.index, !d.checked)} />
                  </td>
                  <td style={cell}>{row.index + 1}</td>
                  <td style={cell}>{row.clause}</td>
                  <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{row.text}</td>
                  <td style={cell}>
                    {row.deadline.words}
                    <br />
                    <Text size={100}>{row.deadline.dueDate ? t('import.preview.due', { date: f.shortDay(row.deadline.dueDate) }) : t('import.preview.noDue')}</Text>
                  </td>
                  <td style={cell}>
                    <Owners row={row} />
                  </td>
                  <td style={cell}>
                    {row.problems.map((p) => (
                      <Badge key={p} appearance="tint" color={BLOCKING.has(p) ? 'danger' : 'warning'} style={{ margin: 1 }}>
                        {t(`import.problem.${p}`)}
                      </Badge>
                    ))}
                  </td>
                  <td style={cell}>
                    <Button size="small" appearance="subtle" icon={<EditRegular />} aria-label={t('import.preview.edit', { n: row.index + 1 })} title={t('import.preview.edit', { n: row.index + 1 })} onClick={() => setEditing(row)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.matching > PAGE && (
            <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                {t('import.preview.prev')}
              </Button>
              <Text>{t('import.preview.range', { from: offset + 1, to: Math.min(offset + PAGE, data.matching), total: data.matching })}</Text>
              <Button disabled={offset + PAGE >= data.matching} onClick={() => setOffset(offset + PAGE)}>
                {t('import.preview.next')}
              </Button>
            </div>
          )}
          <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
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
