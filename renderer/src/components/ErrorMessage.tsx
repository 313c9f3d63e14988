// Shows a failed operation: the translated kind of error, then the details the core gave.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { DeskError } from '../../../electron/core/ops/errors'

export function ErrorMessage({ error }: { error: Error | null | undefined }) {
  const { t } = useTranslation()
  if (!error) return null
  const title = error instanceof DeskError ? t(`errors.${error.code}`) : t('errors.internal')
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
    </MessageBar>
  )
}
