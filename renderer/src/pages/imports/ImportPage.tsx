// Importing a document's commitments: where from (a file or pasted text), which column is what,
// then every row as it will be saved; one confirm saves them all, and can be undone.
import { Text } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { ImportSettings } from '../../../../electron/core/ops/contracts/imports'
import type { ImportSource } from '../../../../electron/core/ops/views'
import type { Document } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'
import { PageHeader } from '../meetings/parts/PageHeader'
import { documentPaths } from '../meetings/parts/paths'
import { RecordGate } from '../meetings/parts/RecordGate'
import { Section } from '../meetings/parts/Section'
import { MappingStep } from './MappingStep'
import { PreviewStep } from './PreviewStep'
import { SourceStep } from './SourceStep'

/** What a freshly read source starts with: the table that holds the commitments, as guessed or remembered. */
export const initialSettings = (source: ImportSource, documentId: string): ImportSettings => ({
  token: source.token,
  documentId,
  sheet: source.sheet,
  headerRow: source.sheets[source.sheet]?.headerRow ?? null,
  columns: source.sheets[source.sheet]?.columns ?? [],
  fixes: {},
  skip: source.suggestedSkip,
  owners: {},
  keep: [],
  sectionAs: 'themes',
})

function ImportWizard({ document }: { document: Document }) {
  const { t } = useTranslation('imports')
  const f = useFormat()
  const [source, setSource] = useState<ImportSource | null>(null)
  const [settings, setSettings] = useState<ImportSettings | null>(null)
  const start = (read: ImportSource | null) => {
    setSource(read)
    setSettings(read && initialSettings(read, document.id))
  }
  return (
    <>
      <PageHeader title={t('import.title')} back={{ to: documentPaths.view(document.id), label: f.pick(document.title) }} />
      <Text as="p">{t('import.into', { document: f.pick(document.title) })}</Text>
      <Section title={t('import.source.title')}>
        {/* A failed read clears the last file's preview: what is on screen is never another file's. */}
        <SourceStep documentId={document.id} source={source} onRead={start} onFailed={() => start(null)} />
      </Section>
      {source && settings && source.kind === 'table' && (
        <Section title={t('import.mapping.title')}>
          <MappingStep source={source} settings={settings} onChange={setSettings} onReread={start} />
        </Section>
      )}
      {source && settings && (
        <Section title={t('import.preview.title')}>
          <PreviewStep key={settings.token} settings={settings} onChange={setSettings} document={document} />
        </Section>
      )}
    </>
  )
}

export function ImportPage() {
  const { t } = useTranslation('meetings')
  const { id } = useParams()
  const documents = useOp('listDocuments', {})
  return (
    <RecordGate list={documents} id={id} notFound={t('documents.notFound')} back={{ to: documentPaths.list, label: t('documents.backToList') }}>
      {(doc) => <ImportWizard key={doc.id} document={doc} />}
    </RecordGate>
  )
}
