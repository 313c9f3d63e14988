// Commitments as a table: clause, summary, document, owners, deadline (and the next step due),
// status (and progress), last update.
// Long lists (the registry holds 10,000) render only the rows in view, and say which rows those
// are so that only they are fetched (a row not fetched yet shows as loading); short ones render
// whole. A table of ARIA roles on a CSS grid, so a virtualised body still reads as one table.
import { Checkbox, Link, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { StarFilled } from '@fluentui/react-icons'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommitmentSort } from '../../../../electron/core/ops/contracts/commitments'
import type { CommitmentListItem } from '../../../../electron/core/ops/views'
import type { OwnerRole } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { SampleBadge, StatusBadge } from '../../components/Badges'
import { useFormat } from '../../i18n/format'
import { hrefOf } from '../../app/href'

const DATA_COLUMNS = '4rem minmax(10rem, 3fr) minmax(7rem, 1.2fr) minmax(8rem, 1.5fr) minmax(7rem, 1.1fr) minmax(6.5rem, 0.9fr) minmax(5.5rem, 0.7fr)'
const COLUMNS = `2.25rem ${DATA_COLUMNS}`

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'grid', alignItems: 'start', gap: `0 ${tokens.spacingHorizontalM}`, padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalMNudge}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  withSelection: { gridTemplateColumns: COLUMNS },
  dataOnly: { gridTemplateColumns: DATA_COLUMNS },
  header: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, alignItems: 'center' },
  sortButton: {
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  body: { overflowY: 'auto', position: 'relative' },
  virtualRows: { position: 'relative' },
  // Each row's place in the scrolled body is its own transform, set inline as the virtualiser measures.
  virtualRow: { position: 'absolute', top: 0, left: 0, right: 0 },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  priority: { color: tokens.colorPaletteMarigoldForeground1, marginInlineEnd: tokens.spacingHorizontalXS },
  // Long document titles and next steps take two lines at most; the full text is in the tooltip.
  clamp: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
})

const roleOrder: OwnerRole[] = ['lead', 'co_executor', 'participant']

/** Owners grouped by role, one line each, the lead first and in bold. */
function Owners({ owners }: { owners: CommitmentListItem['owners'] }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const lookups = useLookups()
  const name = (id: string) => {
    const org = lookups.organisations.get(id)
    return org ? f.pick(org.shortName) || f.pick(org.name) : '?'
  }
  return (
    <>
      {roleOrder.map((role) => {
        const names = owners.filter((o) => o.role === role).map((o) => name(o.organisationId))
        if (names.length === 0) return null
        return (
          <div key={role}>
            <Text size={200}>{t(`roleGroup.${role}`)}: </Text>
            <Text weight={role === 'lead' ? 'semibold' : 'regular'}>{names.join(', ')}</Text>
          </div>
        )
      })}
    </>
  )
}

/** "Next: …, by 15.12.2026" under the deadline. */
function NextStep({ step, className }: { step: NonNullable<CommitmentListItem['nextStep']>; className: string }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const line = step.dueDate ? t('steps.nextLineDue', { text: step.text, date: f.shortDay(step.dueDate) }) : t('steps.nextLine', { text: step.text })
  return (
    <Text size={200} className={className} title={line}>
      {line}
    </Text>
  )
}

export interface Selection {
  selected: ReadonlySet<string>
  onChange: (selected: Set<string>) => void
  /** Every match is selected (the header's box). */
  allSelected: boolean
  /** The header's box: every match of the list, or none (rows in view are only some of them). */
  onSelectAll: (on: boolean) => void
}

export interface Sorting {
  sort: CommitmentSort
  desc: boolean
  onSort: (sort: CommitmentSort) => void
}

interface Props {
  /** Every row of the list; one not fetched yet is undefined (shown as loading). */
  rows: readonly (CommitmentListItem | undefined)[]
  label: string
  selection?: Selection
  sorting?: Sorting
  /** Renders only the rows in view, in a body given its height by this class. Without it, every row. */
  virtualBody?: string
  /** Told which rows are in view (first and last index), as the list scrolls. */
  onVisibleRange?: (first: number, last: number) => void
}

