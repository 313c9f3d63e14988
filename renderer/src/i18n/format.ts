// Dates and bilingual names in the interface language. Dates go through date-fns.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay, formatDays, formatMeetingDays, formatShortDay, formatShortMonth, monthNames, pick } from '../../../electron/core/domain/dates'
import type { Language } from '../../../electron/core/schema'

const asLanguage = (lng: string): Language => (lng.startsWith('en') ? 'en' : 'ru')

/** Formatting helpers bound to the current interface language; the same object until it changes. */
export function useFormat() {
  const { i18n } = useTranslation()
  const language = asLanguage(i18n.language)
  return useMemo(
    () => ({
      language,
      day: (isoDay: string) => formatDay(isoDay, language),
      shortDay: (isoDay: string) => formatShortDay(isoDay, language),
      days: (from: string, to: string) => formatDays(from, to, language),
      meetingDays: (m: Parameters<typeof formatMeetingDays>[0]) => formatMeetingDays(m, language),
      months: () => monthNames(language),
      shortMonth: (isoMonth: string) => formatShortMonth(isoMonth, language),
      pick: (text: { ru: string; en: string }) => pick(text, language),
    }),
    [language],
  )
}
