// The dashboard's pictures: statuses as one stacked bar, deadlines of the next twelve months
// (what is overdue in red, first), commitments by document. Each bar opens the list it counts;
// every bar carries its number and its name, so the figures read without colour. The tables
// beside them hold the same numbers as links for the keyboard and screen readers.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Text, XAxis, YAxis, type LabelProps } from 'recharts'
import type { CommitmentQuery } from '../../../../electron/core/ops/contracts/commitments'
import type { Dashboard } from '../../../../electron/core/ops/views'
import { CommitmentStatus } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useFormat } from '../../i18n/format'
import { FIGURE_FONT_PX, textFits } from './labelFit'
import { commitmentsLink } from './queryParams'

const statusFill: Record<CommitmentStatus, string> = {
  not_started: tokens.colorNeutralStrokeAccessible,
  in_progress: tokens.colorBrandBackground,
  completed: tokens.colorPaletteGreenBackground3,
  delayed: tokens.colorPaletteDarkOrangeBackground3,
  cancelled: tokens.colorNeutralStroke1,
  no_information: tokens.colorPaletteYellowBackground3,
}

const useStyles = makeStyles({
  chart: { width: '100%', cursor: 'pointer' },
  // A bar's figure is on the bar: a click on it is a click on the bar.
  figure: { pointerEvents: 'none' },
  // The size the status bar's fit estimate assumes (the text the charts inherit is this size too).
  statusFigure: { fontSize: tokens.fontSizeBase300 },
})

/**
 * A status segment's figure, centred on it as recharts' own label is, or nothing when the
 * segment is too narrow for the text: a status with one or two commitments would otherwise have
 * its label squeezed over its neighbours'. The table below the chart and the chart's accessible
 * name give every figure. Whether it fits is estimated from the text's length (see textFits).
 */
function SegmentFigure({ viewBox, value, formatter, fill, className }: LabelProps) {
  if (!viewBox || !('width' in viewBox) || value === undefined || value === null) return null
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox
  const text = String(formatter ? formatter(value) : value)
  if (!textFits(text, Number(width), FIGURE_FONT_PX)) return null
  return (
    <Text x={Number(x) + Number(width) / 2} y={Number(y) + Number(height) / 2} textAnchor="middle" verticalAnchor="middle" fill={fill} className={`recharts-label ${className ?? ''}`}>
      {text}
    </Text>
  )
}

/** The chart as a picture with its figures said in words; the bars stay clickable for the mouse. */
function Picture({ label, height, children }: { label: string; height: number; children: React.ReactElement }) {
  const styles = useStyles()
  return (
    <div role="img" aria-label={label} className={styles.chart}>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </div>
  )
}

export function StatusChart({ d, scope }: { d: Dashboard; scope: CommitmentQuery }) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const navigate = useNavigate()
  const shown = CommitmentStatus.options.filter((s) => d.byStatus[s] > 0)
  const said = shown.map((s) => `${t(`status.${s}`)}: ${d.byStatus[s]}`).join(', ')
  return (
    <Picture label={`${t('dashboard.byStatus')}: ${said}`} height={72}>
      <BarChart layout="vertical" data={[d.byStatus]} margin={{ top: 0, right: 0, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" hide />
        {shown.map((s) => (
          <Bar key={s} dataKey={s} stackId="status" fill={statusFill[s]} isAnimationActive={false} onClick={() => void navigate(commitmentsLink({ ...scope, status: [s] }))}>
            <LabelList
              className={mergeClasses(styles.figure, styles.statusFigure)}
              dataKey={s}
              position="center"
              formatter={(n: unknown) => `${t(`status.${s}`)}: ${String(n)}`}
              fill={tokens.colorNeutralForeground1}
              content={SegmentFigure}
            />
          </Bar>
        ))}
      </BarChart>
    </Picture>
  )
}

export function DeadlinesChart({ d, scope }: { d: Dashboard; scope: CommitmentQuery }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const styles = useStyles()
  const navigate = useNavigate()
  const rows = [
    { key: 'overdue', label: t('dashboard.overdueCount'), count: d.overdue, query: { ...scope, overdue: true } as CommitmentQuery },
    ...d.dueByMonth.map((m) => ({ key: m.month, label: f.shortMonth(m.month), count: m.count, query: { ...scope, dueMonth: m.month, overdue: false } as CommitmentQuery })),
  ]
  return (
    <Picture label={`${t('dashboard.deadlinesChart')}: ${rows.map((r) => `${r.label}: ${r.count}`).join(', ')}`} height={220}>
      <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} height={40} angle={-30} textAnchor="end" />
        <YAxis hide allowDecimals={false} />
        <Bar dataKey="count" isAnimationActive={false} onClick={(_data, i) => void navigate(commitmentsLink(rows[i]!.query))}>
          {rows.map((r) => (
            <Cell key={r.key} fill={r.key === 'overdue' ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground} />
          ))}
          <LabelList className={styles.figure} dataKey="count" position="top" fill={tokens.colorNeutralForeground1} />
        </Bar>
      </BarChart>
    </Picture>
  )
}

export function DocumentsChart({ d, scope }: { d: Dashboard; scope: CommitmentQuery }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const lookups = useLookups()
  const styles = useStyles()
  const navigate = useNavigate()
  const rows = [...d.byDocument]
    .sort((a, b) => b.count - a.count)
    .map((r) => {
      const title = f.pick(lookups.documents.get(r.documentId)?.title ?? { ru: '?', en: '?' })
      return { ...r, title: title.length > 40 ? `${title.slice(0, 39)}…` : title }
    })
  return (
    <Picture label={`${t('dashboard.byDocument')}: ${rows.map((r) => `${r.title}: ${r.count}`).join(', ')}`} height={Math.max(80, rows.length * 32)}>
      <BarChart layout="vertical" data={rows} margin={{ top: 0, right: 32, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis type="category" dataKey="title" width={260} tick={{ fontSize: 11 }} />
        <Bar dataKey="count" fill={tokens.colorBrandBackground} isAnimationActive={false} onClick={(_data, i) => void navigate(commitmentsLink({ ...scope, documentId: rows[i]!.documentId }))}>
          <LabelList className={styles.figure} dataKey="count" position="right" fill={tokens.colorNeutralForeground1} />
        </Bar>
      </BarChart>
    </Picture>
  )
}
