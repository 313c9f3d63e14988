import type { AreaRoute } from '../../app/routes'
import { ExchangeReviewPage } from './ExchangeReviewPage'

export const exchangePath = (token: string) => `/exchange/${token}`

export const exchangeRoutes: AreaRoute[] = [{ path: '/exchange/:token', element: <ExchangeReviewPage /> }]
