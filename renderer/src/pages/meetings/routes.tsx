import { lazyPage } from '../../app/lazyPage'
import type { AreaRoute } from '../../app/routes'

// "new" is a fixed segment, so the router prefers it to ":id".
export const meetingRoutes: AreaRoute[] = [
  { path: '/meetings', element: lazyPage(() => import('./MeetingsPage'), (m) => m.MeetingsPage) },
  { path: '/meetings/new', element: lazyPage(() => import('./MeetingFormPage'), (m) => m.NewMeetingPage) },
  { path: '/meetings/:id', element: lazyPage(() => import('./MeetingPage'), (m) => m.MeetingPage) },
  { path: '/meetings/:id/edit', element: lazyPage(() => import('./MeetingFormPage'), (m) => m.EditMeetingPage) },
  { path: '/documents', element: lazyPage(() => import('./DocumentsPage'), (m) => m.DocumentsPage) },
  { path: '/documents/new', element: lazyPage(() => import('./DocumentFormPage'), (m) => m.NewDocumentPage) },
  { path: '/documents/:id', element: lazyPage(() => import('./DocumentPage'), (m) => m.DocumentPage) },
  { path: '/documents/:id/edit', element: lazyPage(() => import('./DocumentFormPage'), (m) => m.EditDocumentPage) },
]
