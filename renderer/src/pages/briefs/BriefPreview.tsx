// The saved brief as the core assembles it, shown as a plain document in its output language.
// Every text is rendered as text: markup typed into a brief stays visible as typed.
import { Card, Spinner, Text, Title3, tokens } from '@fluentui/react-components'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { BriefBlock, BriefDocument } from '../../../../electron/core/schema'
import { useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Facts } from '../../components/Facts'

const cellStyle = { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 6px', textAlign: 'start', verticalAlign: 'top' } as const

function BlockTable({ block }: { block: Extract<BriefBlock, { type: 'table' }> }) {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0)
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', overflowWrap: 'break-word', hyphens: 'auto', fontSize: tokens.fontSizeBase200 }}>
      <thead>
        <tr>
          {block.columns.map((c, i) => (
            <th key={i} scope="col" style={{ ...cellStyle, width: `${(100 * c.width) / total}%`, background: tokens.colorNeutralBackground3 }}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, r) => (
          <tr key={r} style={row.overdue ? { background: tokens.colorPaletteRedBackground1 } : undefined}>
            {row.cells.map((cell, c) => (
              <td key={c} style={{ ...cellStyle, whiteSpace: 'pre-wrap' }}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Block({ block }: { block: BriefBlock }) {
  switch (block.type) {
    case 'heading':
      return block.level === 2 ? <h5 style={{ fontSize: '1em', margin: '12px 0 4px' }}>{block.text}</h5> : <h6 style={{ fontSize: '0.95em', fontStyle: 'italic', margin: '8px 0 4px' }}>{block.text}</h6>
    case 'paragraph':
      return <p style={{ margin: '0 0 8px', whiteSpace: 'pre-wrap' }}>{block.text}</p>
    case 'bullets':
    case 'numbered': {
      const List = block.type === 'bullets' ? 'ul' : 'ol'
      return (
        <List style={{ margin: '0 0 8px', paddingInlineStart: 24 }}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </List>
      )
    }
    case 'facts':
      return <Facts facts={block.rows.map((r) => [r.label, r.value])} />
    case 'table':
      return <BlockTable block={block} />
  }
}

type Section = BriefDocument['sections'][number]

/** The contents on screen: the titles of the sections with text (page numbers come with the paged view). */
function Contents({ sections }: { sections: Section[] }) {
  return (
    <ol style={{ margin: 0, paddingInlineStart: 24 }}>
      {sections.map((s) => (
        <li key={s.id}>{s.title}</li>
      ))}
    </ol>
  )
}

/** What a section shows: its blocks; the cover and contents are drawn from the document itself. */
function SectionBody({ section, doc }: { section: Section; doc: BriefDocument }) {
  if (section.kind === 'cover') return <Facts facts={doc.cover.map((line) => [line.label, line.value])} />
  if (section.kind === 'contents') return <Contents sections={doc.sections.filter((s) => s.kind !== 'cover' && s.kind !== 'contents')} />
  return (
    <>
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </>
  )
}

/** A section is worth showing when it has blocks, or is the cover or contents (drawn from the rest). */
const shown = (s: Section, doc: BriefDocument) => s.blocks.length > 0 || (s.kind === 'cover' && doc.cover.length > 0) || s.kind === 'contents'

/** The assembled document: marking, title, then each section with its blocks, and the footer. */
function DocumentView({ doc }: { doc: BriefDocument }) {
  const { t } = useTranslation('briefs')
  const sections = doc.sections.filter((s) => shown(s, doc))
  return (
    <article lang={doc.language} aria-label={t('preview.label')} style={{ background: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, lineHeight: 1.45, display: 'flex', flexDirection: 'column', gap: 8 }}>
      {doc.marking && (
        <p data-marking style={{ margin: 0, textAlign: 'end', fontWeight: 600, fontSize: tokens.fontSizeBase200 }}>
          {doc.marking}
        </p>
      )}
      <h3 style={{ margin: '4px 0', fontSize: tokens.fontSizeBase500 }}>{doc.title}</h3>
      {sections.length === 0 && <Text as="p">{t('preview.empty')}</Text>}
      {sections.map((section) => (
        <section key={section.id} aria-label={section.title} style={{ borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: 8 }}>
          <h4 style={{ margin: '0 0 6px', fontSize: tokens.fontSizeBase400 }}>{section.title}</h4>
          <SectionBody section={section} doc={doc} />
        </section>
      ))}
      {doc.footer && <p style={{ margin: '8px 0 0', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 }}>{doc.footer}</p>}
    </article>
  )
}

export function BriefPreview({ id }: { id: string }) {
  const { t } = useTranslation('briefs')
  const headingId = useId()
  const assembled = useOp('assembleBrief', { id })
  return (
    <section aria-labelledby={headingId} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div>
        <Title3 as="h2" id={headingId} style={{ margin: 0 }}>
          {t('preview.title')}
        </Title3>
        <Text as="p" block size={200} style={{ margin: 0 }}>
          {t('preview.note')}
        </Text>
      </div>
      <Card style={{ padding: 24 }}>
        <ErrorMessage error={assembled.error} />
        {assembled.isPending && <Spinner label={t('app.loading')} />}
        {assembled.data && <DocumentView doc={assembled.data} />}
      </Card>
    </section>
  )
}
