// Shows a failed operation: the translated kind of error, then what the core said: which file
// and why, the fields at fault, or what still depends on a record that could not be deleted.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { DeskError } from '../../../electron/core/ops/errors'
import { useIssueText } from '../forms/issues'
import { useFormat } from '../i18n/format'

const useStyles = makeStyles({ list: { margin: `${tokens.spacingVerticalXS} 0` } })

function useTitle() {
  const { t } = useTranslation()
  return (error: DeskError | null) => {
    if (!error) return t('errors.internal')
    const name = error.file?.name
    if (name && error.code === 'file_refused') return t('errors.fileRefusedNamed', { name })
    if (name && error.code === 'storage_failed') return t('errors.fileNotSaved', { name })
    return t(`errors.${error.code}`)
  }
}

/** `onClose`: a message not tied to one page (a file dropped on the window) can be closed. */
export function ErrorMessage({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const styles = useStyles()
  const issueText = useIssueText()
  const titleOf = useTitle()
  if (!error) return null
  const desk = error instanceof DeskError ? error : null
  let body
  if (desk?.file) {
    body = t(desk.file.reason)
  } else if (desk && desk.dependents.length > 0) {
    body = (
      <>
        {t('errors.usedBy')}
        <ul className={styles.list}>
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
      <ul className={styles.list}>
        {desk.issues.map((i) => (
          <li key={i.path}>{i.path ? `${i.path}: ${issueText(i.message)}` : issueText(i.message)}</li>
        ))}
      </ul>
    )
  } else if (desk?.code === 'cancelled') {
    body = null
  } else if (desk?.code === 'unavailable') {
    body = t('errors.unavailableDetail')
  } else {
    body = error instanceof Error ? error.message : String(error)
  }
  return (
    <MessageBar intent={desk?.code === 'cancelled' ? 'info' : 'error'} layout="multiline" role={desk?.code === 'cancelled' ? 'status' : 'alert'}>
      <MessageBarBody>
        <MessageBarTitle>{titleOf(desk)}</MessageBarTitle>
        {body}
      </MessageBarBody>
      {onClose && <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('forms.close')} icon={<DismissRegular />} onClick={onClose} />} />}
    </MessageBar>
  )
}
