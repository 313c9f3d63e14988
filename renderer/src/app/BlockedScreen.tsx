import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { AppStatus } from '../../../electron/core/ops/views'
import { Centered } from '../components/Centered'

export function BlockedScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation()
  const reason = status.blockReason
  if (!reason) return null
  const text =
    reason.kind === 'newer_version' ? t('blocked.newerVersion', reason) : reason.kind === 'insecure_folder' ? t('blocked.insecureFolder', reason) : t('blocked.storageUnavailable', reason)
  return (
    <Centered>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('blocked.title')}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    </Centered>
  )
}
