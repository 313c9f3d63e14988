// In Settings: exchanging records with other laptops — everything out in one file, a file in
// (also by dropping it on the window), and who we last exchanged with.
import { Button, Text } from '@fluentui/react-components'
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TransferPassphraseDialog, unlessPassphraseRequest } from '../../components/TransferPassphraseDialog'
import { WorkProgress } from '../../components/WorkProgress'
import { Section } from '../meetings/parts/Section'
import { useSectionStyles } from '../settings/sectionStyles'
import { ExportExchangeButton } from './ExportExchangeButton'
import { useOpenExchange } from './useOpenExchange'

export function ExchangeSection() {
  const { t } = useTranslation('exchange')
  const open = useOpenExchange()
  const styles = useSectionStyles()
  const [error, setError] = useState<unknown>(null)
  const attempt = (opening: () => Promise<void>) => {
    setError(null)
    opening().catch(setError)
  }
  return (
    <Section title={t('exchange.section')}>
      <Text className={styles.hint}>{t('exchange.sectionHint')}</Text>
      <div className={styles.actions}>
        <ExportExchangeButton scope={{ kind: 'all' }} label={t('exchange.exportAll')} icon={<ArrowUploadRegular />} />
        <Button icon={<ArrowDownloadRegular />} disabled={open.work.isPending} onClick={() => attempt(open.choose)}>
          {t('exchange.open')}
        </Button>
      </div>
      <WorkProgress work={open.work} />
      <ErrorMessage error={unlessPassphraseRequest(error)} />
      <TransferPassphraseDialog error={error} busy={open.work.isPending} onCancel={() => setError(null)} onOpen={(held) => attempt(() => open.unseal(held))} />
    </Section>
  )
}
