// Briefing packs. Until one exists, the meetings it can be prepared for, each one click from a brief.
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Brief } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useOp } from '../../api/queries'
import { hrefOf } from '../../app/href'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useFormat } from '../../i18n/format'
import { LANGUAGE_NAMES } from '../../i18n/languageNames'
import { PageHeader } from '../meetings/parts/PageHeader'
import { NewBriefButton } from './NewBriefButton'
import { NewBriefDialog } from './NewBriefDialog'
import { briefPaths } from './paths'
import { useBriefName } from './useBriefName'

function BriefsTable({ briefs }: { briefs: Brief[] }) {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const lookups = useLookups()
  const name = useBriefName()
  return (
    <DataTable
      label={t('briefs.tableLabel')}
      rows={briefs}
      rowKey={(b) => b.id}
      columns={[
        { key: 'title', header: t('briefs.name'), render: (b) => <Link href={hrefOf(briefPaths.view(b.id))}>{name(b)}</Link> },
        { key: 'meeting', header: t('briefs.meeting'), render: (b) => { const m = lookups.meetings.get(b.meetingId); return m ? f.pick(m.title) : '' } },
        { key: 'date', header: t('briefs.date'), render: (b) => f.day(b.date) },
        { key: 'language', header: t('briefs.language'), render: (b) => <span lang={b.language}>{LANGUAGE_NAMES[b.language]}</span> },
        { key: 'version', header: t('briefs.version'), render: (b) => b.issued.length },
      ]}
    />
  )
}

const useStyles = makeStyles({
  meetings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  meeting: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
})

/** With no briefs yet: the meetings, newest first, each with "Prepare a brief". */
function MeetingsToPrepare() {
  const { t } = useTranslation('briefs')
  const styles = useStyles()
  const f = useFormat()
  const lookups = useLookups()
  const meetings = [...lookups.meetings.values()].sort((a, b) => b.startDate.localeCompare(a.startDate))
  return (
    <>
      <Text as="p">{meetings.length > 0 ? t('briefs.empty') : t('briefs.noMeetings')}</Text>
      <ul aria-label={t('briefs.meetingsLabel')} className={styles.meetings}>
        {meetings.map((m) => (
          <li key={m.id}>
            <div className={styles.meeting}>
              <span>
                {f.pick(m.title)} — {f.meetingDays(m)}
              </span>
              <NewBriefButton meetingId={m.id} size="small" label={t('briefs.prepare')} ariaLabel={t('briefs.prepareFor', { meeting: f.pick(m.title) })} />
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}

export function BriefsPage() {
  const { t } = useTranslation('briefs')
  const briefs = useOp('listBriefs', {})
  return (
    <>
      <PageHeader title={t('briefs.title')} actions={<NewBriefDialog />} />
      <ErrorMessage error={briefs.error} />
      {briefs.data && briefs.data.length > 0 && <BriefsTable briefs={briefs.data} />}
      {briefs.data && briefs.data.length === 0 && <MeetingsToPrepare />}
    </>
  )
}
