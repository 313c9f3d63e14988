import type { ReactNode } from 'react'

/** A narrow column in the middle of the window, for screens shown before the app itself. */
export function Centered({ children }: { children: ReactNode }) {
  return <div style={{ maxWidth: 720, margin: '10vh auto', padding: 24, display: 'flex', flexDirection: 'column', gap: 16 }}>{children}</div>
}
