// The registry's pages, all under /organisations (see paths.ts). "new" wins over ":id".
import type { AreaRoute } from '../../app/routes'
import { CountryPage } from './CountryPage'
import { OrganisationPage } from './OrganisationPage'
import { OrganisationsPage } from './OrganisationsPage'
import { PersonPage } from './PersonPage'

export const registryRoutes: AreaRoute[] = [
  { path: '/organisations', element: <OrganisationsPage /> },
  { path: '/organisations/country/new', element: <CountryPage /> },
  { path: '/organisations/country/:id', element: <CountryPage /> },
  { path: '/organisations/org/new', element: <OrganisationPage /> },
  { path: '/organisations/org/:id', element: <OrganisationPage /> },
  { path: '/organisations/person/new', element: <PersonPage /> },
  { path: '/organisations/person/:id', element: <PersonPage /> },
]
