import { lazyPage } from '../../app/lazyPage'
import type { AreaRoute } from '../../app/routes'

export const importPath = (documentId: string) => `/documents/${documentId}/import`

export const importRoutes: AreaRoute[] = [{ path: '/documents/:id/import', element: lazyPage(() => import('./ImportPage'), (m) => m.ImportPage) }]
