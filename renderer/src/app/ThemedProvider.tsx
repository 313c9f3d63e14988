// Fluent's provider with the system's theme, filling the window.
import { FluentProvider } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useSystemTheme } from './theme'

// An inline style, not a class: Fluent gives every portal (drop-downs, popovers, dialogs) the
// provider's classes, and a portal 100% high covers the page, so a drop-down never opens.
const fill = { height: '100%' }

export function ThemedProvider({ children }: { children: ReactNode }) {
  return (
    <FluentProvider theme={useSystemTheme()} style={fill}>
      {children}
    </FluentProvider>
  )
}
