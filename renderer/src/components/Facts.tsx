// A record's fields as a term/description list; empty values are left out.
import type { ReactNode } from 'react'

export type Fact = [label: string, value: ReactNode]

const isEmpty = (value: ReactNode) => value === null || value === undefined || value === '' || value === false

export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 24px', margin: 0 }}>
      {facts
        .filter(([, value]) => !isEmpty(value))
        .map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 600 }}>{label}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
