// What the three registry lists share: the filter box (kept in the URL so Back returns to the
// same view), the "new record" button, links to records, and the empty / no-match line.
import { Button, Field, Link, makeStyles, SearchBox, Text, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { registryPaths, type RegistryKind } from './paths'
import { hrefOf } from '../../app/href'

export function useListFilter(): [string, (query: string) => void] {
  const [params, setParams] = useSearchParams()
  const set = (query: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (query) next.set('q', query)
        else next.delete('q')
        return next
      },
      // Typing is not a step the Back button should walk through.
      { replace: true },
    )
  return [params.get('q') ?? '', set]
}

const useToolbarStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  filter: { minWidth: '320px' },
})

interface ToolbarProps {
  filterLabel: string
  query: string
  onQuery: (query: string) => void
  newLabel: string
  kind: RegistryKind
}

export function ListToolbar({ filterLabel, query, onQuery, newLabel, kind }: ToolbarProps) {
  const { t } = useTranslation()
  const styles = useToolbarStyles()
  const navigate = useNavigate()
  return (
    <div className={styles.toolbar}>
      <Field label={filterLabel} className={styles.filter}>
        <SearchBox value={query} onChange={(_e, d) => onQuery(d.value)} dismiss={{ 'aria-label': t('pickers.clear') }} />
      </Field>
      <Button appearance="primary" icon={<AddRegular />} onClick={() => void navigate(registryPaths.create(kind))}>
        {newLabel}
      </Button>
    </div>
  )
}

export function RecordLink({ kind, id, children }: { kind: RegistryKind; id: string; children: ReactNode }) {
  return <Link href={hrefOf(registryPaths.record(kind, id))}>{children}</Link>
}

/** Says why a list shows nothing: nothing exists yet, or nothing matches the filter. */
export function EmptyList({ total, query }: { total: number; query: string }) {
  const { t } = useTranslation('registry')
  return (
    <Text as="p" role="status">
      {total === 0 ? t('organisations.empty') : t('list.noMatches', { query })}
    </Text>
  )
}
