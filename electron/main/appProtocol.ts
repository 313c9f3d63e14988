// Serves the built renderer from app://desk/, never file://, with a strict Content-Security-Policy.
import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { appSession } from './appSession'
import { resolveAppUrl } from './trustedUrl'

export const APP_SCHEME = 'app'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI (Griffel) injects its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Only the app frames its own pages: the brief builder shows the print view in a frame.
  "frame-ancestors 'self'",
].join('; ')

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps the app's compiled code between starts, as it does for http(s) pages;
    // a custom scheme has none unless asked (Electron ≥ 28, standard schemes only).
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

export function serveRenderer(rendererDir: string): void {
  appSession().protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppUrl(request.url, rendererDir)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })
}
