import { Switch, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useOp } from '../../api/queries'
import { CommitmentTable } from './CommitmentTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageTitle } from '../../components/PageTitle'

export function CommitmentsPage() {
  const { t } = useTranslation('commitments')
  // The filter lives in the URL, so the back button and reloads keep it.
  const [params, setParams] = useSearchParams()
  const mine = params.get('mine') === '1'
  const list = useOp('queryCommitments', mine ? { mine: 'any' } : {})
  return (
    <>
      <PageTitle>{t('commitments.title')}</PageTitle>
      <Switch label={t('commitments.mineOnly')} checked={mine} onChange={(_e, d) => setParams(d.checked ? { mine: '1' } : {})} />
      <ErrorMessage error={list.error} />
      {list.data && (
        <>
          <Text as="p">{t('commitments.count', { count: list.data.items.length })}</Text>
          {list.data.items.length === 0 ? <Text as="p">{t('commitments.empty')}</Text> : <CommitmentTable label={t('commitments.tableLabel')} rows={list.data.items} />}
        </>
      )}
    </>
  )
}
