// Creating and editing a commitment: where it comes from, what it says, who owns it, by when.
import { Button, Combobox, Field, Input, makeStyles, mergeClasses, Option, Switch, Tag, TagGroup, Textarea, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { CommitmentInput, OwnerRole } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { EnumDropdown } from '../../components/EnumDropdown'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageLoading } from '../../components/PageLoading'
import { PageTitle } from '../../components/PageTitle'
import { CountriesPicker, DocumentPicker, OrganisationPicker } from '../../components/pickers'
import { RecordsPicker } from '../../components/pickers/RecordPicker'
import { useFieldsetStyles } from '../../forms/fieldsetStyles'
import { LocalTextField } from '../../forms/LocalTextField'
import { useRecordForm } from '../../forms/useRecordForm'
import { useFormat } from '../../i18n/format'
import { DeadlineEditor } from './DeadlineEditor'
import { toDraft } from './draft'
import { MilestonesField } from './MilestonesField'

type Draft = CommitmentInput

const useStyles = makeStyles({
  themes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalSNudge },
  owners: { gap: tokens.spacingVerticalSNudge },
  owner: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 17rem auto', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  addOwner: { alignSelf: 'start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '960px' },
  source: { display: 'grid', gridTemplateColumns: '2fr 1fr', gap: tokens.spacingHorizontalM },
  pairs: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
})

const blank = (documentId: string, today: string): Draft => ({
  documentId,
  clause: '',
  text: '',
  summary: { ru: '', en: '' },
  themes: [],
  owners: [],
  partnerCountryIds: [],
  deadline: { words: '', rule: { kind: 'year', year: Number(today.slice(0, 4)) } },
  completionForm: '',
  priority: false,
  relatedIds: [],
  milestones: [],
})

/** Themes as tags: pick one in use or type a new one and press Enter. */
function ThemesField({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const themes = useOp('listThemes', {})
  const [draft, setDraft] = useState('')
  const add = (theme: string) => {
    const clean = theme.trim()
    if (clean && !value.includes(clean)) onChange([...value, clean])
    setDraft('')
  }
  const suggestions = (themes.data ?? []).filter((th) => !value.includes(th) && th.toLowerCase().includes(draft.trim().toLowerCase()))
  return (
    <Field label={t('form.themes')} hint={t('form.themesHint')}>
      <div className={styles.themes}>
        {value.length > 0 && (
          <TagGroup aria-label={t('form.themes')} onDismiss={(_e, d) => onChange(value.filter((th) => th !== d.value))}>
            {value.map((th) => (
              <Tag key={th} value={th} dismissible dismissIcon={{ 'aria-label': t('form.removeTheme', { theme: th }) }}>
                {th}
              </Tag>
            ))}
          </TagGroup>
        )}
        <Combobox
          freeform
          expandIcon={{ 'aria-label': t('pickers.open', { ns: 'common' }) }}
          aria-label={t('form.addTheme')}
          value={draft}
          selectedOptions={[]}
          onChange={(e) => setDraft(e.target.value)}
          onOptionSelect={(_e, d) => d.optionValue && add(d.optionValue)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && draft.trim()) {
              e.preventDefault()
              add(draft)
            }
          }}
        >
          {suggestions.map((th) => (
            <Option key={th} value={th}>
              {th}
            </Option>
          ))}
        </Combobox>
      </div>
    </Field>
  )
}

function OwnersField({ value, onChange, field }: { value: Draft['owners']; onChange: (v: Draft['owners']) => void; field: (p: string) => object }) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const fieldset = useFieldsetStyles()
  const update = (i: number, patch: Partial<Draft['owners'][number]>) => onChange(value.map((o, j) => (j === i ? { ...o, ...patch } : o)))
  return (
    <fieldset className={mergeClasses(fieldset.bare, fieldset.column, styles.owners)}>
      <legend className={fieldset.legend}>{t('form.owners')}</legend>
      {value.map((o, i) => (
        <div key={i} className={styles.owner}>
          <OrganisationPicker label={t('form.ownerN', { n: i + 1 })} required value={o.organisationId || null} onChange={(id) => update(i, { organisationId: id ?? '' })} fieldProps={field(`owners.${i}.organisationId`)} />
          <Field label={t('form.role')}>
            <EnumDropdown values={OwnerRole.options} value={o.role} text={(r) => t(`role.${r}`)} onChange={(role) => update(i, { role })} />
          </Field>
          <Button icon={<DeleteRegular />} aria-label={t('form.removeOwner', { n: i + 1 })} onClick={() => onChange(value.filter((_x, j) => j !== i))} />
        </div>
      ))}
      <Button icon={<AddRegular />} appearance="subtle" className={styles.addOwner} onClick={() => onChange([...value, { organisationId: '', role: value.length === 0 ? 'lead' : 'co_executor' }])}>
        {t('form.addOwner')}
      </Button>
    </fieldset>
  )
}

