// A deadline as the app understood it, in words: its kind and the date it gives ("Квартал, срок
// 31.12.2027", "Ежегодно — каждый год, ближайший срок 25.01.2025", "Постоянно, без даты"). The
// import preview and the commitment form say the same thing the same way.
import { useTranslation } from 'react-i18next'
import type { DeadlineRule } from '../../../../electron/core/schema'
import { useFormat } from '../../i18n/format'

export function useDeadlineReading(): (rule: DeadlineRule, dueDate: string | null) => string {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  return (rule, dueDate) => {
    if (rule.kind === 'recurring') {
      const words = { frequency: t(`deadline.frequency_${rule.frequency}`), every: t(`deadline.every_${rule.frequency}`) }
      return dueDate ? t('deadline.readingRecurring', { ...words, date: f.shortDay(dueDate) }) : t('deadline.readingRecurringEnded', words)
    }
    const kind = t(`deadline.kind_${rule.kind}`)
    return dueDate ? t('deadline.reading', { kind, date: f.shortDay(dueDate) }) : t('deadline.readingNoDue', { kind })
  }
}
