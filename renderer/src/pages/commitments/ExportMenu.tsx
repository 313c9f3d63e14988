// The list as it is filtered and sorted, for Excel (or any spreadsheet), and our deadlines for a
// calendar. The files speak the interface language.
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { ArrowExportRegular, CalendarRegular, DocumentTableRegular, TableRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommitmentQuery } from '../../../../electron/core/ops/contracts/commitments'
import { useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'

export function ExportMenu({ query }: { query: CommitmentQuery }) {
  const { t } = useTranslation('commitments')
  const { language } = useFormat()
  const table = useLongWork('exportCommitments')
  const calendar = useLongWork('exportCalendar')
  const [saved, setSaved] = useState<string | null>(null)
  const done = { onSuccess: (file: { path: string } | null) => setSaved(file?.path ?? null) }
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<ArrowExportRegular />} disabled={table.isPending || calendar.isPending} onClick={() => setSaved(null)}>
            {t('export.button')}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<TableRegular />} onClick={() => table.mutate({ query, format: 'xlsx', language }, done)}>
              {t('export.xlsx')}
            </MenuItem>
            <MenuItem icon={<DocumentTableRegular />} onClick={() => table.mutate({ query, format: 'csv', language }, done)}>
              {t('export.csv')}
            </MenuItem>
            <MenuItem icon={<CalendarRegular />} onClick={() => calendar.mutate({ language }, done)}>
              {t('export.ics')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('export.saved', { path: saved })}</MessageBarBody>
        </MessageBar>
      )}
      <WorkProgress work={table.isPending ? table : calendar} />
      <ErrorMessage error={table.error ?? calendar.error} />
    </>
  )
}
