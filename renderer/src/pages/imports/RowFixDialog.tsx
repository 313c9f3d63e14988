// Correcting one row before it is saved: its clause, text, deadline as written and owners.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PreviewRow, RowFix } from '../../../../electron/core/imports/preview'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

interface Props {
  row: PreviewRow
  onApply: (fix: RowFix) => void
  onClose: () => void
}

/** The row's owners as a cell would write them, each once, with its role as a marker the import reads back. */
const MARKERS = { lead: 'отв.', co_executor: 'соисп.', participant: 'участн.' } as const
const ownersAsWritten = (row: PreviewRow) => [...new Map(row.owners.map((o) => [o.name, `${o.name} (${MARKERS[o.role]})`])).values()].join('; ')

export function RowFixDialog({ row, onApply, onClose }: Props) {
  const { t } = useTranslation('imports')
  const { t: common } = useTranslation()
  const styles = useStyles()
  const [fix, setFix] = useState<Required<RowFix>>({ clause: row.clause, text: row.text, deadline: row.deadline.words, owners: ownersAsWritten(row) })
  const set = (key: keyof RowFix) => (_e: unknown, d: { value: string }) => setFix({ ...fix, [key]: d.value })
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            onApply(fix)
          }}
        >
          <DialogBody>
            <DialogTitle>{t('import.preview.editTitle', { n: row.index + 1 })}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={t('import.field.clause')}>
                <Input value={fix.clause} onChange={set('clause')} />
              </Field>
              <Field label={t('import.field.text')}>
                <Textarea value={fix.text} onChange={set('text')} rows={4} resize="vertical" />
              </Field>
              <Field label={t('import.field.deadline')}>
                <Input value={fix.deadline} onChange={set('deadline')} />
              </Field>
              <Field label={t('import.field.owners')}>
                <Input value={fix.owners} onChange={set('owners')} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                {t('import.preview.apply')}
              </Button>
              <Button onClick={onClose}>{common('forms.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}
