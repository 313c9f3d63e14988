// A brief's name in lists: its title, else its meeting's.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Brief } from '../../../../electron/core/schema'
import { useLookups } from '../../api/lookups'
import { useFormat } from '../../i18n/format'

export function useBriefName() {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const { meetings } = useLookups()
  return useCallback(
    (brief: Pick<Brief, 'title' | 'meetingId'>) => {
      if (brief.title.trim()) return brief.title
      const meeting = meetings.get(brief.meetingId)
      return meeting ? f.pick(meeting.title) : t('briefs.untitled')
    },
    [meetings, f, t],
  )
}
