// A record page's list of records that belong to it (an organisation's people, a country's
// organisations), with a way to add one already linked.
import { Button, Link, makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { SampleBadge } from '../../components/Badges'
import { useFormat } from '../../i18n/format'
import { registryPaths, type RegistryKind } from './paths'
import { hrefOf } from '../../app/href'

export interface RelatedItem {
  id: string
  name: { ru: string; en: string }
  sample?: boolean | undefined
  /** Shown after the name: a position, a short name. */
  detail?: string
}

/** An organisation as a related item: its short name after the name, when it has a different one. */
export function organisationItem(o: RelatedItem & { shortName: { ru: string; en: string } }, pick: (text: { ru: string; en: string }) => string): RelatedItem {
  const short = pick(o.shortName)
  return { id: o.id, name: o.name, sample: o.sample, ...(short && short !== pick(o.name) ? { detail: short } : {}) }
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  empty: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
})

interface Props {
  id: string
  title: string
  kind: RegistryKind
  items: RelatedItem[]
  add?: { label: string; prefill: Record<string, string | null> }
}

export function RelatedRecords({ id, title, kind, items, add }: Props) {
  const { t } = useTranslation('registry')
  const styles = useStyles()
  const f = useFormat()
  const navigate = useNavigate()
  const headingId = `related-${id}`
  const sorted = [...items].sort((a, b) => f.order(f.pick(a.name), f.pick(b.name)))
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle1 as="h2" id={headingId}>
        {title}
      </Subtitle1>
      {sorted.length === 0 ? (
        <Text as="p" className={styles.empty}>
          {t('organisations.empty')}
        </Text>
      ) : (
        <ul aria-labelledby={headingId} className={styles.list}>
          {sorted.map((item) => (
            <li key={item.id}>
              <Link href={hrefOf(registryPaths.record(kind, item.id))}>{f.pick(item.name)}</Link>
              {item.detail && <Text> — {item.detail}</Text>}
              <SampleBadge sample={item.sample} />
            </li>
          ))}
        </ul>
      )}
      {add && (
        <Button size="small" icon={<AddRegular />} onClick={() => void navigate(registryPaths.create(kind, add.prefill))}>
          {add.label}
        </Button>
      )}
    </section>
  )
}
