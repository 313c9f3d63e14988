// In Settings: exchanging records with other laptops — everything out in one file, a file in
// (also by dropping it on the window), and who we last exchanged with.
import { Button, Text, Title3 } from '@fluentui/react-components'
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ExportExchangeButton } from './ExportExchangeButton'
import { useOpenExchange } from './useOpenExchange'

export function ExchangeSection() {
  const { t } = useTranslation('exchange')
  const headingId = useId()
  const open = useOpenExchange()
  const [error, setError] = useState<unknown>(null)
  return (
    <section aria-labelledby={headingId} style={{ display: 'flex', flexDirection: 'column', gap: 8, maxWidth: 720 }}>
      <Title3 as="h2" id={headingId} style={{ margin: '8px 0 0' }}>
        {t('exchange.section')}
      </Title3>
      <Text>{t('exchange.sectionHint')}</Text>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <ExportExchangeButton scope={{ kind: 'all' }} label={t('exchange.exportAll')} icon={<ArrowUploadRegular />} />
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => {
            setError(null)
            open.choose().catch(setError)
          }}
        >
          {t('exchange.open')}
        </Button>
      </div>
      <ErrorMessage error={error} />
    </section>
  )
}
