// The app's router: a hash router (the app is served from files), and a data router so that a
// form with unsaved changes can hold navigation (forms/leaveGuard.tsx).
import { createHashRouter, matchRoutes, Navigate } from 'react-router'
import type { ReactElement } from 'react'
import { App } from './App'
import { preloadPage } from './lazyPage'
import { routes, type AreaRoute } from './routes'

export const router = createHashRouter([
  {
    path: '/',
    element: <App />,
    children: [
      ...routes.map((r) => ({ ...(r.path === '/' ? { index: true } : { path: r.path.slice(1) }), element: r.element, handle: r.prefetch })),
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
])

/**
 * The page the window opens on starts loading at boot, its code and its first reads, while App
 * waits for the core's status: one round trip to the core before the page shows, not three.
 */
export function preloadOpeningPage(): void {
  for (const match of matchRoutes(router.routes, router.state.location) ?? []) {
    preloadPage(match.route.element as ReactElement | undefined)
    ;(match.route.handle as AreaRoute['prefetch'])?.(new URLSearchParams(router.state.location.search))
  }
}
