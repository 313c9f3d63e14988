import type { AreaRoute } from '../../app/routes'
import { DocumentsPage } from './DocumentsPage'
import { MeetingsPage } from './MeetingsPage'

export const meetingRoutes: AreaRoute[] = [
  { path: '/meetings', element: <MeetingsPage /> },
  { path: '/documents', element: <DocumentsPage /> },
]
