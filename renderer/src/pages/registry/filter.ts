// Filtering and ordering the registry lists: pure, so it is unit-tested without a browser.
import { textOrder } from '../../../../electron/core/domain/collation'
import { everyLanguage, fold, matchesAll, queryWords } from '../../../../electron/core/domain/search'
import type { InterfaceLanguage, Texts } from '../../../../electron/core/schema'

/** Rows whose texts hold every word of the query; case and ё/е do not matter. */
export function filterRows<T>(rows: T[], query: string, texts: (row: T) => string[]): T[] {
  const words = queryWords(query)
  if (words.length === 0) return rows
  return rows.filter((row) => matchesAll(fold(texts(row).join(' ')), words))
}

/** A copy sorted by the text each row shows, in the interface language's order. */
export function sortByText<T>(rows: readonly T[], text: (row: T) => string, language: InterfaceLanguage): T[] {
  const order = textOrder(language)
  return [...rows].sort((a, b) => order(text(a), text(b)))
}

/** Every language is searched: people type names as they know them. */
export const inEveryLanguage = (...texts: (Texts | string | undefined)[]) => texts.flatMap((x) => (x === undefined ? [] : typeof x === 'string' ? [x] : everyLanguage(x)))

export interface Group<T> {
  key: string
  label: string
  rows: T[]
}

/** Rows by country, countries in name order; rows without a country last, under `noCountry`. */
export function groupByCountry<T extends { countryId: string | null }>(rows: T[], countryName: (id: string) => string, noCountry: string, language: InterfaceLanguage): Group<T>[] {
  const ids = [...new Set(rows.map((r) => r.countryId).filter((id) => id !== null))]
  const groups = sortByText(
    ids.map((id) => ({ key: id, label: countryName(id), rows: rows.filter((r) => r.countryId === id) })),
    (g) => g.label,
    language,
  )
  const none = rows.filter((r) => r.countryId === null)
  return none.length > 0 ? [...groups, { key: 'none', label: noCountry, rows: none }] : groups
}
