// "My ministry" at a glance: overdue, due soon, by status and document, recently updated, and
// what changed since the last meeting. Every number opens the list with that filter.
import { Card, Dropdown, Field, Link, Option, makeStyles, Radio, RadioGroup, Text, Title3, tokens } from '@fluentui/react-components'
import { lazy, Suspense, type ReactNode } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { CommitmentQuery } from '../../../../electron/core/ops/contracts/commitments'
import { CommitmentStatus } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { hrefOf } from '../../app/href'
import { useFormat } from '../../i18n/format'
import { UpcomingReminders } from '../reminders/UpcomingReminders'
import { CommitmentTable } from './CommitmentTable'
import { commitmentsLink } from './queryParams'
import { DateInput } from '../../components/DateInput'

// The charts' code (recharts) loads and draws after the figures: the dashboard is usable first.
const charts = () => import('./DashboardCharts')
const DeadlinesChart = lazy(() => charts().then((m) => ({ default: m.DeadlinesChart })))
const StatusChart = lazy(() => charts().then((m) => ({ default: m.StatusChart })))
const DocumentsChart = lazy(() => charts().then((m) => ({ default: m.DocumentsChart })))

const useCountStyles = makeStyles({ count: { fontSize: 'inherit', fontWeight: 'inherit' } })

const useStyles = makeStyles({
  figure: { minWidth: '150px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalSNudge },
  figures: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  since: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  halves: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL },
})

/** A number that opens the list with the filter it counts. */
function Count({ value, query, label }: { value: number; query: CommitmentQuery; label: string }) {
  return (
    <Link href={hrefOf(commitmentsLink(query))} aria-label={`${label}: ${value}`} className={useCountStyles().count}>
      {value}
    </Link>
  )
}

function Figure({ label, value, query }: { label: string; value: number; query: CommitmentQuery }) {
  const styles = useStyles()
  return (
    <Card className={styles.figure} role="group" aria-label={label}>
      <Text size={200}>{label}</Text>
      <Text size={700} weight="semibold">
        <Count value={value} query={query} label={label} />
      </Text>
    </Card>
  )
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles()
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Title3 as="h2" id={id}>
        {title}
      </Title3>
      {children}
    </section>
  )
}

/** The dashboard's question as its URL asks it: "changed since" (?since=), else the last meeting held; lead only (?mine=lead). */
export const dashboardArgs = (params: URLSearchParams) => {
  const since = params.get('since') ?? undefined
  return { ...(since ? { since } : {}), mine: params.get('mine') === 'lead' ? ('lead' as const) : ('any' as const) }
}

