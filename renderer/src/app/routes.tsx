// Every page of the app: each area declares its own routes (each page loaded when first shown);
// the navigation names the sections.
import type { ReactElement } from 'react'
import { briefRoutes } from '../pages/briefs/routes'
import { commitmentRoutes } from '../pages/commitments/routes'
import { exchangeRoutes } from '../pages/exchange/routes'
import { importRoutes } from '../pages/imports/routes'
import { meetingRoutes } from '../pages/meetings/routes'
import { registryRoutes } from '../pages/registry/routes'
import { reportingRoutes } from '../pages/reporting/routes'
import { lazyPage } from './lazyPage'

export interface AreaRoute {
  path: string
  element: ReactElement
  /** Starts the page's first reads when the window opens on it, alongside the app's status. */
  prefetch?: (params: URLSearchParams) => void
}

export const routes: AreaRoute[] = [
  ...commitmentRoutes,
  ...meetingRoutes,
  ...importRoutes,
  ...exchangeRoutes,
  ...registryRoutes,
  ...briefRoutes,
  ...reportingRoutes,
  { path: '/settings', element: lazyPage(() => import('../pages/settings/SettingsPage'), (m) => m.SettingsPage) },
]
