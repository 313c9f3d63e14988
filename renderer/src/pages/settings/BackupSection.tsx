// The whole data folder in one file (for another laptop, or for safe keeping), and back. The file
// is sealed with a transfer passphrase unless the user asks otherwise. A restore asks first, then
// for the passphrase of a sealed copy, and backs up the current data before it replaces anything.
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components'
import { ArchiveArrowBackRegular, ArchiveRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TransferPassphraseDialog, unlessPassphraseRequest } from '../../components/TransferPassphraseDialog'
import { TransferProtectionDialog } from '../../components/TransferProtectionDialog'
import { WorkProgress } from '../../components/WorkProgress'
import { ConfirmDialog } from '../../forms/ConfirmDialog'
import { useFormat } from '../../i18n/format'
import { Section } from '../meetings/parts/Section'
import { useSectionStyles } from './sectionStyles'

export function BackupSection() {
  const { t } = useTranslation()
  const f = useFormat()
  const styles = useSectionStyles()
  const create = useLongWork('createFullBackup')
  const restore = useLongWork('restoreFullBackup', { changes: true })
  const [asking, setAsking] = useState(false)
  const [protecting, setProtecting] = useState(false)
  return (
    <Section title={t('backup.title')}>
      <Text className={styles.hint}>{t('backup.hint')}</Text>
      <div className={styles.actions}>
        <Button icon={<ArchiveRegular />} disabled={create.isPending} onClick={() => setProtecting(true)}>
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
      <ErrorMessage error={create.error ?? unlessPassphraseRequest(restore.error)} />
      <TransferProtectionDialog
        open={protecting}
        onCancel={() => setProtecting(false)}
        onSave={(protection) => {
          setProtecting(false)
          create.mutate({ protection })
        }}
      />
      <TransferPassphraseDialog error={restore.error} busy={restore.isPending} onCancel={() => restore.reset()} onOpen={(held) => restore.mutate({ held })} />
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