export function DashboardPage() {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const f = useFormat()
  const lookups = useLookups()
  const [params, setParams] = useSearchParams()
  const dashboard = useOp('getDashboard', dashboardArgs(params))
  const setParam = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev)
      next.set(key, value)
      return next
    })
  const meetings = [...lookups.meetings.values()].filter((m) => m.status === 'held').sort((a, b) => b.startDate.localeCompare(a.startDate))
  const d = dashboard.data
  const sinceMeeting = d ? meetings.find((m) => m.startDate === d.since) : undefined
  if (dashboard.error) return <ErrorMessage error={dashboard.error} />
  if (!d) return null
  return (
    <>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      {!d.ourOrganisation ? (
        <Text as="p">
          <Trans t={t} i18nKey="dashboard.noOrganisation" components={{ link: <Link href={hrefOf('/settings')} /> }} />
        </Text>
      ) : (
        <>
          <Text as="p">{t('dashboard.forOrganisation', { name: f.pick(d.ourOrganisation.name), date: f.day(d.today) })}</Text>
          <Field label={t('dashboard.whose')}>
            <RadioGroup layout="horizontal" value={d.mine} onChange={(_e, o) => setParam('mine', o.value)}>
              <Radio value="any" label={t('dashboard.mine_any')} />
              <Radio value="lead" label={t('dashboard.mine_lead')} />
            </RadioGroup>
          </Field>
          <div className={styles.figures}>
            <Figure label={t('dashboard.total')} value={d.total} query={{ mine: d.mine }} />
            <Figure label={t('dashboard.overdueCount')} value={d.overdue} query={{ mine: d.mine, overdue: true }} />
            <Figure label={t('dashboard.dueIn30')} value={d.dueIn30} query={{ mine: d.mine, dueWithin: 30 }} />
            <Figure label={t('dashboard.dueIn90')} value={d.dueIn90} query={{ mine: d.mine, dueWithin: 90 }} />
          </div>

          <UpcomingReminders />

          <Section id="deadlines" title={t('dashboard.deadlinesChart')}>
            <Suspense fallback={null}>
              <DeadlinesChart d={d} scope={{ mine: d.mine }} />
            </Suspense>
          </Section>

          <Section id="changed" title={t('dashboard.changedTitle')}>
            <div className={styles.since}>
              <Field label={t('dashboard.sinceMeeting')}>
                <Dropdown
                  value={sinceMeeting ? f.pick(sinceMeeting.title) : t('dashboard.chooseMeeting')}
                  selectedOptions={[d.since]}
                  onOptionSelect={(_e, o) => o.optionValue && setParam('since', o.optionValue)}
                >
                  {meetings.map((m) => (
                    <Option key={m.id} value={m.startDate} text={f.pick(m.title)}>
                      {`${f.pick(m.title)} (${f.day(m.startDate)})`}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label={t('dashboard.sinceDate')}>
                <DateInput value={d.since} onChange={(day) => day && setParam('since', day)} />
              </Field>
            </div>
            <Text as="p">{t('dashboard.changedSince', { date: f.day(d.since) })}</Text>
            <DataTable
              label={t('dashboard.changedTitle')}
              rowKey={(r) => r.change}
              rows={(['status', 'new', 'completed'] as const).map((change) => ({ change, count: d.changes[change] }))}
              columns={[
                { key: 'what', header: t('dashboard.changeColumn'), render: (r) => t(`dashboard.change_${r.change}`) },
                {
                  key: 'count',
                  header: t('dashboard.countColumn'),
                  render: (r) => <Count value={r.count} query={{ mine: d.mine, changedSince: d.since, change: r.change }} label={t(`dashboard.change_${r.change}`)} />,
                },
              ]}
            />
          </Section>

          <div className={styles.halves}>
            <Section id="by-status" title={t('dashboard.byStatus')}>
              <Suspense fallback={null}>
                <StatusChart d={d} scope={{ mine: d.mine }} />
              </Suspense>
              <DataTable
                label={t('dashboard.byStatus')}
                rows={CommitmentStatus.options.map((status) => ({ status, count: d.byStatus[status] }))}
                rowKey={(r) => r.status}
                columns={[
                  { key: 'status', header: t('dashboard.statusColumn'), render: (r) => t(`status.${r.status}`) },
                  { key: 'count', header: t('dashboard.countColumn'), render: (r) => <Count value={r.count} query={{ mine: d.mine, status: [r.status] }} label={t(`status.${r.status}`)} /> },
                ]}
              />
            </Section>
            <Section id="by-document" title={t('dashboard.byDocument')}>
              <Suspense fallback={null}>
                <DocumentsChart d={d} scope={{ mine: d.mine }} />
              </Suspense>
              <DataTable
                label={t('dashboard.byDocument')}
                rows={d.byDocument}
                rowKey={(r) => r.documentId}
                columns={[
                  { key: 'doc', header: t('dashboard.documentColumn'), render: (r) => f.pick(lookups.documents.get(r.documentId)?.title ?? { ru: '?', en: '?' }) },
                  { key: 'count', header: t('dashboard.countColumn'), render: (r) => <Count value={r.count} query={{ mine: d.mine, documentId: r.documentId }} label={f.pick(lookups.documents.get(r.documentId)?.title ?? { ru: '?', en: '?' })} /> },
                ]}
              />
            </Section>
          </div>

          <Section id="overdue" title={t('dashboard.overdue')}>
            {d.overdueItems.length === 0 ? <Text as="p">{t('dashboard.noOverdue')}</Text> : <CommitmentTable label={t('dashboard.overdue')} rows={d.overdueItems} />}
            {d.overdue > d.overdueItems.length && (
              <Link href={hrefOf(commitmentsLink({ mine: d.mine, overdue: true }))}>{t('dashboard.allOverdue', { count: d.overdue })}</Link>
            )}
          </Section>
          <Section id="recent" title={t('dashboard.recentlyUpdated')}>
            {d.recentlyUpdated.length === 0 ? <Text as="p">{t('dashboard.noUpdates')}</Text> : <CommitmentTable label={t('dashboard.recentlyUpdated')} rows={d.recentlyUpdated} />}
          </Section>
        </>
      )}
    </>
  )
}
