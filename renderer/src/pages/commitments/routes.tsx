import { prefetchLookups } from '../../api/lookups'
import { prefetchOp } from '../../api/queries'
import { lazyPage } from '../../app/lazyPage'
import type { AreaRoute } from '../../app/routes'
// The two pages the app opens on come with the app's own code, fetched alongside it: loaded on
// demand they were a second round of fetching after the app had started (~0.3 s).
import { CommitmentsPage } from './CommitmentsPage'
import { dashboardArgs, DashboardPage } from './DashboardPage'
import { queryFromParams } from './queryParams'
import { prefetchListWindow } from './useListWindow'

export const commitmentRoutes: AreaRoute[] = [
  {
    path: '/',
    element: <DashboardPage />,
    prefetch: (params) => {
      prefetchOp('getDashboard', dashboardArgs(params))
      prefetchLookups()
    },
  },
  {
    path: '/commitments',
    element: <CommitmentsPage />,
    prefetch: (params) => {
      prefetchListWindow(queryFromParams(params))
      prefetchLookups()
    },
  },
  { path: '/commitments/new', element: lazyPage(() => import('./CommitmentFormPage'), (m) => m.CommitmentFormPage) },
  { path: '/commitments/:id', element: lazyPage(() => import('./CommitmentPage'), (m) => m.CommitmentPage) },
  { path: '/commitments/:id/edit', element: lazyPage(() => import('./CommitmentFormPage'), (m) => m.CommitmentFormPage) },
]
