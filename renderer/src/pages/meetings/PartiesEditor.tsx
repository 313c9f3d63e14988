// A document's parties: each country, whether it signed, and its reservation if it made one.
import { Button, Checkbox, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import { PeopleAddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { DocumentInput, Party } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { CountryPicker } from '../../components/pickers'
import { Cell, FieldRow, type FieldProps } from './parts/EditForm'
import { partyWords } from './parts/partyWords'
import { ListEditor } from './parts/ListEditor'

interface Props {
  value: Party[]
  onChange: (value: Party[]) => void
  field: (path: string) => FieldProps
  /** The meeting the document was adopted at: its member countries can be added at once. */
  meetingId: string | null
  /** How the document was adopted: the checkbox says "signed", "approved" or "took note". */
  mode: DocumentInput['adoption']['mode']
}

const useStyles = makeStyles({
  // Level with the other fields, whose labels sit above them.
  signed: { marginTop: tokens.spacingVerticalXXL },
})

const newParty = (): Party => ({ countryId: '', signed: true, reservation: '' })

/** Adds the meeting's member countries that are not parties yet. */
function AddMeetingMembers({ meetingId, value, onChange }: Pick<Props, 'meetingId' | 'value' | 'onChange'>) {
  const { t } = useTranslation('meetings')
  const lookups = useLookups()
  const meeting = meetingId ? lookups.meetings.get(meetingId) : undefined
  const present = new Set(value.map((p) => p.countryId))
  const missing = (meeting?.participants ?? []).filter((p) => p.role === 'member' && p.countryId !== null && !present.has(p.countryId))
  if (missing.length === 0) return null
  return (
    <Button icon={<PeopleAddRegular />} onClick={() => onChange([...value, ...missing.map((p) => ({ ...newParty(), countryId: p.countryId ?? '' }))])}>
      {t('documents.addMeetingMembers', { n: missing.length })}
    </Button>
  )
}

export function PartiesEditor({ value, onChange, field, meetingId, mode }: Props) {
  const { t } = useTranslation('meetings')
  const styles = useStyles()
  return (
    <ListEditor
      items={value}
      onChange={onChange}
      newItem={newParty}
      itemLabel={(i) => t('documents.partyN', { n: i + 1 })}
      addLabel={t('documents.addParty')}
      itemKey={(_p, i) => String(i)}
      extraActions={<AddMeetingMembers meetingId={meetingId} value={value} onChange={onChange} />}
      renderItem={(p, i, update) => (
        <FieldRow gap={12}>
          <Cell basis="250px">
            <CountryPicker
              label={t('documents.partyCountry')}
              required
              value={p.countryId === '' ? null : p.countryId}
              onChange={(id) => update({ ...p, countryId: id ?? '' })}
              fieldProps={field(`parties.${i}.countryId`)}
            />
          </Cell>
          <Checkbox checked={p.signed} label={t(partyWords(mode).header)} onChange={(_e, d) => update({ ...p, signed: d.checked === true })} className={styles.signed} />
          <Cell basis="280px" grow={2}>
            <Field label={t('documents.reservation')} {...field(`parties.${i}.reservation`)}>
              <Textarea value={p.reservation} resize="vertical" rows={1} onChange={(_e, d) => update({ ...p, reservation: d.value })} />
            </Field>
          </Cell>
        </FieldRow>
      )}
    />
  )
}
