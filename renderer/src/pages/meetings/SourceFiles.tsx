// A document's source files: copied into the data folder when added (the shell's file dialog),
// listed with size and checksum, opened with the system's viewer, removed after asking.
import { Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components'
import { AttachRegular, OpenRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Document, SourceFile } from '../../../../electron/core/schema'
import { useChange } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { DeleteButton } from '../../components/DeleteButton'
import { useDescribe } from './parts/describe'
import { Section } from './parts/Section'

/** Enough of the SHA-256 to tell files apart at a glance; the whole one is in the tooltip. */
const SHORT_CHECKSUM = 12

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
})

function FileActions({ documentId, file, onOpen }: { documentId: string; file: SourceFile; onOpen: () => void }) {
  const { t } = useTranslation('meetings')
  const styles = useStyles()
  const remove = useChange('removeSourceFile')
  return (
    <div className={styles.actions}>
      <Button size="small" icon={<OpenRegular />} aria-label={t('documents.openFile', { name: file.fileName })} onClick={onOpen}>
        {t('documents.open')}
      </Button>
      <DeleteButton
        size="small"
        label={t('documents.removeFile', { name: file.fileName })}
        confirmLabel={t('forms.remove')}
        question={t('documents.removeFileQuestion')}
        consequence={t('documents.removeFileConsequence', { name: file.fileName })}
        remove={() => remove.mutateAsync({ documentId, fileId: file.id })}
      />
    </div>
  )
}

export function SourceFiles({ document }: { document: Document }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const describe = useDescribe()
  const add = useChange('addSourceFiles')
  const open = useChange('openSourceFile')
  return (
    <Section
      title={t('documents.sourceFiles')}
      actions={
        <Button size="small" icon={<AttachRegular />} disabled={add.isPending} onClick={() => add.mutate({ documentId: document.id })}>
          {t('documents.addFiles')}
        </Button>
      }
    >
      <ErrorMessage error={add.error ?? open.error} />
      {document.sourceFiles.length === 0 ? (
        <Text as="p">{t('documents.filesEmpty')}</Text>
      ) : (
        <DataTable
          label={t('documents.sourceFiles')}
          rows={document.sourceFiles}
          rowKey={(file) => file.id}
          columns={[
            { key: 'name', header: t('documents.fileName'), width: '34%', render: (file) => file.fileName },
            { key: 'size', header: t('documents.fileSize'), render: (file) => describe.fileSize(file.size) },
            {
              key: 'checksum',
              header: t('documents.checksum'),
              render: (file) => (
                <Tooltip content={file.sha256} relationship="description">
                  <Text font="monospace" tabIndex={0}>
                    {file.sha256.slice(0, SHORT_CHECKSUM)}…
                  </Text>
                </Tooltip>
              ),
            },
            { key: 'added', header: t('documents.fileAdded'), render: (file) => f.day(file.addedAt.slice(0, 10)) },
            {
              key: 'actions',
              header: t('documents.fileActions'),
              width: '22%',
              render: (file) => <FileActions documentId={document.id} file={file} onOpen={() => open.mutate({ documentId: document.id, fileId: file.id })} />,
            },
          ]}
        />
      )}
    </Section>
  )
}
