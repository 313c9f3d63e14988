// The brief's sections in order: each one switched on or off, moved, retitled, meant for an
// audience, cleared and filled in. The focus follows a moved section's button, so reordering
// works from the keyboard alone.
import { Button, Card, Field, Input, makeStyles, mergeClasses, Switch, Title3, tokens } from '@fluentui/react-components'
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { keepClearances } from '../../../../electron/core/briefs/clearance'
import { briefLabels } from '../../../../electron/core/briefs/labels'
import { textKey } from '../../../../electron/core/briefs/translations'
import type { BriefSection, Meeting, OutputLanguage } from '../../../../electron/core/schema'
import type { FieldProps } from '../meetings/parts/EditForm'
import { AudienceField } from './AudienceField'
import { ClearanceField } from './ClearanceField'
import { ParallelText } from './ParallelTexts'
import { SectionFields } from './SectionFields'

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  off: { opacity: 0.75 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  state: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', flexWrap: 'wrap' },
})

/** The cover and the contents go into every edition and need no clearance. */
const structural = (kind: BriefSection['kind']) => kind === 'cover' || kind === 'contents'

interface CardProps {
  section: BriefSection
  index: number
  count: number
  onChange: (next: BriefSection) => void
  onMove: (by: -1 | 1) => void
  field: (path: string) => FieldProps
  meeting: Meeting | undefined
  /** The brief's output language: an empty heading prints as that language's usual one. */
  language: OutputLanguage
  clearedBy: string
}

function SectionCard({ section, index, count, onChange, onMove, field, meeting, language, clearedBy }: CardProps) {
  const { t } = useTranslation('briefs')
  const styles = useStyles()
  const headingId = useId()
  const usual = t(`kind.${section.kind}`)
  const name = section.title.trim() || usual
  // Edited text is no longer what was cleared: the section is a draft again, as the core will say.
  const change = (next: BriefSection) => onChange(keepClearances([section], [next])[0]!)
  return (
    <Card data-section={section.id} aria-labelledby={headingId} role="region" className={mergeClasses(!section.enabled && styles.off)}>
      <div className={styles.head}>
        <Title3 as="h3" id={headingId} className={styles.title}>
          {name}
        </Title3>
        <Switch label={t('field.included')} aria-label={t('section.included', { section: name })} checked={section.enabled} onChange={(_e, d) => change({ ...section, enabled: d.checked })} />
        <Button data-move="up" appearance="subtle" icon={<ArrowUpRegular />} aria-label={t('section.moveUp', { section: name })} title={t('section.moveUp', { section: name })} disabled={index === 0} onClick={() => onMove(-1)} />
        <Button data-move="down" appearance="subtle" icon={<ArrowDownRegular />} aria-label={t('section.moveDown', { section: name })} title={t('section.moveDown', { section: name })} disabled={index === count - 1} onClick={() => onMove(1)} />
      </div>
      {/* A switched-off section keeps what was written in it, out of the way until switched on. */}
      {section.enabled && (
        <>
          <Field label={t('field.sectionTitle')} hint={t('field.sectionTitleHint')} {...field('title')}>
            <Input value={section.title} placeholder={briefLabels[language].sections[section.kind]} onChange={(_e, d) => change({ ...section, title: d.value })} />
          </Field>
          <ParallelText textKey={textKey(section.id, 'title')} label={t('field.sectionTitle')} placeholder={(l) => briefLabels[l].sections[section.kind]} />
          {!structural(section.kind) && (
            <div className={styles.state}>
              <AudienceField label={t('section.audience')} value={section.audience} onChange={(audience) => change({ ...section, audience: audience ?? section.audience })} />
              <ClearanceField section={name} value={section.clearance} suggestedBy={clearedBy} onChange={(clearance) => change({ ...section, clearance })} />
            </div>
          )}
          <SectionFields section={section} onChange={change} field={field} meeting={meeting} />
        </>
      )}
    </Card>
  )
}

interface Props {
  sections: BriefSection[]
  onChange: (sections: BriefSection[]) => void
  /** Field props for a path under `sections.<index>`. */
  field: (index: number, path: string) => FieldProps
  meeting: Meeting | undefined
  language: OutputLanguage
  /** The brief's "cleared by": what a clearance suggests. */
  clearedBy: string
}

export function SectionsList({ sections, onChange, field, meeting, language, clearedBy }: Props) {
  const styles = useStyles()
  const ref = useRef<HTMLDivElement>(null)
  const pendingFocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null)
  useEffect(() => {
    const focus = pendingFocus.current
    if (!focus) return
    pendingFocus.current = null
    const card = `[data-section="${focus.id}"]`
    // The same arrow, or the other one once the section reached the end of the list.
    const button = ref.current?.querySelector<HTMLElement>(`${card} [data-move="${focus.direction}"]:not(:disabled)`) ?? ref.current?.querySelector<HTMLElement>(`${card} [data-move]:not(:disabled)`)
    button?.focus()
  })

  const move = (index: number, by: -1 | 1) => {
    const next = [...sections]
    const [moved] = next.splice(index, 1)
    if (!moved) return
    next.splice(index + by, 0, moved)
    pendingFocus.current = { id: moved.id, direction: by < 0 ? 'up' : 'down' }
    onChange(next)
  }
  return (
    <div ref={ref} className={styles.list}>
      {sections.map((section, index) => (
        <SectionCard
          key={section.id}
          section={section}
          index={index}
          count={sections.length}
          onChange={(next) => onChange(sections.map((s, i) => (i === index ? next : s)))}
          onMove={(by) => move(index, by)}
          field={(path) => field(index, path)}
          meeting={meeting}
          language={language}
          clearedBy={clearedBy}
        />
      ))}
    </div>
  )
}
