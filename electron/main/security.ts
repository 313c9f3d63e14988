// Electron's security checklist, applied to every window and session: no navigation away from
// the app, no new windows, no webviews, no permissions, and no request that leaves the machine.
import { app, type WebContents } from 'electron'
import { appSession } from './appSession'
import { isAppUrl } from './trustedUrl'

/** Schemes a request may use: the app itself and inline data. Everything else is cancelled. */
const allowedRequest = (url: string) => isAppUrl(url) || url.startsWith('data:') || url.startsWith('devtools:')

function lockDownContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents))
  const ses = appSession()
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowedRequest(details.url) }))
}
