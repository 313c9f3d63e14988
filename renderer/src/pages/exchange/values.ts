// A field's value from a record, as a person reads it: texts as written, a text kept in several
// languages in each of them, records named rather than by id, a deadline as its words and date, a step
// as its text, owner, date and whether it is done, lists joined.
import type { TFunction } from 'i18next'
import { pick } from '../../../../electron/core/domain/dates'
import type { RecordLabel } from '../../../../electron/core/exchange/labels'
import { TEXT_LANGUAGES, type InterfaceLanguage, type Texts } from '../../../../electron/core/schema'

export interface ValueContext {
  /** The interface's language: the records named are named in it. */
  language: InterfaceLanguage
  names: Record<string, RecordLabel>
  day: (isoDay: string) => string
  t: TFunction<'exchange'>
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
/** A text kept per language: Russian and English, Kazakh and Uzbek when given, nothing else. */
const isLocalText = (v: unknown): v is Texts =>
  isObject(v) && typeof v.ru === 'string' && typeof v.en === 'string' && Object.entries(v).every(([k, x]) => (TEXT_LANGUAGES as readonly string[]).includes(k) && typeof x === 'string')
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v)

export function valueText(value: unknown, c: ValueContext): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') {
    const named = c.names[value]
    if (named) return pick(named, c.language)
    return isDay(value) ? c.day(value) : value
  }
  if (typeof value === 'boolean') return c.t(value ? 'exchange.yes' : 'exchange.no')
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => valueText(v, c)).join('; ')
  if (isLocalText(value))
    return TEXT_LANGUAGES.filter((l) => l === 'ru' || l === 'en' || value[l] !== undefined)
      .map((l) => `${l.toUpperCase()}: ${value[l] || '—'}`)
      .join(' · ')
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
