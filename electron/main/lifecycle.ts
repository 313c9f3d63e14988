// The shell's part in "nothing is lost": the app quits only once the core has every accepted
// change on disk; and the menu, which speaks the interface language, is rebuilt whenever the
// language changes (in Settings, by a restore, by loading the demo).
import type { InterfaceLanguage } from '../core/schema'

/** What quitting needs of Electron's app. */
export interface Quitting {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/** Holds the first quit until `flush` resolves (or fails: nothing more can be saved then), then quits. */
export function quitAfterFlush(app: Quitting, flush: () => Promise<void>): void {
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    void flush()
      .catch(() => undefined)
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
}

/** What locks the app besides its own idle timer: the screen locked, the laptop put to sleep. */
export function lockOnSystemEvents(monitor: { on(event: 'lock-screen' | 'suspend', listener: () => void): unknown }, lock: () => Promise<void>): void {
  monitor.on('lock-screen', () => void lock())
  monitor.on('suspend', () => void lock())
}

/** `refresh()` applies the menu when the language it is in is not the current one any more. */
export function menuFollowing(language: () => InterfaceLanguage, apply: (language: InterfaceLanguage) => void): () => void {
  let shown: InterfaceLanguage | null = null
  return () => {
    const now = language()
    if (now === shown) return
    shown = now
    apply(now)
  }
}
