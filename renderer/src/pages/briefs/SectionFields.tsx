// Each kind of section's own fields. Generated sections (cover, contents, programme) have none:
// they come from the registry. Lists of single items (commitments, counterparts) can mark some
// of them for a narrower audience than their section.
import { Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { AUDIENCES } from '../../../../electron/core/briefs/audience'
import { agendaEntry } from '../../../../electron/core/briefs/defaults'
import { textKey } from '../../../../electron/core/briefs/translations'
import { useOp } from '../../api/queries'
import { MultiDropdown } from '../../components/MultiDropdown'
import { StatusesDropdown } from '../../components/StatusesDropdown'
import type { Audience, BriefSection, CommitmentStatus, Meeting } from '../../../../electron/core/schema'
import { CountriesPicker, MeetingsPicker, PeoplePicker, useDocumentItems, usePersonItems } from '../../components/pickers'
import { RecordsPicker, type PickerItem } from '../../components/pickers/RecordPicker'
import { useFormat } from '../../i18n/format'
import type { FieldProps } from '../meetings/parts/EditForm'
import { TalkingPointsField } from './TalkingPointsField'
import { TextBox } from './TextBox'

const useStyles = makeStyles({
  agendaItem: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  agendaTitle: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  days: { maxWidth: '140px' },
})

type Of<K extends BriefSection['kind']> = Extract<BriefSection, { kind: K }>
interface Props<K extends BriefSection['kind']> {
  section: Of<K>
  onChange: (next: Of<K>) => void
  /** Field props for a path inside this section ("objectives", "items.0.objective"). */
  field: (path: string) => FieldProps
}

/** The steering brief's parts in print order: free text, or talking points one by one. */
const STEERING_FIELDS = [
  ['objectives', 'text'],
  ['keyMessages', 'points'],
  ['positionsOfOthers', 'text'],
  ['defensiveLines', 'points'],
  ['pressLine', 'text'],
] as const

function SteeringFields({ section, onChange, field }: Props<'steering'>) {
  const { t } = useTranslation('briefs')
  return (
    <>
      {STEERING_FIELDS.map(([key, kind]) =>
        kind === 'points' ? (
          <TalkingPointsField key={key} label={t(`field.${key}`)} points={section[key]} onChange={(points) => onChange({ ...section, [key]: points })} sectionId={section.id} />
        ) : (
          <TextBox
            key={key}
            label={t(`field.${key}`)}
            hint={key === 'objectives' ? t('field.textHint') : undefined}
            value={section[key]}
            onChange={(v) => onChange({ ...section, [key]: v })}
            textKey={textKey(section.id, key)}
            fieldProps={field(key)}
          />
        ),
      )}
    </>
  )
}

/** One group per agenda item of the meeting; an item gets its entry when first written in. */
function AgendaItemsFields({ section, onChange, field, meeting }: Props<'agenda_items'> & { meeting: Meeting | undefined }) {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const styles = useStyles()
  const agenda = meeting?.agenda ?? []
  if (agenda.length === 0) return <Text as="p">{t('field.agendaEmpty')}</Text>
  return (
    <>
      {agenda.map((item, n) => {
        const index = section.items.findIndex((e) => e.agendaItemId === item.id)
        const entry = section.items[index] ?? agendaEntry(item.id)
        const update = (next: typeof entry) => onChange({ ...section, items: index < 0 ? [...section.items, next] : section.items.map((e, i) => (i === index ? next : e)) })
        const title = `${n + 1}. ${f.pick(item.title)}`
        const text = (key: 'objective' | 'background') => (
          <TextBox
            rows={2}
            label={t(`field.${key}`)}
            value={entry[key]}
            onChange={(v) => update({ ...entry, [key]: v })}
            textKey={textKey(section.id, item.id, key)}
            fieldProps={index < 0 ? {} : field(`items.${index}.${key}`)}
          />
        )
        return (
          <fieldset key={item.id} className={styles.agendaItem}>
            <legend className={styles.agendaTitle}>{title}</legend>
            {text('objective')}
            <TalkingPointsField label={t('field.pointsToMakeOf', { item: title })} points={entry.pointsToMake} onChange={(pointsToMake) => update({ ...entry, pointsToMake })} sectionId={section.id} />
            {text('background')}
          </fieldset>
        )
      })}
    </>
  )
}

function StatusesField({ value, onChange }: { value: CommitmentStatus[]; onChange: (value: CommitmentStatus[]) => void }) {
  const { t } = useTranslation('briefs')
  return (
    <Field label={t('field.statuses')}>
      <StatusesDropdown value={value} onChange={onChange} anyText={t('field.statusesAll')} />
    </Field>
  )
}

/**
 * The single records of a list meant for a narrower audience than their section: one picker per
 * such audience ("for the principal only: …"), among `items`.
 */
function AudienceMarks({ section, items, marks, onChange, what }: { section: BriefSection; items: PickerItem[]; marks: Record<string, Audience>; onChange: (marks: Record<string, Audience>) => void; what: string }) {
  const { t } = useTranslation('briefs')
  const narrower = AUDIENCES.slice(0, AUDIENCES.indexOf(section.audience))
  return (
    <>
      {narrower.map((audience) => (
        <RecordsPicker
          key={audience}
          label={t('marks.only', { audience: t(`audience.${audience}`), what })}
          items={items.filter((i) => marks[i.id] === undefined || marks[i.id] === audience)}
          value={Object.keys(marks).filter((id) => marks[id] === audience)}
          onChange={(ids) => onChange({ ...Object.fromEntries(Object.entries(marks).filter(([, a]) => a !== audience)), ...Object.fromEntries(ids.map((id) => [id, audience])) })}
        />
      ))}
    </>
  )
}

/** Every commitment, as a picker names it: its clause and summary. */
function useCommitmentItems(): PickerItem[] {
  const f = useFormat()
  const all = useOp('queryCommitments', {})
  return useMemo(() => (all.data?.items ?? []).map((c) => ({ id: c.id, text: `${c.clause} ${f.pick(c.summary) || c.excerpt}`.trim() })), [all.data, f])
}

function AnnexFields({ section, onChange }: Props<'commitments_annex'>) {
  const { t } = useTranslation('briefs')
  const documents = useDocumentItems()
  const commitments = useCommitmentItems()
  const themes = useOp('listThemes', {})
  const filter = section.filter
  const setFilter = (next: Partial<typeof filter>) => onChange({ ...section, filter: { ...filter, ...next } })
  return (
    <>
      <Field label={t('field.ownership')}>
        <RadioGroup layout="horizontal" value={filter.ownership} onChange={(_e, d) => setFilter({ ownership: d.value as typeof filter.ownership })}>
          <Radio value="ours" label={t('field.ownershipOurs')} />
          <Radio value="any" label={t('field.ownershipAny')} />
        </RadioGroup>
      </Field>
      <RecordsPicker label={t('field.documents')} items={documents} value={filter.documentIds} onChange={(ids) => setFilter({ documentIds: ids })} />
      <MeetingsPicker label={t('field.meetings')} value={filter.meetingIds} onChange={(ids) => setFilter({ meetingIds: ids })} />
      <CountriesPicker label={t('field.partnerCountries')} value={filter.partnerCountryIds} onChange={(ids) => setFilter({ partnerCountryIds: ids })} />
      <Field label={t('field.themes')}>
        <MultiDropdown options={(themes.data ?? []).map((theme) => ({ value: theme, label: theme }))} value={filter.themes} onChange={(chosen) => setFilter({ themes: chosen })} anyText={t('field.themesAll')} />
      </Field>
      <StatusesField value={filter.statuses} onChange={(statuses) => setFilter({ statuses })} />
      <Field label={t('field.show')}>
        <RadioGroup layout="horizontal" value={section.show} onChange={(_e, d) => onChange({ ...section, show: d.value as typeof section.show })}>
          <Radio value="summary" label={t('field.showSummary')} />
          <Radio value="text" label={t('field.showText')} />
        </RadioGroup>
      </Field>
      {section.carried.length > 0 && <RecordsPicker label={t('field.carried')} items={commitments} value={section.carried} onChange={(carried) => onChange({ ...section, carried })} />}
      <AudienceMarks section={section} items={commitments} marks={section.audiences} onChange={(audiences) => onChange({ ...section, audiences })} what={t('marks.commitments')} />
    </>
  )
}

function CounterpartsFields({ section, onChange }: Omit<Props<'counterparts'>, 'field'>) {
  const { t } = useTranslation('briefs')
  const people = usePersonItems()
  const chosen = people.filter((p) => section.personIds.includes(p.id))
  return (
    <>
      <PeoplePicker label={t('field.people')} value={section.personIds} onChange={(ids) => onChange({ ...section, personIds: ids, audiences: Object.fromEntries(Object.entries(section.audiences).filter(([id]) => ids.includes(id))) })} />
      {chosen.length > 0 && <AudienceMarks section={section} items={chosen} marks={section.audiences} onChange={(audiences) => onChange({ ...section, audiences })} what={t('marks.people')} />}
    </>
  )
}

function DeadlinesFields({ section, onChange, field }: Props<'upcoming_deadlines'>) {
  const { t } = useTranslation('briefs')
  const styles = useStyles()
  return (
    <Field label={t('field.daysAfterMeeting')} {...field('daysAfterMeeting')}>
      <Input type="number" min={0} max={3650} className={styles.days} value={String(section.daysAfterMeeting)} onChange={(_e, d) => onChange({ ...section, daysAfterMeeting: d.value === '' ? 0 : Number(d.value) })} />
    </Field>
  )
}

/** The fields of one section, by its kind. */
export function SectionFields({ section, onChange, field, meeting }: { section: BriefSection; onChange: (next: BriefSection) => void; field: (path: string) => FieldProps; meeting: Meeting | undefined }) {
  const { t } = useTranslation('briefs')
  switch (section.kind) {
    case 'steering':
      return <SteeringFields section={section} onChange={onChange} field={field} />
    case 'agenda_items':
      return <AgendaItemsFields section={section} onChange={onChange} field={field} meeting={meeting} />
    case 'commitments_annex':
      return <AnnexFields section={section} onChange={onChange} field={field} />
    case 'upcoming_deadlines':
      return <DeadlinesFields section={section} onChange={onChange} field={field} />
    case 'country_notes':
      return <CountriesPicker label={t('field.countries')} placeholder={t('field.countriesHint')} value={section.countryIds} onChange={(ids) => onChange({ ...section, countryIds: ids })} />
    case 'counterparts':
      return <CounterpartsFields section={section} onChange={onChange} />
    case 'logistics':
      return <TextBox label={t('field.body')} value={section.body} onChange={(body) => onChange({ ...section, body })} textKey={textKey(section.id, 'body')} fieldProps={field('body')} />
    case 'annexes':
      return <AnnexDocuments section={section} onChange={onChange} />
    case 'addendum':
      return (
        <Text as="p" size={200}>
          {t('field.addendumHint')}
        </Text>
      )
    default:
      return (
        <Text as="p" size={200}>
          {t('field.generated')}
        </Text>
      )
  }
}

function AnnexDocuments({ section, onChange }: Omit<Props<'annexes'>, 'field'>) {
  const { t } = useTranslation('briefs')
  return <RecordsPicker label={t('field.annexDocuments')} items={useDocumentItems()} value={section.documentIds} onChange={(ids) => onChange({ ...section, documentIds: ids })} />
}
