// The app locks itself after so many minutes without a key pressed or the pointer moved in its
// window (when encryption at rest is on). The shell locks it too, when the screen locks or the
// laptop sleeps; the window hears of that as a `locked` event.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { call } from '../../api/client'
import { useWindowEvent } from '../../api/events'

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

export function useIdleLock(minutes: number | null): void {
  const client = useQueryClient()
  useWindowEvent('locked', () => void client.invalidateQueries({ queryKey: ['getStatus'] }))
  useEffect(() => {
    if (!minutes) return
    let timer: ReturnType<typeof setTimeout>
    const lock = () => void call('lock', {}).then(() => client.invalidateQueries({ queryKey: ['getStatus'] }))
    const restart = () => {
      clearTimeout(timer)
      timer = setTimeout(lock, minutes * 60_000)
    }
    restart()
    for (const event of ACTIVITY) window.addEventListener(event, restart, { passive: true })
    return () => {
      clearTimeout(timer)
      for (const event of ACTIVITY) window.removeEventListener(event, restart)
    }
  }, [minutes, client])
}
