// Which URLs belong to the app. Pure, so it is unit-tested without Electron.
import { normalize, resolve, sep } from 'node:path'

export const APP_ORIGIN = 'app://desk'
export const APP_ENTRY = `${APP_ORIGIN}/index.html`
/** The print view: lays a brief out as pages (renderer/print.html). */
export const PRINT_VIEW = `${APP_ORIGIN}/print.html`

/** True for URLs of the app's own pages and assets. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'app:' && url.host === 'desk'
  } catch {
    return false
  }
}

/** Maps an app:// URL to a file inside `rendererDir`, or null when it would leave that folder. */
export function resolveAppUrl(raw: string, rendererDir: string): string | null {
  if (!isAppUrl(raw)) return null
  const pathname = decodeURIComponent(new URL(raw).pathname)
  const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '')
  const root = resolve(rendererDir)
  const file = resolve(root, relative)
  return file === root || file.startsWith(root + sep) ? file : null
}
