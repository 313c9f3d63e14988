// First run in an empty data folder: the demo or an empty registry.
import { Button, Text, Title1 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { AppStatus } from '../../../electron/core/ops/views'
import { useChange } from '../api/queries'
import { Centered } from '../components/Centered'
import { ErrorMessage } from '../components/ErrorMessage'
import { Notices } from './Notices'

export function WelcomeScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation()
  const loadDemo = useChange('loadDemo')
  const startEmpty = useChange('startEmpty')
  const busy = loadDemo.isPending || startEmpty.isPending
  return (
    <Centered>
      <Notices notices={status.notices} />
      <main style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        <Title1 as="h1">{t('welcome.title')}</Title1>
        <Text as="p">{t('welcome.intro')}</Text>
        <Text as="p" size={200}>
          {t('welcome.folder', { path: status.dataDir })}
        </Text>
        <div style={{ display: 'flex', gap: 12 }}>
          <Button appearance="primary" autoFocus disabled={busy} onClick={() => loadDemo.mutate({})}>
            {t('welcome.loadDemo')}
          </Button>
          <Button disabled={busy} onClick={() => startEmpty.mutate({})}>
            {t('welcome.startEmpty')}
          </Button>
        </div>
        <ErrorMessage error={loadDemo.error ?? startEmpty.error} />
      </main>
    </Centered>
  )
}
