// "Export for exchange…": a meeting, a document or everything, with what it refers to, in one
// .ddx file for another laptop.
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { ArrowUploadRegular } from '@fluentui/react-icons'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArgsOf } from '../../../../electron/core/ops/contract'
import { useAction } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'

interface Props {
  scope: ArgsOf<'exportExchange'>['scope']
  label?: string
  icon?: ReactElement
}

export function ExportExchangeButton({ scope, label, icon }: Props) {
  const { t } = useTranslation('exchange')
  const save = useAction('exportExchange')
  return (
    <>
      <Button icon={icon ?? <ArrowUploadRegular />} disabled={save.isPending} onClick={() => save.mutate({ scope })}>
        {label ?? t('exchange.export')}
      </Button>
      {save.data && (
        <MessageBar intent="success">
          <MessageBarBody>{t('exchange.saved', { path: save.data.path })}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorMessage error={save.error} />
    </>
  )
}
