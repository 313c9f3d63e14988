import type { AreaRoute } from '../../app/routes'
import { CommitmentFormPage } from './CommitmentFormPage'
import { CommitmentPage } from './CommitmentPage'
import { CommitmentsPage } from './CommitmentsPage'
import { DashboardPage } from './DashboardPage'

export const commitmentRoutes: AreaRoute[] = [
  { path: '/', element: <DashboardPage /> },
  { path: '/commitments', element: <CommitmentsPage /> },
  { path: '/commitments/new', element: <CommitmentFormPage /> },
  { path: '/commitments/:id', element: <CommitmentPage /> },
  { path: '/commitments/:id/edit', element: <CommitmentFormPage /> },
]
