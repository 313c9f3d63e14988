// The brief's sections in order: each one switched on or off, moved, retitled and filled in.
// The focus follows a moved section's button, so reordering works from the keyboard alone.
import { Button, Card, Field, Input, Switch, Title3, tokens } from '@fluentui/react-components'
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { briefLabels } from '../../../../electron/core/briefs/labels'
import type { BriefSection, Language, Meeting } from '../../../../electron/core/schema'
import type { FieldProps } from '../meetings/parts/EditForm'
import { SectionFields } from './SectionFields'

interface CardProps {
  section: BriefSection
  index: number
  count: number
  onChange: (next: BriefSection) => void
  onMove: (by: -1 | 1) => void
  field: (path: string) => FieldProps
  meeting: Meeting | undefined
  /** The brief's output language: an empty heading prints as that language's usual one. */
  language: Language
}

function SectionCard({ section, index, count, onChange, onMove, field, meeting, language }: CardProps) {
  const { t } = useTranslation('briefs')
  const headingId = useId()
  const usual = t(`kind.${section.kind}`)
  const name = section.title.trim() || usual
  return (
    <Card data-section={section.id} aria-labelledby={headingId} role="region" style={{ opacity: section.enabled ? 1 : 0.75 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Title3 as="h3" id={headingId} style={{ margin: 0, flex: 1, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 }}>
          {name}
        </Title3>
        <Switch label={t('field.included')} aria-label={t('section.included', { section: name })} checked={section.enabled} onChange={(_e, d) => onChange({ ...section, enabled: d.checked })} />
        <Button data-move="up" appearance="subtle" icon={<ArrowUpRegular />} aria-label={t('section.moveUp', { section: name })} title={t('section.moveUp', { section: name })} disabled={index === 0} onClick={() => onMove(-1)} />
        <Button data-move="down" appearance="subtle" icon={<ArrowDownRegular />} aria-label={t('section.moveDown', { section: name })} title={t('section.moveDown', { section: name })} disabled={index === count - 1} onClick={() => onMove(1)} />
      </div>
      {/* A switched-off section keeps what was written in it, out of the way until switched on. */}
      {section.enabled && (
        <>
          <Field label={t('field.sectionTitle')} hint={t('field.sectionTitleHint')} {...field('title')}>
            <Input value={section.title} placeholder={briefLabels[language].sections[section.kind]} onChange={(_e, d) => onChange({ ...section, title: d.value })} />
          </Field>
          <SectionFields section={section} onChange={onChange} field={field} meeting={meeting} />
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
  language: Language
}

export function SectionsList({ sections, onChange, field, meeting, language }: Props) {
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
    <div ref={ref} style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
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
        />
      ))}
    </div>
  )
}
