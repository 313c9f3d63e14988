// Where the commitments come from: a table file chosen through the system dialog, or the text of
// a statement pasted in.
import { Button, Field, Text, Textarea } from '@fluentui/react-components'
import { DocumentArrowUpRegular, TextNumberListLtrRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportSource } from '../../../../electron/core/ops/views'
import { useAction, useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'

export function SourceStep({ documentId, source, onRead }: { documentId: string; source: ImportSource | null; onRead: (source: ImportSource) => void }) {
  const { t } = useTranslation('imports')
  const open = useLongWork('openImportFile')
  const split = useAction('readImportText')
  const [text, setText] = useState('')
  const busy = open.isPending || split.isPending
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 900 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Button appearance="primary" icon={<DocumentArrowUpRegular />} disabled={busy} onClick={() => open.mutate({}, { onSuccess: (read) => read && onRead(read) })}>
          {t('import.source.file')}
        </Button>
        <Text size={200}>{t('import.source.fileHint')}</Text>
      </div>
      <Field label={t('import.source.paste')}>
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} rows={6} resize="vertical" />
      </Field>
      <div>
        <Button icon={<TextNumberListLtrRegular />} disabled={busy || text.trim() === ''} onClick={() => split.mutate({ text, documentId }, { onSuccess: onRead })}>
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
