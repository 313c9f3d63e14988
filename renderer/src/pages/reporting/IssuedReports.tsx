// The implementation reports issued: each saved again exactly as it went out (PDF, Word or
// Excel), or forgotten when issued by mistake. The next report on the same selection compares
// with the latest one here.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReportFormat, type IssuedReportView } from '../../../../electron/core/ops/contracts/reporting'
import { useChange, useLongWork, useOp } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'
import { Section } from '../meetings/parts/Section'

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' } })

export function IssuedReports() {
  const { t } = useTranslation('reporting')
  const f = useFormat()
  const styles = useStyles()
  const reports = useOp('listIssuedReports', {})
  const save = useLongWork('exportIssuedReport')
  const remove = useChange('deleteIssuedReport')
  const [saved, setSaved] = useState<string | null>(null)
  const actions = (r: IssuedReportView) => {
    const date = f.shortDay(r.issuedOn)
    return (
      <div className={styles.actions}>
        {ReportFormat.options.map((format) => (
          <Button
            key={format}
            size="small"
            aria-label={t('issued.saveAs', { format: t(`report.${format}`), subject: r.subject, date })}
            disabled={save.isPending}
            onClick={() => {
              setSaved(null)
              save.mutate({ id: r.id, format }, { onSuccess: (file) => setSaved(file?.path ?? null) })
            }}
          >
            {t(`report.${format}`)}
          </Button>
        ))}
        <DeleteButton
          size="small"
          label={t('issued.delete', { subject: r.subject, date })}
          question={t('issued.deleteQuestion')}
          consequence={t('issued.deleteConsequence', { subject: r.subject, date })}
          remove={() => remove.mutateAsync({ id: r.id })}
        />
      </div>
    )
  }
  return (
    <Section title={t('issued.title')}>
      <Text>{t('issued.hint')}</Text>
      <WorkProgress work={save} />
      <ErrorMessage error={reports.error ?? save.error ?? remove.error} />
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('report.saved', { path: saved })}</MessageBarBody>
        </MessageBar>
      )}
      {reports.data?.length === 0 && <Text as="p">{t('issued.none')}</Text>}
      {reports.data && reports.data.length > 0 && (
        <DataTable
          label={t('issued.title')}
          rows={reports.data}
          rowKey={(r) => r.id}
          columns={[
            { key: 'issuedOn', header: t('issued.issuedOn'), render: (r) => f.shortDay(r.issuedOn) },
            { key: 'subject', header: t('issued.subject'), render: (r) => r.subject },
            { key: 'commitments', header: t('issued.commitments'), render: (r) => r.commitments },
            { key: 'comparesWith', header: t('issued.comparesWith'), render: (r) => (r.comparesWith ? f.shortDay(r.comparesWith) : t('issued.first')) },
            { key: 'actions', header: t('table.actions'), render: actions },
          ]}
        />
      )}
    </Section>
  )
}
