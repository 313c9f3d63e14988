// The commitment page's steps: a table of them (done, step, owner, due) under the progress they
// roll up to. A step is ticked off here without opening the form: the commitment is saved with
// that one change, so its revision and history are those of any other edit.
import { Checkbox, makeStyles, Text, Title3, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { CommitmentDetail } from '../../../../electron/core/ops/views'
import type { Milestone } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useChange } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { toDraft } from './draft'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
})

export function StepsSection({ detail }: { detail: CommitmentDetail }) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const lookups = useLookups()
  const styles = useStyles()
  const update = useChange('updateCommitment')
  const c = detail.commitment
  if (c.milestones.length === 0) return null
  const done = c.milestones.filter((m) => m.done).length
  const setDone = (step: Milestone, on: boolean) =>
    update.mutate({ id: c.id, input: { ...toDraft(c), milestones: c.milestones.map((m) => (m.id === step.id ? { ...m, done: on } : m)) } })
  const owner = (id: string | null) => {
    const org = id === null ? undefined : lookups.organisations.get(id)
    return org ? f.pick(org.shortName) || f.pick(org.name) : '—'
  }
  return (
    <section aria-labelledby="steps" className={styles.section}>
      <div className={styles.heading}>
        <Title3 as="h2" id="steps">
          {t('steps.title')}
        </Title3>
        {detail.progress !== null && <Text weight="semibold">{t('steps.progress', { n: detail.progress })}</Text>}
        <Text size={200}>{t('steps.progressOf', { done, total: c.milestones.length })}</Text>
      </div>
      <DataTable
        label={t('steps.title')}
        rows={c.milestones}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'done',
            header: t('steps.done'),
            width: '7rem',
            render: (m) => <Checkbox aria-label={t('steps.markDone', { text: m.text })} checked={m.done} disabled={update.isPending} onChange={(_e, d) => setDone(m, d.checked === true)} />,
          },
          { key: 'step', header: t('steps.step'), render: (m) => m.text },
          { key: 'owner', header: t('steps.owner'), render: (m) => owner(m.organisationId) },
          { key: 'due', header: t('steps.due'), width: '10rem', render: (m) => (m.dueDate ? f.day(m.dueDate) : t('steps.noDue')) },
        ]}
      />
      <ErrorMessage error={update.error} />
    </section>
  )
}
