import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { QueryClientProvider } from '@tanstack/react-query'
import { I18nextProvider } from 'react-i18next'
// Bundled fonts: the app never asks the network, and Cyrillic looks the same on every machine.
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/cyrillic-400.css'
import '@fontsource/noto-sans/latin-600.css'
import '@fontsource/noto-sans/cyrillic-600.css'
import './app/global.css'
import { prefetchOp, queryClient } from './api/queries'
import { i18n } from './i18n'
import { preloadOpeningPage, router } from './app/router'
import { ThemedProvider } from './app/ThemedProvider'

// The core's first answer is asked for before React renders, first: it gates every screen.
prefetchOp('getStatus', {})
preloadOpeningPage()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ThemedProvider>
          <RouterProvider router={router} />
        </ThemedProvider>
      </I18nextProvider>
    </QueryClientProvider>
  </StrictMode>,
)
