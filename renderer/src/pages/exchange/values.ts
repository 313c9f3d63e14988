// A field's value from a record, as a person reads it: texts as written, a text kept in two
// languages in both, records named rather than by id, a deadline as its words and date, a step
// as its text, owner, date and whether it is done, lists joined.
import type { TFunction } from 'i18next'
import type { RecordLabel } from '../../../../electron/core/exchange/labels'
import type { Language } from '../../../../electron/core/schema'

export interface ValueContext {
  language: Language
  names: Record<string, RecordLabel>
  day: (isoDay: string) => string
  t: TFunction<'exchange'>
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isLocalText = (v: unknown): v is { ru: string; en: string } => isObject(v) && typeof v.ru === 'string' && typeof v.en === 'string' && Object.keys(v).length === 2
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v)

export function valueText(value: unknown, c: ValueContext): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') {
    const named = c.names[value]
    if (named) return named[c.language] || named[c.language === 'ru' ? 'en' : 'ru']
    return isDay(value) ? c.day(value) : value
  }
  if (typeof value === 'boolean') return c.t(value ? 'exchange.yes' : 'exchange.no')
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => valueText(v, c)).join('; ')
  if (isLocalText(value)) return `RU: ${value.ru || '—'} · EN: ${value.en || '—'}`
  if (isObject(value)) {
    // A deadline: the document's words and the date they come to.
    if (typeof value.words === 'string' && 'dueDate' in value) return `${value.words || '—'} (${typeof value.dueDate === 'string' ? c.day(value.dueDate) : c.t('exchange.noDate')})`
    // An owner: the organisation and its role.
    if (typeof value.organisationId === 'string' && typeof value.role === 'string') return `${valueText(value.organisationId, c)} (${c.t(`exchange.role.${value.role}`, { defaultValue: value.role })})`
    // A step: what to do, then its owner and date when it has them, and whether it is done.
    if (typeof value.text === 'string' && typeof value.done === 'boolean') {
      const about = [value.organisationId, value.dueDate].filter((v) => typeof v === 'string').map((v) => valueText(v, c))
      return `${value.text} (${[...about, c.t(value.done ? 'exchange.stepDone' : 'exchange.stepOpen')].join(', ')})`
    }
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${c.t(`exchange.fields.${k}`, { defaultValue: k })}: ${valueText(v, c)}`)
      .join(', ')
  }
  return String(value)
}
