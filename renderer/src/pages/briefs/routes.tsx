import { lazyPage } from '../../app/lazyPage'
import type { AreaRoute } from '../../app/routes'

export const briefRoutes: AreaRoute[] = [
  { path: '/briefs', element: lazyPage(() => import('./BriefsPage'), (m) => m.BriefsPage) },
  { path: '/briefs/:id', element: lazyPage(() => import('./BriefBuilderPage'), (m) => m.BriefBuilderPage) },
]
