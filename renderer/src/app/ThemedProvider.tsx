// Fluent's provider with the theme Settings choose (the system's until the data has opened), filling the window.
import { FluentProvider } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useOp } from '../api/queries'
import { useTheme } from './theme'

// An inline style, not a class: Fluent gives every portal (drop-downs, popovers, dialogs) the
// provider's classes, and a portal 100% high covers the page, so a drop-down never opens.
const fill = { height: '100%' }

export function ThemedProvider({ children }: { children: ReactNode }) {
  const status = useOp('getStatus', {})
  return (
    <FluentProvider theme={useTheme(status.data?.settings.theme ?? 'system')} style={fill}>
      {children}
    </FluentProvider>
  )
}
