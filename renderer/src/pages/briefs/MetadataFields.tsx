// A brief's details: what it is called, who it is for, its language, marking, authors and date,
// whether the cover lists the clearances, and which meeting's pack it carried items from.
// Switching the language carries a still-default title, marking and author over into the new
// language; in a bilingual pack each line has its translation under it, and a line counts them.
import { Field, Input, Switch, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { retitled, type DefaultNames } from '../../../../electron/core/briefs/labels'
import { MARKING_KEY, translationProgress } from '../../../../electron/core/briefs/translations'
import { INTERFACE_LANGUAGES, type BriefInput, type Meeting, type OutputLanguage } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { OutputLanguageRadio } from '../../components/OutputLanguageRadio'
import { Cell, DateField, FieldRow, type FormState } from '../meetings/parts/EditForm'
import { useOurOrganisationId } from '../registry/RecordBadges'
import { MarkingField } from './MarkingField'
import { ParallelText } from './ParallelTexts'

type Form = FormState<typeof BriefInput>
type TextKey = 'title' | 'principal' | 'preparedBy' | 'clearedBy'

/** A line of the brief's details, and in a bilingual pack its translation under it. */
function TextField({ form, name, label }: { form: Form; name: TextKey; label: string }) {
  return (
    <>
      <Field label={label} {...form.field(name)}>
        <Input value={form.value[name]} onChange={(_e, d) => form.set(name, d.value)} />
      </Field>
      <ParallelText textKey={name} label={label} />
    </>
  )
}

/** How much of what the user wrote the second column has in its own language; the rest it prints as written. */
function TranslationProgress({ form, language, names }: { form: Form; language: OutputLanguage; names: DefaultNames }) {
  const { t } = useTranslation('briefs')
  const { done, of } = translationProgress(form.value, language, names)
  return (
    <Text as="p" size={200}>
      {t('field.translated', { done, of })}
    </Text>
  )
}

export function MetadataFields({ form, meeting }: { form: Form; meeting: Meeting | undefined }) {
  const { t } = useTranslation('briefs')
  const ourId = useOurOrganisationId()
  const organisations = useOp('listOrganisations', {})
  const ours = organisations.data?.find((o) => o.id === ourId)
  const names = meeting && { meeting: meeting.title, ours: ours?.name ?? null }
  const setLanguage = (language: OutputLanguage) => {
    if (names) {
      const { title, marking, preparedBy } = retitled(form.value, names, form.value.language, language)
      form.set('title', title)
      form.set('marking', marking)
      form.set('preparedBy', preparedBy)
    }
    form.set('language', language)
    // A second language the same as the first would print the pack twice over.
    if (form.value.parallelLanguage === language) form.set('parallelLanguage', null)
  }
  return (
    <>
      <TextField form={form} name="title" label={t('field.title')} />
      <FieldRow>
        <Cell basis="240px">
          <TextField form={form} name="principal" label={t('field.principal')} />
        </Cell>
        <Cell basis="240px">
          <MarkingField value={form.value.marking} onChange={(v) => form.set('marking', v)} language={form.value.language} fieldProps={form.field('marking')} />
          <ParallelText textKey={MARKING_KEY} label={t('field.marking')} />
        </Cell>
      </FieldRow>
      <OutputLanguageRadio label={t('field.language')} value={form.value.language} onChange={setLanguage} />
      <OutputLanguageRadio
        label={t('field.parallelLanguage')}
        none={t('field.parallelNone')}
        languages={INTERFACE_LANGUAGES.filter((l) => l !== form.value.language)}
        value={form.value.parallelLanguage}
        onChange={(language: OutputLanguage | null) => form.set('parallelLanguage', language)}
      />
      {form.value.parallelLanguage !== null && names && <TranslationProgress form={form} language={form.value.parallelLanguage} names={names} />}
      <FieldRow>
        <Cell basis="200px">
          <TextField form={form} name="preparedBy" label={t('field.preparedBy')} />
        </Cell>
        <Cell basis="200px">
          <TextField form={form} name="clearedBy" label={t('field.clearedBy')} />
        </Cell>
        <Cell basis="160px" grow={0}>
          <DateField label={t('field.date')} required value={form.value.date} onChange={(v) => form.set('date', v ?? '')} fieldProps={form.field('date')} />
        </Cell>
      </FieldRow>
      <Switch label={t('field.coverClearance')} checked={form.value.coverClearance} onChange={(_e, d) => form.set('coverClearance', d.checked)} />
      {form.value.carriedFrom !== '' && <Text as="p">{t('field.carriedFrom', { meeting: form.value.carriedFrom })}</Text>}
    </>
  )
}
