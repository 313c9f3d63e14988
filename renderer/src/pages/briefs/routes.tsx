import type { AreaRoute } from '../../app/routes'
import { BriefBuilderPage } from './BriefBuilderPage'
import { BriefsPage } from './BriefsPage'

export const briefRoutes: AreaRoute[] = [
  { path: '/briefs', element: <BriefsPage /> },
  { path: '/briefs/:id', element: <BriefBuilderPage /> },
]
