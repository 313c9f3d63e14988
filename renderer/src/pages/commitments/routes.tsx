import type { AreaRoute } from '../../app/routes'
import { CommitmentsPage } from './CommitmentsPage'
import { DashboardPage } from './DashboardPage'

export const commitmentRoutes: AreaRoute[] = [
  { path: '/', element: <DashboardPage /> },
  { path: '/commitments', element: <CommitmentsPage /> },
]