function CommitmentForm({ initial, id, today }: { initial: Draft; id: string | null; today: string }) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const f = useFormat()
  const navigate = useNavigate()
  const create = useChange('createCommitment')
  const update = useChange('updateCommitment')
  const meetings = useOp('listMeetings', {})
  const documents = useOp('listDocuments', {})
  const all = useOp('queryCommitments', {})
  const form = useRecordForm(CommitmentInput, initial, async (input) => {
    const saved = id ? await update.mutateAsync({ id, input }) : await create.mutateAsync(input)
    navigate(`/commitments/${saved.id}`)
  })
  const v = form.value as Draft
  const document = documents.data?.find((doc) => doc.id === v.documentId)
  const related = useMemo(
    () => (all.data?.items ?? []).filter((c) => c.id !== id).map((c) => ({ id: c.id, text: `${c.clause} ${f.pick(c.summary) || c.excerpt}` })),
    [all.data, id, f],
  )

  return (
    <form
      // The app says what is wrong at each field, in the interface language (the browser would, in its own).
      noValidate
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault()
        void form.submit()
      }}
    >
      <div className={styles.source}>
        <DocumentPicker label={t('form.document')} required value={v.documentId || null} onChange={(id) => form.set('documentId', id ?? '')} fieldProps={form.field('documentId')} />
        <Field label={t('form.clause')} hint={t('form.clauseHint')} {...form.field('clause')}>
          <Input value={v.clause} onChange={(_e, d) => form.set('clause', d.value)} />
        </Field>
      </div>
      <Field label={t('form.text')} hint={t('form.textHint')} {...form.field('text')}>
        <Textarea value={v.text} rows={5} resize="vertical" onChange={(_e, d) => form.set('text', d.value)} />
      </Field>
      <LocalTextField label={t('form.summary')} value={v.summary} onChange={(s) => form.set('summary', s)} fieldProps={form.field('summary')} />
      <OwnersField value={v.owners} onChange={(o) => form.set('owners', o)} field={form.field} />
      <DeadlineEditor
        value={v.deadline}
        onChange={(d) => form.set('deadline', d)}
        meetings={meetings.data ?? []}
        today={today}
        setOn={document?.date ?? today}
        series={meetings.data?.find((m) => m.id === document?.meetingId)?.series}
        field={form.field}
      />
      <MilestonesField value={v.milestones} onChange={(m) => form.set('milestones', m)} field={form.field} />
      <div className={styles.pairs}>
        <CountriesPicker label={t('form.partners')} value={v.partnerCountryIds} onChange={(ids) => form.set('partnerCountryIds', ids)} fieldProps={form.field('partnerCountryIds')} />
        <ThemesField value={v.themes} onChange={(th) => form.set('themes', th)} />
        <Field label={t('form.completionForm')} hint={t('form.completionFormHint')} {...form.field('completionForm')}>
          <Input value={v.completionForm} onChange={(_e, d) => form.set('completionForm', d.value)} />
        </Field>
        <RecordsPicker label={t('form.related')} items={related} value={v.relatedIds} onChange={(ids) => form.set('relatedIds', ids)} fieldProps={form.field('relatedIds')} />
      </div>
      <Switch label={t('form.priority')} checked={v.priority} onChange={(_e, d) => form.set('priority', d.checked)} />
      <ErrorMessage error={form.error} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={form.saving}>
          {t('forms.save')}
        </Button>
        <Button onClick={() => navigate(-1)}>{t('forms.cancel')}</Button>
      </div>
    </form>
  )
}

export function CommitmentFormPage() {
  const { t } = useTranslation('commitments')
  const { id } = useParams()
  const [params] = useSearchParams()
  const status = useOp('getStatus', {})
  const existing = useOp('getCommitment', { id: id ?? '' }, { enabled: id !== undefined })
  const today = status.data?.today
  if (!today || (id && !existing.data)) return id && existing.error ? <ErrorMessage error={existing.error} /> : <PageLoading />
  const initial = id && existing.data ? toDraft(existing.data.commitment) : blank(params.get('documentId') ?? '', today)
  return (
    <>
      <PageTitle>{id ? t('form.editTitle') : t('form.newTitle')}</PageTitle>
      <CommitmentForm key={id ?? 'new'} initial={initial} id={id ?? null} today={today} />
    </>
  )
}
