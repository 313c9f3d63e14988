// Nothing typed is lost by leaving a page: while a form holds unsaved changes, leaving it (a link,
// the back button, a reload) asks first. One guard for the whole app, since the router allows
// one blocker at a time; each form tells it whether it has unsaved changes.
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlocker } from 'react-router'
import { ConfirmDialog } from './ConfirmDialog'

interface DirtyForms {
  set(form: string, dirty: boolean): void
}

const DirtyFormsContext = createContext<DirtyForms>({ set: () => undefined })

export function LeaveGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const dirty = useRef(new Set<string>())
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty.current.size > 0 && currentLocation.pathname !== nextLocation.pathname)
  useEffect(() => {
    // A reload or closing the window: the browser's own question.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) e.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [])
  const forms = useMemo<DirtyForms>(
    () => ({
      set: (form, isDirty) => {
        if (isDirty) dirty.current.add(form)
        else dirty.current.delete(form)
      },
    }),
    [],
  )
  return (
    <DirtyFormsContext.Provider value={forms}>
      {children}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('forms.leaveTitle')}
        confirmLabel={t('forms.leave')}
        onConfirm={() => {
          dirty.current.clear()
          blocker.proceed?.()
        }}
        onCancel={() => blocker.reset?.()}
      >
        {t('forms.leaveText')}
      </ConfirmDialog>
    </DirtyFormsContext.Provider>
  )
}

/**
 * Tells the guard whether this form has unsaved changes. `release()` lets a save leave the page;
 * `restore()` puts the form back under guard when the save failed.
 */
export function useUnsavedChanges(dirty: boolean): { release: () => void; restore: () => void } {
  const forms = useContext(DirtyFormsContext)
  const id = useId()
  useEffect(() => {
    forms.set(id, dirty)
    return () => forms.set(id, false)
  }, [forms, id, dirty])
  const release = useCallback(() => forms.set(id, false), [forms, id])
  const restore = useCallback(() => forms.set(id, dirty), [forms, id, dirty])
  return { release, restore }
}
