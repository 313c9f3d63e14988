// The core's process stopped and was started again: what was under way was interrupted (and
// said so where it was asked), everything saved before is on disk, and every view reads afresh.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useWindowEvent } from '../api/events'

export function CoreRestarted() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [shown, setShown] = useState(false)
  useWindowEvent('core_restarted', () => {
    setShown(true)
    void client.invalidateQueries()
  })
  if (!shown) return null
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('notice.coreRestartedTitle')}</MessageBarTitle>
        {t('notice.coreRestarted')}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('app.dismiss')} icon={<DismissRegular />} onClick={() => setShown(false)} />} />
    </MessageBar>
  )
}
