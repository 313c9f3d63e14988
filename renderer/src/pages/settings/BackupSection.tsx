// The whole data folder in one file (for another laptop, or for safe keeping), and back. A
// restore asks first and backs up the current data before it replaces anything.
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components'
import { ArchiveArrowBackRegular, ArchiveRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { ConfirmDialog } from '../../forms/ConfirmDialog'
import { useFormat } from '../../i18n/format'
import { Section } from '../meetings/parts/Section'

export function BackupSection() {
  const { t } = useTranslation()
  const f = useFormat()
  const create = useLongWork('createFullBackup')
  const restore = useLongWork('restoreFullBackup', { changes: true })
  const [asking, setAsking] = useState(false)
  return (
    <Section title={t('backup.title')}>
      <Text style={{ maxWidth: 720 }}>{t('backup.hint')}</Text>
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
      <WorkProgress work={create.isPending ? create : restore} />
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
    </Section>
  )
}
