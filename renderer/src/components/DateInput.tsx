// The one date field of the app: a calendar in the interface language (Monday first), the day
// shown as the interface writes it (31.12.2026 / 31 Dec 2026), typing allowed. Native date
// inputs follow the browser's language instead (mm/dd/yyyy in a Russian interface).
import { DatePicker } from '@fluentui/react-datepicker-compat'
import { format } from 'date-fns'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { monthNames, parseTypedDay } from '../../../electron/core/domain/dates'
import { useFormat } from '../i18n/format'

/** Monday, as DayOfWeek numbers it. */
const MONDAY = 1

interface Props {
  /** YYYY-MM-DD, or null for none. */
  value: string | null
  onChange: (value: string | null) => void
  className?: string
  'aria-label'?: string
}

const dayOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d)
}

export function DateInput({ value, onChange, className, 'aria-label': ariaLabel }: Props) {
  const { t } = useTranslation('dates')
  const f = useFormat()
  const language = f.ui
  const strings = useMemo(() => {
    const locale = f.dateLocale
    // Sunday first, as the calendar's strings are indexed.
    const week = Array.from({ length: 7 }, (_v, i) => new Date(2024, 0, 7 + i))
    return {
      months: monthNames(language),
      shortMonths: Array.from({ length: 12 }, (_v, i) => format(new Date(2000, i, 1), 'LLL', { locale })),
      days: week.map((d) => format(d, 'EEEE', { locale })),
      shortDays: week.map((d) => format(d, 'EEEEEE', { locale })),
      goToToday: t('goToToday'),
      prevMonthAriaLabel: t('prevMonth'),
      nextMonthAriaLabel: t('nextMonth'),
      prevYearAriaLabel: t('prevYear'),
      nextYearAriaLabel: t('nextYear'),
      prevYearRangeAriaLabel: t('prevYears'),
      nextYearRangeAriaLabel: t('nextYears'),
      closeButtonAriaLabel: t('close'),
      selectedDateFormatString: t('selected'),
      todayDateFormatString: t('today'),
      monthPickerHeaderAriaLabel: t('monthPicker'),
      yearPickerHeaderAriaLabel: t('yearPicker'),
      dayMarkedAriaLabel: t('marked'),
      weekNumberFormatString: t('week'),
      isRequiredErrorMessage: t('required'),
      invalidInputErrorMessage: t('invalid'),
      isOutOfBoundsErrorMessage: t('outOfBounds'),
    }
  }, [language, f.dateLocale, t])
  return (
    <DatePicker
      className={className}
      aria-label={ariaLabel}
      allowTextInput
      firstDayOfWeek={MONDAY}
      strings={strings}
      placeholder={t('placeholder')}
      value={value ? dayOf(value) : null}
      formatDate={(date) => (date ? f.shortDay(format(date, 'yyyy-MM-dd')) : '')}
      parseDateFromString={(text) => {
        const iso = parseTypedDay(text, language)
        return iso ? dayOf(iso) : null
      }}
      onSelectDate={(date) => onChange(date ? format(date, 'yyyy-MM-dd') : null)}
    />
  )
}
