import { lazyPage } from '../../app/lazyPage'
import type { AreaRoute } from '../../app/routes'

export const reportingRoutes: AreaRoute[] = [{ path: '/requests', element: lazyPage(() => import('./RequestsPage'), (m) => m.RequestsPage) }]
