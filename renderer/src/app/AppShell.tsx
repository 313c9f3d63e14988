// The app window: section navigation on the left, the page on the right.
import { makeStyles, MessageBar, MessageBarBody, NavDrawer, NavDrawerBody, NavDrawerHeader, NavItem, Subtitle2 } from '@fluentui/react-components'
import {
  BookRegular,
  MailInboxRegular,
  BuildingRegular,
  CalendarRegular,
  DocumentRegular,
  HomeRegular,
  SettingsRegular,
  TaskListLtrRegular,
} from '@fluentui/react-icons'
import { useEffect, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation } from 'react-router'
import type { AppStatus } from '../../../electron/core/ops/views'
import { LeaveGuard } from '../forms/leaveGuard'
import { useExchangeArrivals } from '../pages/exchange/ExchangeArrivals'
import { MissedReminders } from '../pages/reminders/MissedReminders'
import { useDroppedReply } from '../pages/reporting/useDroppedReply'
import { useHashLinks } from './useHashLinks'
import { EncryptionOffer } from '../pages/security/EncryptionOffer'
import { useIdleLock } from '../pages/security/useIdleLock'
import { CoreRestarted } from './CoreRestarted'
import { Notices } from './Notices'
import { afterReads, queryClient } from '../api/queries'
import { preloadPages } from './lazyPage'

interface Section {
  path: string
  label: string
  icon: ReactElement
}

const sections: Section[] = [
  { path: '/', label: 'nav.dashboard', icon: <HomeRegular /> },
  { path: '/commitments', label: 'nav.commitments', icon: <TaskListLtrRegular /> },
  { path: '/meetings', label: 'nav.meetings', icon: <CalendarRegular /> },
  { path: '/documents', label: 'nav.documents', icon: <DocumentRegular /> },
  { path: '/briefs', label: 'nav.briefs', icon: <BookRegular /> },
  { path: '/requests', label: 'reporting:nav', icon: <MailInboxRegular /> },
  { path: '/organisations', label: 'nav.organisations', icon: <BuildingRegular /> },
  { path: '/settings', label: 'nav.settings', icon: <SettingsRegular /> },
]

/** Pages reached from another section's page: an exchange file's review is opened from Settings. */
const homes: [prefix: string, section: string][] = [['/exchange/', '/settings']]

/** The section a page belongs to: /meetings/123 is under Meetings. */
const sectionOf = (pathname: string) =>
  homes.find(([prefix]) => pathname.startsWith(prefix))?.[1] ??
  sections.filter((s) => pathname === s.path || pathname.startsWith(`${s.path === '/' ? '' : s.path}/`)).sort((a, b) => b.path.length - a.path.length)[0]?.path

const useStyles = makeStyles({
  window: { display: 'flex', height: '100%' },
})

export function AppShell({ status }: { status: AppStatus }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const { pathname } = useLocation()
  const current = sectionOf(pathname)
  useHashLinks()
  // An exchange file dropped anywhere on the window, or double-clicked in the system, opens its review.
  const arrivals = useExchangeArrivals()
  // …and a returned workbook, its reply's review.
  const reply = useDroppedReply()
  useIdleLock(status.security.encrypted ? status.security.lockAfterMinutes : null)
  // The other pages' code comes once the page the window opened on has its reads.
  useEffect(() => afterReads(queryClient, preloadPages), [])
  return (
    <div
      className={styles.window}
      {...arrivals.handlers}
      onDrop={(e) => {
        reply.onDrop(e)
        arrivals.handlers.onDrop(e)
      }}
    >
      <NavDrawer open type="inline" selectedValue={current} aria-label={t('nav.label')} tabbable>
        <NavDrawerHeader>
          <Subtitle2 as="p">{t('app.name')}</Subtitle2>
        </NavDrawerHeader>
        <NavDrawerBody>
          {sections.map((s) => (
            <NavItem key={s.path} value={s.path} href={`#${s.path}`} icon={s.icon} aria-current={current === s.path ? 'page' : undefined}>
              {t(s.label)}
            </NavItem>
          ))}
        </NavDrawerBody>
      </NavDrawer>
      <main className="app-main">
        <Notices notices={status.notices} />
        <CoreRestarted />
        <MissedReminders />
        {pathname === '/' && !status.security.encrypted && <EncryptionOffer />}
        {status.sampleRecords > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t('app.sampleBanner')}</MessageBarBody>
          </MessageBar>
        )}
        {arrivals.banner}
        {reply.banner}
        <LeaveGuard>
          <Outlet />
        </LeaveGuard>
      </main>
    </div>
  )
}
