// First run in an empty data folder: the demo, or an empty registry that starts with who we are.
import { Button, makeStyles, Text, Title1, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppStatus } from '../../../electron/core/ops/views'
import { useChange } from '../api/queries'
import { Centered } from '../components/Centered'
import { ErrorMessage } from '../components/ErrorMessage'
import { Notices } from './Notices'
import { WhoWeAreForm } from './WhoWeAreForm'

const useStyles = makeStyles({
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
})

export function WelcomeScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const loadDemo = useChange('loadDemo')
  const startEmpty = useChange('startEmpty')
  const [askingWhoWeAre, setAskingWhoWeAre] = useState(false)
  const busy = loadDemo.isPending || startEmpty.isPending
  return (
    <Centered>
      <Notices notices={status.notices} />
      <main className={styles.main}>
        <Title1 as="h1">{t('welcome.title')}</Title1>
        {askingWhoWeAre ? (
          <WhoWeAreForm busy={busy} onStart={(us) => startEmpty.mutateAsync(us ? { us } : {})} onBack={() => setAskingWhoWeAre(false)} />
        ) : (
          <>
            <Text as="p">{t('welcome.intro')}</Text>
            <Text as="p" size={200}>
              {t('welcome.folder', { path: status.dataDir })}
            </Text>
            <div className={styles.actions}>
              <Button appearance="primary" autoFocus disabled={busy} onClick={() => loadDemo.mutate({})}>
                {t('welcome.loadDemo')}
              </Button>
              <Button disabled={busy} onClick={() => setAskingWhoWeAre(true)}>
                {t('welcome.startEmpty')}
              </Button>
            </div>
            <ErrorMessage error={loadDemo.error} />
          </>
        )}
      </main>
    </Centered>
  )
}
