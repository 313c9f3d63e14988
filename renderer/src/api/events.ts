// What the window hears without asking (window.deskEvents): a restarted core, files the system
// asked the app to open. Progress of a call is followed by the call itself (client.ts).
import { useEffect, useRef } from 'react'
import type { WindowEvent } from '../../../electron/core/ops/contract'

export function useWindowEvent<T extends Exclude<WindowEvent['type'], 'progress'>>(type: T, listener: (event: Extract<WindowEvent, { type: T }>) => void): void {
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => window.deskEvents.subscribe((event) => event.type === type && latest.current(event as Extract<WindowEvent, { type: T }>)), [type])
}
