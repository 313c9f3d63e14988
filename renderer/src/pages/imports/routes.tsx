import type { AreaRoute } from '../../app/routes'
import { ImportPage } from './ImportPage'

export const importPath = (documentId: string) => `/documents/${documentId}/import`

export const importRoutes: AreaRoute[] = [{ path: '/documents/:id/import', element: <ImportPage /> }]
