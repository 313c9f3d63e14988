// A titled part of a record's page, reachable by its heading.
import { makeStyles, Title3, tokens } from '@fluentui/react-components'
import { useId, type ReactNode } from 'react'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0 },
})

export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const id = useId()
  const styles = useStyles()
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={styles.heading}>
        <Title3 as="h2" id={id} className={styles.title}>
          {title}
        </Title3>
        {actions}
      </div>
      {children}
    </section>
  )
}
