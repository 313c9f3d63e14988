// Where the commitments come from: a table file chosen through the system dialog, or the text of
// a statement pasted in. A file that cannot be read is named, with why and what to do instead.
import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, tokens } from '@fluentui/react-components'
import { DocumentArrowUpRegular, TextNumberListLtrRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DeskError } from '../../../../electron/core/ops/errors'
import type { ImportSource } from '../../../../electron/core/ops/views'
import { useAction } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '900px' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
})

const READ_REASONS = new Set(['unreadable', 'password_protected', 'truncated', 'no_table', 'too_large', 'unsupported'])

/** A file the reader refused, in a sentence: which file, why, and what to do. Other errors as usual. */
function ReadError({ error }: { error: unknown }) {
  const { t } = useTranslation('imports')
  const reason = error instanceof DeskError ? /^validation\.import\.(.+)$/.exec(error.issues.find((i) => i.path === 'file')?.message ?? '')?.[1] : undefined
  if (!(error instanceof DeskError) || !reason || !READ_REASONS.has(reason)) return <ErrorMessage error={error} />
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('import.readError.title', { name: error.file ?? '' })}</MessageBarTitle>
        {t(`import.readError.${reason}`)}
      </MessageBarBody>
    </MessageBar>
  )
}

interface Props {
  documentId: string
  source: ImportSource | null
  onRead: (source: ImportSource) => void
  onFailed: () => void
}

export function SourceStep({ documentId, source, onRead, onFailed }: Props) {
  const { t } = useTranslation('imports')
  const styles = useStyles()
  const open = useAction('openImportFile')
  const split = useAction('readImportText')
  const [text, setText] = useState('')
  const busy = open.isPending || split.isPending
  return (
    <div className={styles.step}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<DocumentArrowUpRegular />}
          disabled={busy}
          onClick={() => {
            split.reset()
            open.mutate({}, { onSuccess: (read) => read && onRead(read), onError: onFailed })
          }}
        >
          {t('import.source.file')}
        </Button>
        <Text size={200}>{t('import.source.fileHint')}</Text>
      </div>
      <Field label={t('import.source.paste')}>
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} rows={6} resize="vertical" />
      </Field>
      <div>
        <Button
          icon={<TextNumberListLtrRegular />}
          disabled={busy || text.trim() === ''}
          onClick={() => {
            open.reset()
            split.mutate({ text, documentId }, { onSuccess: onRead, onError: onFailed })
          }}
        >
          {t('import.source.split')}
        </Button>
      </div>
      {busy && <Text>{t('import.source.reading')}</Text>}
      {source && <Text weight="semibold">{source.kind === 'text' ? t('import.source.pasted') : t('import.source.read', { name: source.fileName })}</Text>}
      <ReadError error={open.error ?? split.error} />
    </div>
  )
}
