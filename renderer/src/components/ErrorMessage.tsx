// Shows a failed operation: the translated kind of error, then what the core said: the fields
// at fault, or what still depends on a record that could not be deleted.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { DeskError } from '../../../electron/core/ops/errors'
import { useIssueText } from '../forms/issues'
import { useFormat } from '../i18n/format'

export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const f = useFormat()
  const issueText = useIssueText()
  if (!error) return null
  const desk = error instanceof DeskError ? error : null
  const title = desk ? t(`errors.${desk.code}`) : t('errors.internal')
  let body
  if (desk && desk.dependents.length > 0) {
    body = (
      <>
        {t('errors.usedBy')}
        <ul style={{ margin: '4px 0' }}>
          {desk.dependents.map((d) => (
            <li key={`${d.kind}:${d.id}`}>
              {t(`errors.kind.${d.kind}`)}: {f.pick(d.name)}
            </li>
          ))}
        </ul>
      </>
    )
  } else if (desk && desk.issues.length > 0) {
    body = (
      <ul style={{ margin: '4px 0' }}>
        {desk.issues.map((i) => (
          <li key={i.path}>{i.path ? `${i.path}: ${issueText(i.message)}` : issueText(i.message)}</li>
        ))}
      </ul>
    )
  } else {
    body = error instanceof Error ? error.message : String(error)
  }
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
    </MessageBar>
  )
}
