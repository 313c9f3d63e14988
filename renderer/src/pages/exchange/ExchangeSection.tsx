// In Settings: exchanging records with other laptops — everything out in one file, a file in
// (also by dropping it on the window), and who we last exchanged with.
import { Button, Text } from '@fluentui/react-components'
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { Section } from '../meetings/parts/Section'
import { ExportExchangeButton } from './ExportExchangeButton'
import { useOpenExchange } from './useOpenExchange'

export function ExchangeSection() {
  const { t } = useTranslation('exchange')
  const open = useOpenExchange()
  const [error, setError] = useState<unknown>(null)
  return (
    <Section title={t('exchange.section')}>
      <Text style={{ maxWidth: 720 }}>{t('exchange.sectionHint')}</Text>
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
      <WorkProgress work={open.work} />
      <ErrorMessage error={error} />
    </Section>
  )
}
