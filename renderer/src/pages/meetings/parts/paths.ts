// Where the meetings and documents pages live.
export const meetingPaths = {
  list: '/meetings',
  create: '/meetings/new',
  view: (id: string) => `/meetings/${id}`,
  edit: (id: string) => `/meetings/${id}/edit`,
}

export const documentPaths = {
  list: '/documents',
  /** A new document's form, with the meeting it was adopted at already chosen. */
  create: (meetingId?: string) => (meetingId ? `/documents/new?meetingId=${meetingId}` : '/documents/new'),
  view: (id: string) => `/documents/${id}`,
  edit: (id: string) => `/documents/${id}/edit`,
}

