import type { AreaRoute } from '../../app/routes'
import { EditDocumentPage, NewDocumentPage } from './DocumentFormPage'
import { DocumentPage } from './DocumentPage'
import { DocumentsPage } from './DocumentsPage'
import { EditMeetingPage, NewMeetingPage } from './MeetingFormPage'
import { MeetingPage } from './MeetingPage'
import { MeetingsPage } from './MeetingsPage'

// "new" is a fixed segment, so the router prefers it to ":id".
export const meetingRoutes: AreaRoute[] = [
  { path: '/meetings', element: <MeetingsPage /> },
  { path: '/meetings/new', element: <NewMeetingPage /> },
  { path: '/meetings/:id', element: <MeetingPage /> },
  { path: '/meetings/:id/edit', element: <EditMeetingPage /> },
  { path: '/documents', element: <DocumentsPage /> },
  { path: '/documents/new', element: <NewDocumentPage /> },
  { path: '/documents/:id', element: <DocumentPage /> },
  { path: '/documents/:id/edit', element: <EditDocumentPage /> },
]
