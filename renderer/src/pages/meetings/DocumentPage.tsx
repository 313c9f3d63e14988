// One document: how it was adopted, its parties and reservations, validity, parent and the
// documents based on it, its source files and its commitments, with Edit and Delete.
import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components'
import { EditRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { Document } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useChange, useOp } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { useFormat } from '../../i18n/format'
import { partyWords } from './parts/partyWords'
import { CommitmentTable } from '../commitments/CommitmentTable'
import { DeleteButton } from '../../components/DeleteButton'
import { ExportExchangeButton } from '../exchange/ExportExchangeButton'
import { importPath } from '../imports/routes'
import { useDescribe } from './parts/describe'
import { Facts } from '../../components/Facts'
import { PageHeader } from './parts/PageHeader'
import { documentPaths, meetingPaths } from './parts/paths'
import { RecordGate } from './parts/RecordGate'
import { Section } from './parts/Section'
import { SourceFiles } from './SourceFiles'
import { hrefOf } from '../../app/href'
import { commitmentsLink } from '../commitments/queryParams'

/** A link to another record's page, or nothing (so the fact is left out) when there is none. */
const recordLink = (to: string | null, text: string) => (to && text ? <Link href={hrefOf(to)}>{text}</Link> : null)

const useStyles = makeStyles({
  reservation: { whiteSpace: 'pre-wrap' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
})

function DocumentFacts({ document: d }: { document: Document }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const describe = useDescribe()
  const approvedBy = d.adoption.mode === 'approved_by_document' ? d.adoption.approvedByDocumentId : null
  return (
    <Facts
      facts={[
        [t('documents.type'), t(`docType.${d.type}`)],
        [t('documents.meeting'), recordLink(d.meetingId && meetingPaths.view(d.meetingId), describe.meetingTitle(d.meetingId))],
        [t('documents.date'), d.date ? f.day(d.date) : ''],
        [
          t('documents.adoption'),
          // The approving document is a link; the sentence reads the same as in the list.
          approvedBy ? (
            <>
              {t('documents.approvedByLabel')} {recordLink(documentPaths.view(approvedBy), describe.documentTitle(approvedBy))}
            </>
          ) : (
            describe.adoption(d)
          ),
        ],
        [t('documents.validity'), describe.validity(d.validity)],
        [t('documents.parent'), recordLink(d.parentDocumentId && documentPaths.view(d.parentDocumentId), describe.documentTitle(d.parentDocumentId))],
      ]}
    />
  )
}

function Parties({ document: d }: { document: Document }) {
  const { t } = useTranslation('meetings')
  const describe = useDescribe()
  const styles = useStyles()
  if (d.parties.length === 0) return <Text as="p">{t('documents.partiesEmpty')}</Text>
  return (
    <DataTable
      label={t('documents.parties')}
      rows={d.parties}
      rowKey={(p) => p.countryId}
      columns={[
        { key: 'country', header: t('documents.partyCountry'), width: '30%', render: (p) => describe.countryName(p.countryId) },
        { key: 'signed', header: t(partyWords(d.adoption.mode).header), width: '20%', render: (p) => t(p.signed ? partyWords(d.adoption.mode).yes : partyWords(d.adoption.mode).no) },
        { key: 'reservation', header: t('documents.reservation'), render: (p) => <span className={styles.reservation}>{p.reservation}</span> },
      ]}
    />
  )
}

/** Documents this one approved or that name it as their parent. */
function BasedOnIt({ document: d }: { document: Document }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const lookups = useLookups()
  const styles = useStyles()
  const children = [...lookups.documents.values()].filter((o) => o.parentDocumentId === d.id || o.adoption.approvedByDocumentId === d.id)
  if (children.length === 0) return null
  return (
    <Section title={t('documents.basedOnIt')}>
      <ul className={styles.list}>
        {children.map((c) => (
          <li key={c.id}>
            <Link href={hrefOf(documentPaths.view(c.id))}>{f.pick(c.title)}</Link>
          </li>
        ))}
      </ul>
    </Section>
  )
}

function Commitments({ documentId }: { documentId: string }) {
  const { t } = useTranslation('meetings')
  const commitments = useOp('queryCommitments', { documentId })
  // After a change elsewhere (an import) the cached list is stale until it is read again: showing
  // it would say "0" for a moment where the import just added many.
  const items = commitments.isStale && commitments.isFetching ? undefined : commitments.data?.items
  if (!items) return null
  return (
    <Section title={t('documents.commitmentsTitle')}>
      <Text as="p">
        {t('documents.commitmentsCount', { n: items.length })}{' '}
        {items.length > 0 && <Link href={hrefOf(commitmentsLink({ documentId }))}>{t('documents.openCommitments')}</Link>}{' '}
        <Link href={hrefOf(`/commitments/new?documentId=${documentId}`)}>{t('documents.newCommitment')}</Link>{' '}
        <Link href={hrefOf(importPath(documentId))}>{t('documents.importCommitments')}</Link>
      </Text>
      {items.length > 0 && <CommitmentTable rows={items} label={t('documents.commitmentsTitle')} />}
    </Section>
  )
}

function DocumentView({ document: d }: { document: Document }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const navigate = useNavigate()
  const remove = useChange('deleteDocument')
  const title = f.pick(d.title)
  return (
    <>
      <PageHeader
        title={title}
        sample={d.sample}
        back={{ to: documentPaths.list, label: t('documents.backToList') }}
        actions={
          <>
            <Button icon={<EditRegular />} onClick={() => void navigate(documentPaths.edit(d.id))}>
              {t('forms.edit')}
            </Button>
            <ExportExchangeButton scope={{ kind: 'document', id: d.id }} />
            <DeleteButton
              travels
              question={t('documents.deleteQuestion')}
              consequence={t('documents.deleteConsequence', { title })}
              remove={() => remove.mutateAsync({ id: d.id })}
              onDeleted={() => void navigate(documentPaths.list, { replace: true })}
            />
          </>
        }
      />
      <DocumentFacts document={d} />
      <Section title={t('documents.parties')}>
        <Parties document={d} />
      </Section>
      <BasedOnIt document={d} />
      <SourceFiles document={d} />
      <Commitments documentId={d.id} />
    </>
  )
}

export function DocumentPage() {
  const { t } = useTranslation('meetings')
  const { id } = useParams()
  const documents = useOp('listDocuments', {})
  return (
    <RecordGate list={documents} id={id} notFound={t('documents.notFound')} back={{ to: documentPaths.list, label: t('documents.backToList') }}>
      {(doc) => <DocumentView document={doc} />}
    </RecordGate>
  )
}
