// Choosing several commitment statuses at once (a filter); none chosen means any.
import { useTranslation } from 'react-i18next'
import { CommitmentStatus } from '../../../electron/core/schema'
import { MultiDropdown } from './MultiDropdown'

interface Props {
  value: CommitmentStatus[]
  onChange: (value: CommitmentStatus[]) => void
  /** Shown when none is chosen. */
  anyText: string
}

export function StatusesDropdown({ value, onChange, anyText }: Props) {
  const { t } = useTranslation()
  return <MultiDropdown options={CommitmentStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))} value={value} onChange={onChange} anyText={anyText} />
}
