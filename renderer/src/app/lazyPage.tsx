// A page loaded when it is first shown: the first screen loads only what it needs, and each area's
// code (the brief builder, the import, the exchange review…) comes when it is opened.
import { lazy, Suspense, useState, type ComponentType, type ReactElement } from 'react'
import { PageLoading } from '../components/PageLoading'

const loaders: (() => Promise<unknown>)[] = []
let preloading = false

/**
 * Every other page's code, fetched in idle time so that opening one later shows it at once rather
 * than the page before it for a moment. Called once the first screen is up: started at boot, the
 * 40-odd chunks were compiled while the window waited for the core (on two cores, beside the
 * core's opening of the data) and while it drew its first screen. Once per window.
 */
export function preloadPages(): void {
  if (preloading) return
  preloading = true
  const next = () => {
    const load = loaders.shift()
    if (load) void load().then(() => requestIdleCallback(next))
  }
  requestIdleCallback(next)
}

const loaderOf = new WeakMap<ReactElement, () => Promise<unknown>>()

export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ReactElement {
  // Once the code is here the page renders directly: a suspended page, even one whose code has
  // just arrived, is revealed by React up to 300 ms later (it batches what Suspense reveals).
  let Loaded: ComponentType | null = null
  const loadOnce = () => load().then((module) => (Loaded ??= pick(module)))
  loaders.push(loadOnce)
  const Lazy = lazy(() => loadOnce().then((Page) => ({ default: Page })))
  function Page() {
    // Decided once per mount: switching trees later would remount the page and lose its state.
    const [Ready] = useState(() => Loaded)
    return Ready ? (
      <Ready />
    ) : (
      <Suspense fallback={<PageLoading />}>
        <Lazy />
      </Suspense>
    )
  }
  const element = <Page />
  loaderOf.set(element, loadOnce)
  return element
}

/** Starts fetching a page's code now: the page the window opens on loads alongside the core's first answer, not after it. */
export function preloadPage(element: ReactElement | null | undefined): void {
  const load = element ? loaderOf.get(element) : undefined
  if (load) void load()
}
