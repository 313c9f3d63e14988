// The registry's delete button: the shared one, worded for a named record.
import { useTranslation } from 'react-i18next'
import { DeleteButton } from '../../components/DeleteButton'

interface Props {
  /** The record's name, for the question. */
  name: string
  remove: () => Promise<unknown>
  onDeleted: () => void
}

export function DeleteRecord({ name, remove, onDeleted }: Props) {
  const { t } = useTranslation('registry')
  return <DeleteButton travels question={t('record.deleteTitle', { name })} consequence={t('record.deleteQuestion')} remove={remove} onDeleted={onDeleted} />
}
