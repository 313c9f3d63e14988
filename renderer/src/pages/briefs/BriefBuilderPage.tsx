// The brief builder: details and sections on the left, the saved brief's preview beside them
// (below them on a narrow window). One Save for the whole brief.
import { makeStyles } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { BriefInput, type Brief } from '../../../../electron/core/schema'
import { useChange, useOp } from '../../api/queries'
import { DeleteButton } from '../../components/DeleteButton'
import { EditForm } from '../meetings/parts/EditForm'
import { PageHeader } from '../meetings/parts/PageHeader'
import { RecordGate } from '../meetings/parts/RecordGate'
import { Section } from '../meetings/parts/Section'
import { BriefOutputs } from './BriefOutputs'
import { MetadataFields } from './MetadataFields'
import { ParallelTextsProvider, parallelTextsOf } from './ParallelTexts'
import { briefPaths } from './paths'
import { SectionsList } from './SectionsList'
import { useBriefName } from './useBriefName'

// Side by side on a wide window, the preview kept in view (scrolling on its own) while the form
// scrolls; one above the other on a narrow one.
const WIDE = '@media (min-width: 1200px)'
const useStyles = makeStyles({
  layout: { display: 'grid', gap: '24px', alignItems: 'start', gridTemplateColumns: 'minmax(0, 1fr)', [WIDE]: { gridTemplateColumns: 'minmax(420px, 1fr) minmax(460px, 1.25fr)' } },
  form: { minWidth: 0 },
  preview: { minWidth: 0, [WIDE]: { position: 'sticky', top: 0, maxHeight: 'calc(100vh - 32px)', overflowY: 'auto' } },
})

/** The stored record's editable part. */
const inputOf = ({ meetingId, title, principal, language, parallelLanguage, translations, marking, preparedBy, clearedBy, date, sections, coverClearance, carriedFrom }: Brief): BriefInput => ({
  meetingId,
  title,
  principal,
  language,
  parallelLanguage,
  translations,
  marking,
  preparedBy,
  clearedBy,
  date,
  sections,
  coverClearance,
  carriedFrom,
})

function BriefForm({ brief }: { brief: Brief }) {
  const { t } = useTranslation('briefs')
  const navigate = useNavigate()
  const update = useChange('updateBrief')
  const meetings = useOp('listMeetings', {})
  const meeting = meetings.data?.find((m) => m.id === brief.meetingId)
  return (
    <EditForm schema={BriefInput} initial={inputOf(brief)} save={(input) => update.mutateAsync({ id: brief.id, input })} label={t('briefs.builderLabel')} onCancel={() => void navigate(briefPaths.list)}>
      {(form) => (
        <ParallelTextsProvider value={parallelTextsOf(form)}>
          <Section title={t('briefs.details')}>
            <MetadataFields form={form} meeting={meeting} />
          </Section>
          <Section title={t('briefs.sections')}>
            <SectionsList
              sections={form.value.sections}
              onChange={(sections) => form.set('sections', sections)}
              field={(index, path) => form.field(`sections.${index}.${path}`)}
              meeting={meeting}
              language={form.value.language}
              clearedBy={form.value.clearedBy}
            />
          </Section>
        </ParallelTextsProvider>
      )}
    </EditForm>
  )
}

function BriefBuilder({ brief }: { brief: Brief }) {
  const { t } = useTranslation('briefs')
  const navigate = useNavigate()
  const remove = useChange('deleteBrief')
  const name = useBriefName()(brief)
  const styles = useStyles()
  return (
    <>
      <PageHeader
        title={name}
        back={{ to: briefPaths.list, label: t('briefs.backToList') }}
        actions={
          <DeleteButton
            question={t('briefs.deleteQuestion')}
            consequence={t('briefs.deleteConsequence', { title: name })}
            remove={() => remove.mutateAsync({ id: brief.id })}
            onDeleted={() => void navigate(briefPaths.list, { replace: true })}
          />
        }
      />
      <div className={styles.layout}>
        <div className={styles.form}>
          <BriefForm brief={brief} />
        </div>
        <div className={styles.preview}>
          <BriefOutputs brief={brief} />
        </div>
      </div>
    </>
  )
}

export function BriefBuilderPage() {
  const { t } = useTranslation('briefs')
  const { id } = useParams()
  const briefs = useOp('listBriefs', {})
  return (
    <RecordGate list={briefs} id={id} notFound={t('briefs.notFound')} back={{ to: briefPaths.list, label: t('briefs.backToList') }}>
      {(brief) => <BriefBuilder key={brief.id} brief={brief} />}
    </RecordGate>
  )
}
