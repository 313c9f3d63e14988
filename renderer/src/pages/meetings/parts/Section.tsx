// A titled part of a record's page, reachable by its heading.
import { Title3 } from '@fluentui/react-components'
import { useId, type ReactNode } from 'react'

export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Title3 as="h2" id={id} style={{ margin: 0 }}>
          {title}
        </Title3>
        {actions}
      </div>
      {children}
    </section>
  )
}
