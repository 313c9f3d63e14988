// The registry's pages, all under /organisations (see paths.ts). "new" wins over ":id".
import { lazyPage } from '../../app/lazyPage'
import type { AreaRoute } from '../../app/routes'

export const registryRoutes: AreaRoute[] = [
  { path: '/organisations', element: lazyPage(() => import('./OrganisationsPage'), (m) => m.OrganisationsPage) },
  { path: '/organisations/country/new', element: lazyPage(() => import('./CountryPage'), (m) => m.CountryPage) },
  { path: '/organisations/country/:id', element: lazyPage(() => import('./CountryPage'), (m) => m.CountryPage) },
  { path: '/organisations/org/new', element: lazyPage(() => import('./OrganisationPage'), (m) => m.OrganisationPage) },
  { path: '/organisations/org/:id', element: lazyPage(() => import('./OrganisationPage'), (m) => m.OrganisationPage) },
  { path: '/organisations/person/new', element: lazyPage(() => import('./PersonPage'), (m) => m.PersonPage) },
  { path: '/organisations/person/:id', element: lazyPage(() => import('./PersonPage'), (m) => m.PersonPage) },
]
