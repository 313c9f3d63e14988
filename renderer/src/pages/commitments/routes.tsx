import { lazyPage } from '../../app/lazyPage'
import type { AreaRoute } from '../../app/routes'

export const commitmentRoutes: AreaRoute[] = [
  { path: '/', element: lazyPage(() => import('./DashboardPage'), (m) => m.DashboardPage) },
  { path: '/commitments', element: lazyPage(() => import('./CommitmentsPage'), (m) => m.CommitmentsPage) },
  { path: '/commitments/new', element: lazyPage(() => import('./CommitmentFormPage'), (m) => m.CommitmentFormPage) },
  { path: '/commitments/:id', element: lazyPage(() => import('./CommitmentPage'), (m) => m.CommitmentPage) },
  { path: '/commitments/:id/edit', element: lazyPage(() => import('./CommitmentFormPage'), (m) => m.CommitmentFormPage) },
]
