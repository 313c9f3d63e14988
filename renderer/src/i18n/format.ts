// Dates and bilingual names in the interface language. Dates go through date-fns.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DATE_LOCALES, formatDay, formatDays, formatMeetingDays, formatShortDay, formatShortMonth, monthNames, pick } from '../../../electron/core/domain/dates'
import { textOrder } from '../../../electron/core/domain/collation'
import { contentLanguage } from '../../../electron/core/domain/language'
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../electron/core/schema'

const asInterfaceLanguage = (lng: string): InterfaceLanguage => INTERFACE_LANGUAGES.find((l) => lng.startsWith(l)) ?? 'ru'

/** Formatting helpers bound to the current interface language; the same object until it changes. */
export function useFormat() {
  const { i18n } = useTranslation()
  const ui = asInterfaceLanguage(i18n.language)
  return useMemo(
    () => ({
      /** The interface's language: dates, sorting and numbers follow it. */
      ui,
      /** The records' texts and the documents the app writes (Russian for a Kazakh or Uzbek interface). */
      language: contentLanguage(ui),
      dateLocale: DATE_LOCALES[ui],
      day: (isoDay: string) => formatDay(isoDay, ui),
      shortDay: (isoDay: string) => formatShortDay(isoDay, ui),
      days: (from: string, to: string) => formatDays(from, to, ui),
      meetingDays: (m: Parameters<typeof formatMeetingDays>[0]) => formatMeetingDays(m, ui),
      months: () => monthNames(ui),
      shortMonth: (isoMonth: string) => formatShortMonth(isoMonth, ui),
      pick: (text: { ru: string; en: string }) => pick(text, ui),
      /** Alphabetical order of texts shown in the interface's language. */
      order: textOrder(ui),
    }),
    [ui],
  )
}
