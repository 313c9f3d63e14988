// Documents with how each was adopted: signed, approved by another document, or noted.
import { Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Document } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { SampleBadge } from '../../components/Badges'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'
import { useFormat } from '../../i18n/format'

export function DocumentsPage() {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const lookups = useLookups()
  const documents = useOp('listDocuments', {})
  const commitments = useOp('queryCommitments', {})
  const countByDocument = new Map<string, number>()
  for (const r of commitments.data?.items ?? []) countByDocument.set(r.documentId, (countByDocument.get(r.documentId) ?? 0) + 1)

  const adoption = (d: Document) => {
    const a = d.adoption
    if (a.mode === 'approved_by_document') {
      const by = a.approvedByDocumentId ? lookups.documents.get(a.approvedByDocumentId) : undefined
      return t('adoption.approved_by_document', { document: by ? f.pick(by.title) : '?' })
    }
    if (a.mode === 'signed' && a.signatoryLevel) return t('adoption.signedBy', { level: t(`signatory.${a.signatoryLevel}`) })
    return t(`adoption.${a.mode}`)
  }
  const validity = (d: Document) =>
    d.validity.from && d.validity.to ? `${d.validity.from.slice(0, 4)}–${d.validity.to.slice(0, 4)}` : ''

  return (
    <>
      <PageTitle>{t('documents.title')}</PageTitle>
      <ErrorMessage error={documents.error} />
      {documents.data && documents.data.length === 0 && <Text as="p">{t('documents.empty')}</Text>}
      {documents.data && documents.data.length > 0 && (
        <DataTable
          label={t('documents.tableLabel')}
          rows={documents.data}
          rowKey={(d) => d.id}
          columns={[
            {
              key: 'title',
              header: t('documents.name'),
              width: '36%',
              render: (d) => (
                <>
                  {f.pick(d.title)}
                  <SampleBadge sample={d.sample} />
                </>
              ),
            },
            { key: 'type', header: t('documents.type'), render: (d) => t(`docType.${d.type}`) },
            { key: 'date', header: t('documents.date'), render: (d) => (d.date ? f.day(d.date) : '') },
            { key: 'adoption', header: t('documents.adoption'), width: '24%', render: adoption },
            { key: 'validity', header: t('documents.validity'), render: validity },
            { key: 'commitments', header: t('documents.commitments'), render: (d) => countByDocument.get(d.id) ?? 0 },
          ]}
        />
      )}
    </>
  )
}
