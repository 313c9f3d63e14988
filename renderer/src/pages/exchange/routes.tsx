import { lazyPage } from '../../app/lazyPage'
import type { AreaRoute } from '../../app/routes'

export const exchangePath = (token: string) => `/exchange/${token}`

export const exchangeRoutes: AreaRoute[] = [{ path: '/exchange/:token', element: lazyPage(() => import('./ExchangeReviewPage'), (m) => m.ExchangeReviewPage) }]
