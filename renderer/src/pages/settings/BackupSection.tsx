// The whole data folder in one file (for another laptop, or for safe keeping), and back. A
// restore asks first and backs up the current data before it replaces anything.
import { Button, MessageBar, MessageBarBody, Text, Title3 } from '@fluentui/react-components'
import { ArchiveArrowBackRegular, ArchiveRegular } from '@fluentui/react-icons'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAction, useChange } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ConfirmDialog } from '../../forms/ConfirmDialog'
import { useFormat } from '../../i18n/format'

export function BackupSection() {
  const { t } = useTranslation()
  const f = useFormat()
  const headingId = useId()
  const create = useAction('createFullBackup')
  const restore = useChange('restoreFullBackup')
  const [asking, setAsking] = useState(false)
  return (
    <section aria-labelledby={headingId} style={{ display: 'flex', flexDirection: 'column', gap: 8, maxWidth: 720 }}>
      <Title3 as="h2" id={headingId} style={{ margin: '8px 0 0' }}>
        {t('backup.title')}
      </Title3>
      <Text>{t('backup.hint')}</Text>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button icon={<ArchiveRegular />} disabled={create.isPending} onClick={() => create.mutate({})}>
          {t('backup.create')}
        </Button>
        <Button icon={<ArchiveArrowBackRegular />} disabled={restore.isPending} onClick={() => setAsking(true)}>
          {t('backup.restore')}
        </Button>
      </div>
      {create.data && (
        <MessageBar intent="success">
          <MessageBarBody>{t('backup.saved', { path: create.data.path })}</MessageBarBody>
        </MessageBar>
      )}
      {restore.data && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('backup.restored', { date: f.day(restore.data.createdAt.slice(0, 10)) })} {restore.data.previous && t('backup.previous', { path: restore.data.previous })}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorMessage error={create.error ?? restore.error} />
      <ConfirmDialog
        open={asking}
        title={t('backup.restoreQuestion')}
        confirmLabel={t('backup.restoreConfirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false)
          restore.mutate({})
        }}
      >
        {t('backup.restoreConsequence')}
      </ConfirmDialog>
    </section>
  )
}
