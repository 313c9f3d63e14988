import type { AreaRoute } from '../../app/routes'
import { OrganisationsPage } from './OrganisationsPage'

export const registryRoutes: AreaRoute[] = [{ path: '/organisations', element: <OrganisationsPage /> }]
