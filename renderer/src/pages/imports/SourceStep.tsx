// Where the commitments come from: a table file chosen through the system dialog, or the text of
// a statement pasted in. A file that cannot be read is named, with why and what to do instead
// (the reasons' words), and the last file's preview goes.
import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components'
import { DocumentArrowUpRegular, TextNumberListLtrRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportSource } from '../../../../electron/core/ops/views'
import { useAction, useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '900px' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
})

interface Props {
  documentId: string
  source: ImportSource | null
  onRead: (source: ImportSource) => void
  /** A read failed: what was on screen belongs to another file. */
  onFailed: () => void
}

export function SourceStep({ documentId, source, onRead, onFailed }: Props) {
  const { t } = useTranslation('imports')
  const styles = useStyles()
  const open = useLongWork('openImportFile')
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
      <WorkProgress work={open} />
      {split.isPending && <Text>{t('import.source.reading')}</Text>}
      {source && <Text weight="semibold">{source.kind === 'text' ? t('import.source.pasted') : t('import.source.read', { name: source.fileName })}</Text>}
      <ErrorMessage error={open.error ?? split.error} />
    </div>
  )
}
