// A meeting's fields: series and number, title, dates, venue, chair, status, participants, agenda.
import { Field, Input, makeStyles, Radio, RadioGroup } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { MeetingInput, MeetingStatus } from '../../../../electron/core/schema'
import { CountryPicker } from '../../components/pickers'
import { LocalTextField } from '../../forms/LocalTextField'
import { AgendaEditor } from './AgendaEditor'
import { MeetingDatesFields } from './MeetingDatesFields'
import { ParticipantsEditor } from './ParticipantsEditor'
import { SeriesSuggestions } from './SeriesSuggestions'
import { EditForm, FieldRow, fieldUnder } from './parts/EditForm'
import { Section } from './parts/Section'

export const emptyMeeting = (): MeetingInput => ({
  series: { ru: '', en: '' },
  number: null,
  title: { ru: '', en: '' },
  startDate: '',
  endDate: '',
  venue: { ru: '', en: '' },
  chairCountryId: null,
  participants: [],
  agenda: [],
  status: 'planned',
  datePrecision: 'day',
  summitDate: null,
})

const useStyles = makeStyles({
  series: { flex: '1 1 420px' },
  number: { width: '120px' },
  chair: { maxWidth: '420px' },
})

/** An empty number field is no number; anything else is checked by the schema. */
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text))

interface Props {
  label: string
  initial: MeetingInput
  save: (input: MeetingInput) => Promise<unknown>
  onCancel: () => void
}

export function MeetingForm({ label, initial, save, onCancel }: Props) {
  const { t } = useTranslation('meetings')
  const styles = useStyles()
  return (
    <EditForm schema={MeetingInput} initial={initial} save={save} label={label} onCancel={onCancel}>
      {(form) => {
        const m = form.value
        return (
          <>
            <FieldRow>
              <div className={styles.series}>
                <LocalTextField label={t('meetings.series')} required value={m.series} onChange={(v) => form.set('series', v)} fieldProps={fieldUnder(form, 'series')} />
                <SeriesSuggestions series={m.series} number={m.number} onChoose={(series, number) => form.setValue((prev) => ({ ...prev, series, number }))} />
              </div>
              <Field label={t('meetings.numberLabel')} hint={t('meetings.numberHint')} {...form.field('number')}>
                <Input type="number" min={1} step={1} value={m.number === null ? '' : String(m.number)} onChange={(_e, d) => form.set('number', numberOrNull(d.value))} className={styles.number} />
              </Field>
            </FieldRow>
            <LocalTextField label={t('meetings.name')} required value={m.title} onChange={(v) => form.set('title', v)} fieldProps={fieldUnder(form, 'title')} />
            <FieldRow>
              <Field label={t('meetings.status')} {...form.field('status')}>
                <RadioGroup
                  layout="horizontal"
                  value={m.status}
                  // A held meeting has its exact days.
                  onChange={(_e, d) => form.setValue((prev) => ({ ...prev, status: MeetingStatus.parse(d.value), ...(d.value === 'held' && prev.datePrecision !== 'day' ? { datePrecision: 'day' } : {}) }))}
                >
                  {MeetingStatus.options.map((s) => (
                    <Radio key={s} value={s} label={t(`meetingStatus.${s}`)} />
                  ))}
                </RadioGroup>
              </Field>
            </FieldRow>
            <MeetingDatesFields form={form} />
            <LocalTextField label={t('meetings.venue')} value={m.venue} onChange={(v) => form.set('venue', v)} fieldProps={fieldUnder(form, 'venue')} />
            <div className={styles.chair}>
              <CountryPicker label={t('meetings.chair')} value={m.chairCountryId} onChange={(id) => form.set('chairCountryId', id)} fieldProps={form.field('chairCountryId')} />
            </div>
            <Section title={t('meetings.participants')}>
              <ParticipantsEditor value={m.participants} onChange={(v) => form.set('participants', v)} field={form.field} />
            </Section>
            <Section title={t('meetings.agenda')}>
              <AgendaEditor value={m.agenda} onChange={(v) => form.set('agenda', v)} field={form.field} fieldUnder={(path) => fieldUnder(form, path)} />
            </Section>
          </>
        )
      }}
    </EditForm>
  )
}
