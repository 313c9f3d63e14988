// What a page shows while its code or its record is on the way: a spinner with its name, so a
// screen reader says what is happening (an unnamed progress bar is an accessibility violation).
import { Spinner } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'

export function PageLoading() {
  const { t } = useTranslation()
  return <Spinner size="small" label={t('app.loadingPage')} />
}
