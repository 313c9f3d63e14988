// A meeting's participants: a country or an organisation, its role and a note.
import { Field, Input, Select } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { ParticipantRole, type Participant } from '../../../../electron/core/schema'
import { CountryPicker, OrganisationPicker } from '../../components/pickers'
import { Cell, FieldRow, type FieldProps } from './parts/EditForm'
import { ListEditor } from './parts/ListEditor'

interface Props {
  value: Participant[]
  onChange: (value: Participant[]) => void
  /** The problem at a path under `participants`, if any. */
  field: (path: string) => FieldProps
}

const newParticipant = (): Participant => ({ countryId: null, organisationId: null, role: 'member', note: '' })

export function ParticipantsEditor({ value, onChange, field }: Props) {
  const { t } = useTranslation('meetings')
  return (
    <ListEditor
      items={value}
      onChange={onChange}
      newItem={newParticipant}
      itemLabel={(i) => t('meetings.participantN', { n: i + 1 })}
      addLabel={t('meetings.addParticipant')}
      // Participants carry no id and are not reordered: their place is their key.
      itemKey={(_p, i) => String(i)}
      itemIssue={(i) => field(`participants.${i}`).validationMessage}
      renderItem={(p, i, update) => (
        <FieldRow gap={8}>
          <Cell basis="250px">
            <CountryPicker label={t('meetings.participantCountry')} value={p.countryId} onChange={(id) => update({ ...p, countryId: id })} fieldProps={field(`participants.${i}.countryId`)} />
          </Cell>
          <Cell basis="250px">
            <OrganisationPicker
              label={t('meetings.participantOrganisation')}
              value={p.organisationId}
              onChange={(id) => update({ ...p, organisationId: id })}
              fieldProps={field(`participants.${i}.organisationId`)}
            />
          </Cell>
          <Cell basis="140px" grow={0}>
            <Field label={t('meetings.participantRole')} {...field(`participants.${i}.role`)}>
              <Select value={p.role} onChange={(_e, d) => update({ ...p, role: ParticipantRole.parse(d.value) })}>
                {ParticipantRole.options.map((role) => (
                  <option key={role} value={role}>
                    {t(`participantRole.${role}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </Cell>
          <Cell basis="250px">
            <Field label={t('meetings.participantNote')} {...field(`participants.${i}.note`)}>
              <Input value={p.note} onChange={(_e, d) => update({ ...p, note: d.value })} />
            </Field>
          </Cell>
        </FieldRow>
      )}
    />
  )
}
