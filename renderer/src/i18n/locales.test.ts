// Every interface string exists in all four languages (the app's own and the menu's), with the
// plural forms each language's rules ask for (Intl.PluralRules, as i18next picks them).
import { describe, expect, it } from 'vitest'
import menuEn from '../../../electron/main/locales/en.json'
import menuKk from '../../../electron/main/locales/kk.json'
import menuRu from '../../../electron/main/locales/ru.json'
import menuUz from '../../../electron/main/locales/uz.json'
import { INTERFACE_LANGUAGES } from '../../../electron/core/schema'
import { resources } from './resources'

type Tree = { [key: string]: string | Tree }

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`)))
}

const PLURAL = /_(zero|one|two|few|many|other)$/
const withoutPlurals = (tree: Tree) => [...new Set(entries(tree).map(([k]) => k.replace(PLURAL, '')))].sort()
/** Each plural key's forms; `_zero` is i18next's own for a count of 0, in any language. */
const pluralForms = (tree: Tree) => {
  const forms = new Map<string, string[]>()
  for (const [k] of entries(tree)) {
    const m = PLURAL.exec(k)
    if (m && m[1] !== 'zero') forms.set(k.replace(PLURAL, ''), [...(forms.get(k.replace(PLURAL, '')) ?? []), m[1]!])
  }
  return forms
}
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*\w+\s*\}\}|\{\d+\}|<\/?\w+>/g)].map((m) => m[0].replace(/\s/g, '')))].sort()

const namespaces = Object.keys(resources.ru ?? {})
const menus = { ru: menuRu, en: menuEn, kk: menuKk, uz: menuUz } as Record<string, Tree>
const areas = [...namespaces.map((ns) => [ns, (l: string) => resources[l]![ns] as Tree] as const), ['menu', (l: string) => menus[l]!] as const]

describe('interface strings', () => {
  it('come in the same areas in every language', () => {
    expect(namespaces).toContain('common')
    for (const language of INTERFACE_LANGUAGES) expect(Object.keys(resources[language] ?? {}).sort()).toEqual([...namespaces].sort())
  })
})

describe.each(areas.flatMap(([area, of]) => INTERFACE_LANGUAGES.map((language) => [area, language, of] as const)))('%s strings in %s', (_area, language, of) => {
  const strings = of(language)
  const russian = of('ru')
  it('have the keys the Russian has', () => expect(withoutPlurals(strings)).toEqual(withoutPlurals(russian)))
  it('are never empty', () => expect(entries(strings).filter(([, v]) => v.trim() === '')).toEqual([]))
  it('have exactly the plural forms of the language', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.filter((c) => c !== 'zero')
    for (const [key, forms] of pluralForms(strings)) expect([key, [...forms].sort()]).toEqual([key, [...categories].sort()])
  })
  it('keep every placeholder and tag of the Russian', () => {
    // Plural keys are compared by their "other" form, which every language has.
    const own = new Map(entries(strings))
    const lost = entries(russian).filter(([k, v]) => !/_(zero|one|two|few|many)$/.test(k) && placeholders(own.get(k) ?? '').join() !== placeholders(v).join())
    expect(lost.map(([k]) => k)).toEqual([])
  })
})
