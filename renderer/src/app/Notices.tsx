// What happened to the data file at start (a damaged file set aside, a backup opened).
import { useState } from 'react'
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Notice } from '../../../electron/core/ops/views'

function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation()
  if (notice.kind === 'no_usable_backup') {
    return (
      <>
        <MessageBarTitle>{t('notice.noBackupTitle')}</MessageBarTitle>
        {t('notice.noBackup', notice)}
      </>
    )
  }
  return (
    <>
      <MessageBarTitle>{t('notice.recoveredTitle')}</MessageBarTitle>
      {notice.damagedFile ? t('notice.recoveredDamaged', notice) : t('notice.recoveredMissing', notice)}
    </>
  )
}

export function Notices({ notices }: { notices: Notice[] }) {
  const { t } = useTranslation()
  const [dismissed, setDismissed] = useState<number[]>([])
  return (
    <>
      {notices.map((notice, i) =>
        dismissed.includes(i) ? null : (
          <MessageBar key={i} intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <NoticeText notice={notice} />
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t('app.dismiss')}
                  icon={<DismissRegular />}
                  onClick={() => setDismissed((d) => [...d, i])}
                />
              }
            />
          </MessageBar>
        ),
      )}
    </>
  )
}
