// Documents, newest first, with how each was adopted (signed, approved by another document,
// noted). Filters by meeting and type live in the URL, so a meeting's page can link to its own.
import { Button, Field, Link, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { DocumentType, type Document } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useMeetingItems } from '../../components/pickers'
import { useFormat } from '../../i18n/format'
import { useDescribe } from './parts/describe'
import { PageHeader } from './parts/PageHeader'
import { documentPaths } from './parts/paths'
import { hrefOf } from '../../app/href'

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  meeting: { flex: '0 1 480px', minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  meetingSelect: { minWidth: 0 },
  type: { minWidth: '220px' },
})

/** Both filters as select boxes; "" is "all". */
function Filters({ meetingId, type, onChange }: { meetingId: string; type: string; onChange: (key: 'meetingId' | 'type', value: string) => void }) {
  const { t } = useTranslation('meetings')
  const styles = useStyles()
  const meetings = useMeetingItems()
  return (
    <div role="search" aria-label={t('documents.filters')} className={styles.filters}>
      {/* A long meeting title must not widen the box past its place: it is cut, the list shows it whole. */}
      <Field label={t('documents.meeting')} className={styles.meeting}>
        <Select value={meetingId} onChange={(_e, d) => onChange('meetingId', d.value)} className={styles.meetingSelect}>
          <option value="">{t('documents.allMeetings')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.text}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('documents.type')} className={styles.type}>
        <Select value={type} onChange={(_e, d) => onChange('type', d.value)}>
          <option value="">{t('documents.allTypes')}</option>
          {DocumentType.options.map((dt) => (
            <option key={dt} value={dt}>
              {t(`docType.${dt}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  )
}

function useCommitmentCounts() {
  const counts = useOp('commitmentCounts', {})
  return new Map(Object.entries(counts.data ?? {}))
}

export function DocumentsPage() {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const describe = useDescribe()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const documents = useOp('listDocuments', {})
  const counts = useCommitmentCounts()
  const meetingId = params.get('meetingId') ?? ''
  const type = params.get('type') ?? ''

  const setFilter = (key: 'meetingId' | 'type', value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true },
    )
  const rows = (documents.data ?? [])
    .filter((d) => (!meetingId || d.meetingId === meetingId) && (!type || d.type === type))
    // Newest first; undated documents last. The sort is stable, so a meeting's documents keep their order.
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
  const filtered = meetingId !== '' || type !== ''

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        actions={
          <Button appearance="primary" icon={<AddRegular />} onClick={() => void navigate(documentPaths.create(meetingId || undefined))}>
            {t('documents.new')}
          </Button>
        }
      />
      <ErrorMessage error={documents.error} />
      {documents.data && documents.data.length === 0 && <Text as="p">{t('documents.empty')}</Text>}
      {documents.data && documents.data.length > 0 && (
        <>
          <Filters meetingId={meetingId} type={type} onChange={setFilter} />
          {filtered && (
            <Text as="p" role="status">
              {t('documents.shown', { shown: rows.length, total: documents.data.length })}
            </Text>
          )}
          <DataTable
            label={t('documents.tableLabel')}
            rows={rows}
            rowKey={(d) => d.id}
            columns={[
              {
                key: 'title',
                header: t('documents.name'),
                width: '36%',
                render: (d: Document) => (
                  <>
                    <Link href={hrefOf(documentPaths.view(d.id))}>{f.pick(d.title)}</Link>
                    <SampleBadge sample={d.sample} />
                  </>
                ),
              },
              { key: 'type', header: t('documents.type'), render: (d) => t(`docType.${d.type}`) },
              { key: 'date', header: t('documents.date'), render: (d) => (d.date ? f.day(d.date) : '') },
              { key: 'adoption', header: t('documents.adoption'), width: '24%', render: describe.adoption },
              { key: 'validity', header: t('documents.validity'), render: (d) => describe.validity(d.validity) },
              { key: 'commitments', header: t('documents.commitments'), render: (d) => counts.get(d.id) ?? 0 },
            ]}
          />
        </>
      )}
    </>
  )
}
