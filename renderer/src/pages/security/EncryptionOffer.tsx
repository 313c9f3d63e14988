// Offered on the first screen while the data on this laptop is kept unencrypted: a laptop left in
// a hotel should give nothing away. "Not now" hides it until the next start.
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { hrefOf } from '../../app/href'

export function EncryptionOffer() {
  const { t } = useTranslation('security')
  const [hidden, setHidden] = useState(false)
  if (hidden) return null
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('offer.title')}</MessageBarTitle>
        {t('offer.text')} <Link href={hrefOf('/settings')}>{t('offer.link')}</Link>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => setHidden(true)}>{t('offer.later')}</Button>
      </MessageBarActions>
    </MessageBar>
  )
}
