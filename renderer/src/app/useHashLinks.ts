// Plain links to "#/…" (the navigation, links in text) go through the router like its own Link:
// a browser hash change would bypass it, and a form's unsaved-changes guard could not hold it.
import { useEffect } from 'react'
import { useNavigate } from 'react-router'

export function useHashLinks(): void {
  const navigate = useNavigate()
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null
      if (!link) return
      e.preventDefault()
      void navigate(link.getAttribute('href')!.slice(1))
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [navigate])
}
