// Actions on the selected commitments: set an owner, add the same status update to each.
import { Button, Field, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Id, OwnerRole, StatusUpdateInput } from '../../../../electron/core/schema'
import { useChange } from '../../api/queries'
import { EnumDropdown } from '../../components/EnumDropdown'
import { OrganisationPicker } from '../../components/pickers'
import { FormDialog } from '../../forms/FormDialog'
import { useRecordForm } from '../../forms/useRecordForm'
import { emptyUpdate, StatusUpdateFields, type UpdateDraft } from './StatusUpdateFields'

const OwnerChoice = z.object({ organisationId: Id, role: OwnerRole, mode: z.enum(['add', 'replace']) })

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
})

function SetOwnerDialog({ ids, onClose }: { ids: string[]; onClose: () => void }) {
  const { t } = useTranslation('commitments')
  const change = useChange('bulkSetOwner')
  const form = useRecordForm(OwnerChoice, { organisationId: '', role: 'lead', mode: 'add' }, (v) => change.mutateAsync({ ids, ...v }))
  return (
    <FormDialog
      open
      title={t('bulk.setOwnerTitle', { count: ids.length })}
      submitLabel={t('bulk.apply')}
      busy={form.saving}
      error={form.error}
      onClose={onClose}
      onSubmit={() => void form.submit().then((ok) => ok && onClose())}
    >
      <OrganisationPicker label={t('bulk.organisation')} required value={form.value.organisationId || null} onChange={(id) => form.set('organisationId', id ?? '')} fieldProps={form.field('organisationId')} />
      <Field label={t('bulk.role')}>
        <EnumDropdown values={OwnerRole.options} value={form.value.role} text={(r) => t(`role.${r}`)} onChange={(r) => form.set('role', r)} />
      </Field>
      <Field label={t('bulk.mode')}>
        <RadioGroup value={form.value.mode} onChange={(_e, d) => form.set('mode', d.value as 'add' | 'replace')}>
          <Radio value="add" label={t('bulk.modeAdd')} />
          <Radio value="replace" label={t('bulk.modeReplace')} />
        </RadioGroup>
      </Field>
    </FormDialog>
  )
}

const BulkUpdate = StatusUpdateInput.omit({ commitmentId: true, correctsId: true })

function AddUpdateDialog({ ids, today, onClose }: { ids: string[]; today: string; onClose: () => void }) {
  const { t } = useTranslation('commitments')
  const change = useChange('bulkAddStatusUpdate')
  const form = useRecordForm(BulkUpdate, emptyUpdate(today, t('update.defaultAuthor')), (update) => change.mutateAsync({ ids, update }))
  return (
    <FormDialog
      open
      title={t('bulk.addUpdateTitle', { count: ids.length })}
      submitLabel={t('bulk.apply')}
      busy={form.saving}
      error={form.error}
      onClose={onClose}
      onSubmit={() => void form.submit().then((ok) => ok && onClose())}
    >
      <StatusUpdateFields
        value={form.value as UpdateDraft}
        onChange={form.setValue}
        // The core names the bulk update's fields under "update".
        field={(path) => ({ ...form.field(path), ...form.field(`update.${path}`) })}
        // Which of the selected commitments are overdue the core knows: a delay always needs its reason.
        delayReason={(status) => (status === 'delayed' ? 'required' : 'optional')}
      />
    </FormDialog>
  )
}

export function BulkActions({ ids, today, onClear }: { ids: string[]; today: string; onClear: () => void }) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const [open, setOpen] = useState<'owner' | 'update' | null>(null)
  return (
    <div role="toolbar" aria-label={t('bulk.label')} className={styles.toolbar}>
      <Text weight="semibold">{t('bulk.selected', { count: ids.length })}</Text>
      <Button onClick={() => setOpen('owner')}>{t('bulk.setOwner')}</Button>
      <Button onClick={() => setOpen('update')}>{t('bulk.addUpdate')}</Button>
      <Button appearance="subtle" onClick={onClear}>
        {t('bulk.clear')}
      </Button>
      {open === 'owner' && <SetOwnerDialog ids={ids} onClose={() => setOpen(null)} />}
      {open === 'update' && <AddUpdateDialog ids={ids} today={today} onClose={() => setOpen(null)} />}
    </div>
  )
}
