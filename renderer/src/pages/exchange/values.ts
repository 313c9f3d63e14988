// A field's value from a record, as one line a person can compare: texts as written, a text in
// two languages in the interface's, lists joined, anything else as compact JSON.
import type { Language } from '../../../../electron/core/schema'

const isLocalText = (v: unknown): v is { ru: string; en: string } =>
  typeof v === 'object' && v !== null && 'ru' in v && 'en' in v && Object.keys(v).length === 2

export function valueText(value: unknown, language: Language): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isLocalText(value)) return value[language] || value[language === 'ru' ? 'en' : 'ru'] || '—'
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => valueText(v, language)).join('; ')
  return JSON.stringify(value)
}
