import { makeStyles, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  column: {
    maxWidth: '720px',
    margin: '10vh auto',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
})

/** A narrow column in the middle of the window, for screens shown before the app itself. */
export function Centered({ children }: { children: ReactNode }) {
  const styles = useStyles()
  return <div className={styles.column}>{children}</div>
}
