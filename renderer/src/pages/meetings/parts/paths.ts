// Where the meetings and documents pages live, and the links other areas read (the commitments
// list takes its filters from the URL).
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

export const commitmentsOf = (filter: { meetingId: string } | { documentId: string }) => `/commitments?${new URLSearchParams(filter).toString()}`

/** For `href`: the app uses a hash router. */
export const hrefOf = (path: string) => `#${path}`
