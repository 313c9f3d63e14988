// Settings' way out when no organisation in the list is ours: create it here, and it becomes ours.
import { Button } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OrganisationInput } from '../../../../electron/core/schema'
import { useChange } from '../../api/queries'
import { FormDialog } from '../../forms/FormDialog'
import { useRecordForm } from '../../forms/useRecordForm'
import { blankOrganisation, OrganisationFields } from '../registry/OrganisationPage'

function NewOrganisationForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('settings')
  const create = useChange('createOrganisation')
  const update = useChange('updateSettings')
  const form = useRecordForm(OrganisationInput, blankOrganisation(new URLSearchParams()), async (input) => {
    const created = await create.mutateAsync(input)
    await update.mutateAsync({ ourOrganisationId: created.id })
  })
  return (
    <FormDialog
      open
      title={t('newOrganisation.title')}
      busy={form.saving}
      error={form.error}
      submitLabel={t('newOrganisation.create')}
      onSubmit={() => void form.submit().then((saved) => saved && onClose())}
      onClose={onClose}
    >
      <OrganisationFields form={form} selfId={null} />
    </FormDialog>
  )
}

export function NewOrganisationButton() {
  const { t } = useTranslation('settings')
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button icon={<AddRegular />} onClick={() => setOpen(true)}>
        {t('newOrganisation.open')}
      </Button>
      {open && <NewOrganisationForm onClose={() => setOpen(false)} />}
    </>
  )
}
