// Opens on the data's state: a blocked file, the first run, or the app itself.
import { useEffect } from 'react'
import { makeStyles, Spinner } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { effectiveLanguage } from '../../../electron/core/domain/language'
import { useOp } from '../api/queries'
import { setLanguage, systemLocale } from '../i18n'
import { AppShell } from './AppShell'
import { BlockedScreen } from './BlockedScreen'
import { ErrorMessage } from '../components/ErrorMessage'
import { UnlockScreen } from '../pages/security/UnlockScreen'
import { WelcomeScreen } from './WelcomeScreen'

const useStyles = makeStyles({
  loading: { marginTop: '30vh' },
})

export function App() {
  const { t } = useTranslation()
  const styles = useStyles()
  const status = useOp('getStatus', {})
  const languageSetting = status.data?.settings.language ?? null

  useEffect(() => setLanguage(effectiveLanguage(languageSetting, systemLocale())), [languageSetting])

  if (status.error) return <ErrorMessage error={status.error} />
  if (!status.data) return <Spinner label={t('app.loading')} className={styles.loading} />
  switch (status.data.state) {
    case 'blocked':
      return <BlockedScreen status={status.data} />
    case 'first_run':
      return <WelcomeScreen status={status.data} />
    case 'locked':
      return <UnlockScreen status={status.data} />
    case 'ready':
      return <AppShell status={status.data} />
  }
}
