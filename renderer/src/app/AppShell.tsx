// The app window: section navigation on the left, the page on the right.
import { MessageBar, MessageBarBody, NavDrawer, NavDrawerBody, NavDrawerHeader, NavItem, Subtitle2 } from '@fluentui/react-components'
import {
  BookRegular,
  BuildingRegular,
  CalendarRegular,
  DocumentRegular,
  HomeRegular,
  SettingsRegular,
  TaskListLtrRegular,
} from '@fluentui/react-icons'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, Route, Routes, useLocation } from 'react-router'
import type { AppStatus } from '../../../electron/core/ops/views'
import { BriefsPage } from '../pages/BriefsPage'
import { CommitmentsPage } from '../pages/CommitmentsPage'
import { DashboardPage } from '../pages/DashboardPage'
import { DocumentsPage } from '../pages/DocumentsPage'
import { MeetingsPage } from '../pages/MeetingsPage'
import { OrganisationsPage } from '../pages/OrganisationsPage'
import { SettingsPage } from '../pages/SettingsPage'
import { Notices } from './Notices'

interface Section {
  path: string
  label: string
  icon: ReactElement
  page: ReactElement
}

const sections: Section[] = [
  { path: '/', label: 'nav.dashboard', icon: <HomeRegular />, page: <DashboardPage /> },
  { path: '/commitments', label: 'nav.commitments', icon: <TaskListLtrRegular />, page: <CommitmentsPage /> },
  { path: '/meetings', label: 'nav.meetings', icon: <CalendarRegular />, page: <MeetingsPage /> },
  { path: '/documents', label: 'nav.documents', icon: <DocumentRegular />, page: <DocumentsPage /> },
  { path: '/briefs', label: 'nav.briefs', icon: <BookRegular />, page: <BriefsPage /> },
  { path: '/organisations', label: 'nav.organisations', icon: <BuildingRegular />, page: <OrganisationsPage /> },
  { path: '/settings', label: 'nav.settings', icon: <SettingsRegular />, page: <SettingsPage /> },
]

export function AppShell({ status }: { status: AppStatus }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <div style={{ display: 'flex', height: '100%' }}>
      <NavDrawer open type="inline" selectedValue={pathname} aria-label={t('nav.label')} tabbable>
        <NavDrawerHeader>
          <Subtitle2 as="p">{t('app.name')}</Subtitle2>
        </NavDrawerHeader>
        <NavDrawerBody>
          {sections.map((s) => (
            <NavItem key={s.path} value={s.path} href={`#${s.path}`} icon={s.icon} aria-current={pathname === s.path ? 'page' : undefined}>
              {t(s.label)}
            </NavItem>
          ))}
        </NavDrawerBody>
      </NavDrawer>
      <main style={{ flex: 1, overflow: 'auto', padding: '16px 24px', display: 'flex', flexDirection: 'column', gap: 12 }}>
        <Notices notices={status.notices} />
        {status.sampleRecords > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t('app.sampleBanner')}</MessageBarBody>
          </MessageBar>
        )}
        <Routes>
          {sections.map((s) => (
            <Route key={s.path} path={s.path} element={s.page} />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </main>
    </div>
  )
}
