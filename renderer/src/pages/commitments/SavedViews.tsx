// Named list views: the current filters saved under a name, reopened with one click.
import { Button, Field, Input, Link, makeStyles, Tag, TagGroup, tokens } from '@fluentui/react-components'
import { SaveRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SavedView } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { FormDialog } from '../../forms/FormDialog'
import { useRecordForm } from '../../forms/useRecordForm'
import { hrefOf } from '../../app/href'

const NewView = SavedView.omit({ id: true })

const useStyles = makeStyles({
  views: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
})

function SaveViewDialog({ query, onClose }: { query: string; onClose: () => void }) {
  const { t } = useTranslation('commitments')
  const save = useChange('saveView')
  const form = useRecordForm(NewView, { name: '', query }, (v) => save.mutateAsync(v))
  return (
    <FormDialog
      open
      title={t('views.saveTitle')}
      submitLabel={t('views.save')}
      busy={form.saving}
      error={form.error}
      onClose={onClose}
      onSubmit={() => void form.submit().then((ok) => ok && onClose())}
    >
      <Field label={t('views.name')} required {...form.field('name')}>
        <Input autoFocus value={form.value.name} onChange={(_e, d) => form.set('name', d.value)} />
      </Field>
    </FormDialog>
  )
}

export function SavedViews({ search }: { search: string }) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const settings = useOp('getSettings', {})
  const remove = useChange('deleteView')
  const [saving, setSaving] = useState(false)
  const views = settings.data?.savedViews ?? []
  return (
    <div className={styles.views}>
      <Button icon={<SaveRegular />} onClick={() => setSaving(true)}>
        {t('views.saveCurrent')}
      </Button>
      {views.length > 0 && (
        <TagGroup aria-label={t('views.label')} onDismiss={(_e, d) => remove.mutate({ id: d.value })}>
          {views.map((v) => (
            <Tag key={v.id} value={v.id} dismissible dismissIcon={{ 'aria-label': t('views.delete', { name: v.name }) }}>
              <Link href={hrefOf(`/commitments${v.query}`)}>{v.name}</Link>
            </Tag>
          ))}
        </TagGroup>
      )}
      {saving && <SaveViewDialog query={search} onClose={() => setSaving(false)} />}
    </div>
  )
}
