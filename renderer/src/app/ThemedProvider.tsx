// Fluent's provider with the system's theme, filling the window.
import { FluentProvider, makeStyles } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useSystemTheme } from './theme'

const useStyles = makeStyles({ root: { height: '100%' } })

export function ThemedProvider({ children }: { children: ReactNode }) {
  const styles = useStyles()
  return (
    <FluentProvider theme={useSystemTheme()} className={styles.root}>
      {children}
    </FluentProvider>
  )
}