export function CommitmentTable({ rows, label, selection, sorting, virtualBody, onVisibleRange }: Props) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const lookups = useLookups()
  const styles = useStyles()
  const columns = selection ? styles.withSelection : styles.dataOnly

  const header = (key: string, text: string, sort?: CommitmentSort) => {
    const active = sorting && sort === sorting.sort
    return (
      <div role="columnheader" key={key} aria-sort={active ? (sorting.desc ? 'descending' : 'ascending') : undefined}>
        {sorting && sort ? (
          <button type="button" className={styles.sortButton} onClick={() => sorting.onSort(sort)}>
            {text}
            {active ? (sorting.desc ? ' ↓' : ' ↑') : ''}
          </button>
        ) : (
          text
        )}
      </div>
    )
  }

  const toggle = (id: string, on: boolean) => {
    if (!selection) return
    const next = new Set(selection.selected)
    if (on) next.add(id)
    else next.delete(id)
    selection.onChange(next)
  }

  const cells = (r: CommitmentListItem): ReactNode[] => {
    const doc = lookups.documents.get(r.documentId)
    const summary = f.pick(r.summary) || r.excerpt
    const content = [
      r.clause,
      <span key="summary">
        {r.priority && <StarFilled aria-label={t('table.priority')} className={styles.priority} />}
        <Link href={hrefOf(`/commitments/${r.id}`)}>{summary}</Link>
        <SampleBadge sample={r.sample} />
      </span>,
      doc ? (
        <span key="doc">
          {/* The type in the regular weight: "Другое" is the commonest and must not stand out. */}
          <Text>{t(`docType.${doc.type}`)}</Text>
          <br />
          <Text size={200} className={styles.clamp} title={f.pick(doc.title)}>
            {f.pick(doc.title)}
          </Text>
        </span>
      ) : null,
      <Owners key="owners" owners={r.owners} />,
      <span key="deadline">
        {r.deadline.words}
        <br />
        <Text size={200}>{r.deadline.dueDate ? f.shortDay(r.deadline.dueDate) : t('commitments.noDueDate')}</Text>
        {r.nextStep && <NextStep step={r.nextStep} className={styles.clamp} />}
      </span>,
      <span key="status">
        <StatusBadge status={r.status} overdue={r.overdue} />
        {r.statusSource && (
          <>
            <br />
            <Text size={200}>{t(`table.statusBy_${r.statusSource}`)}</Text>
          </>
        )}
        {r.progress !== null && (
          <>
            <br />
            <Text size={200}>{t('steps.progress', { n: r.progress })}</Text>
          </>
        )}
      </span>,
      r.lastUpdateDate ? f.shortDay(r.lastUpdateDate) : '—',
    ]
    if (!selection) return content
    const checkbox = (
      <Checkbox
        aria-label={t('table.select', { clause: r.clause, summary })}
        checked={selection.selected.has(r.id)}
        onChange={(_e, d) => toggle(r.id, d.checked === true)}
      />
    )
    return [checkbox, ...content]
  }

  const row = (r: CommitmentListItem | undefined, index: number, extra?: { ref?: (el: HTMLElement | null) => void; className?: string; style?: React.CSSProperties }) =>
    r === undefined ? (
      <div role="row" key={`loading-${index}`} aria-rowindex={index + 2} aria-busy data-index={index} ref={extra?.ref} className={mergeClasses(styles.row, columns, extra?.className)} style={extra?.style}>
        <div role="cell">
          <Text size={200}>{t('commitments.loadingRow')}</Text>
        </div>
      </div>
    ) : (
    <div
      role="row"
      key={r.id}
      aria-rowindex={index + 2}
      aria-selected={selection ? selection.selected.has(r.id) : undefined}
      data-index={index}
      ref={extra?.ref}
      className={mergeClasses(styles.row, columns, selection?.selected.has(r.id) && styles.selected, extra?.className)}
      style={extra?.style}
    >
      {cells(r).map((c, i) => (
        <div role="cell" key={i}>
          {c}
        </div>
      ))}
    </div>
    )

  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className={styles.table}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, columns, styles.header)}>
          {selection && (
            <div role="columnheader">
              <Checkbox
                aria-label={t('table.selectAll')}
                checked={selection.allSelected ? true : selection.selected.size > 0 ? 'mixed' : false}
                onChange={(_e, d) => selection.onSelectAll(d.checked === true)}
              />
            </div>
          )}
          {header('clause', t('commitments.clause'), 'clause')}
          {header('summary', t('commitments.summary'))}
          {header('document', t('commitments.document'), 'document')}
          {header('owners', t('commitments.owners'))}
          {header('deadline', t('commitments.deadline'), 'due')}
          {header('status', t('commitments.status'), 'status')}
          {header('updated', t('table.lastUpdate'), 'updated')}
        </div>
      </div>
      {virtualBody ? (
        <VirtualBody rows={rows} heightClass={virtualBody} renderRow={row} classNames={styles} onVisibleRange={onVisibleRange} />
      ) : (
        <div role="rowgroup">{rows.map((r, i) => row(r, i))}</div>
      )}
    </div>
  )
}

type RowRenderer = (r: CommitmentListItem | undefined, index: number, extra: { ref: (el: HTMLElement | null) => void; className: string; style: React.CSSProperties }) => ReactNode

interface VirtualBodyProps {
  rows: readonly (CommitmentListItem | undefined)[]
  /** The caller's class giving the scrolled body its height. */
  heightClass: string
  renderRow: RowRenderer
  classNames: Pick<ReturnType<typeof useStyles>, 'body' | 'virtualRows' | 'virtualRow'>
  onVisibleRange?: ((first: number, last: number) => void) | undefined
}

function VirtualBody({ rows, heightClass, renderRow, classNames, onVisibleRange }: VirtualBodyProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler, which is what this warns about
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    overscan: 8,
    getItemKey: (i) => rows[i]?.id ?? `loading-${i}`,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0
  useEffect(() => onVisibleRange?.(first, last), [first, last, onVisibleRange])
  return (
    <div role="rowgroup" ref={scrollRef} className={mergeClasses(classNames.body, heightClass)}>
      {/* Inline, as each row's offset below: the rows' total height is the virtualiser's, measured as the list scrolls. */}
      <div className={classNames.virtualRows} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) =>
          renderRow(rows[v.index], v.index, {
            ref: virtualizer.measureElement,
            className: classNames.virtualRow,
            style: { transform: `translateY(${v.start}px)` },
          }),
        )}
      </div>
    </div>
  )
}
