// "New brief" for one meeting: creates the brief in the interface language and opens the builder.
import { Button } from '@fluentui/react-components'
import { DocumentAddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { useCreateBrief } from './useCreateBrief'

interface Props {
  meetingId: string
  /** The button's text; "New brief" unless the context needs more (a list of meetings). */
  label?: string
  /** The accessible name, when several such buttons share one text. */
  ariaLabel?: string
  size?: 'small' | 'medium'
}

export function NewBriefButton({ meetingId, label, ariaLabel, size }: Props) {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const create = useCreateBrief()
  return (
    <>
      <Button size={size} icon={<DocumentAddRegular />} aria-label={ariaLabel} disabled={create.isPending} onClick={() => void create.start({ meetingId, language: f.ui }).catch(() => undefined)}>
        {label ?? t('briefs.new')}
      </Button>
      <ErrorMessage error={create.error} />
    </>
  )
}
