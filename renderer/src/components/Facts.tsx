// A record's fields as a term/description list; empty values are left out.
import { makeStyles, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalXXL}`, margin: 0 },
  // Each pair's term and description sit in the list's grid directly.
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  description: { margin: 0 },
})

export type Fact = [label: string, value: ReactNode]

const isEmpty = (value: ReactNode) => value === null || value === undefined || value === '' || value === false

export function Facts({ facts }: { facts: Fact[] }) {
  const styles = useStyles()
  return (
    <dl className={styles.list}>
      {facts
        .filter(([, value]) => !isEmpty(value))
        .map(([label, value]) => (
          <div key={label} className={styles.pair}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.description}>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
