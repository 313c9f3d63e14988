// The app's router: a hash router (the app is served from files), and a data router so that a
// form with unsaved changes can hold navigation (forms/leaveGuard.tsx).
import { createHashRouter, Navigate } from 'react-router'
import { App } from './App'
import { routes } from './routes'

export const router = createHashRouter([
  {
    path: '/',
    element: <App />,
    children: [
      ...routes.map((r) => (r.path === '/' ? { index: true, element: r.element } : { path: r.path.slice(1), element: r.element })),
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
])
