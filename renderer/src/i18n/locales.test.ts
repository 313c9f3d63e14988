// Every interface string exists in both languages (the app's own and the menu's).
import { describe, expect, it } from 'vitest'
import menuEn from '../../../electron/main/locales/en.json'
import menuRu from '../../../electron/main/locales/ru.json'
import { resources } from './resources'

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
}

// Plural forms differ by language (Russian has one/few/many/other, English one/other): compare
// the keys without them.
const withoutPlurals = (list: string[]) => [...new Set(list.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort()

function emptyValues(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? (v.trim() === '' ? [`${prefix}${k}`] : []) : emptyValues(v, `${prefix}${k}.`)))
}

const namespaces = Object.keys(resources.ru ?? {})

describe('interface strings', () => {
  it('come in the same areas in both languages', () => {
    expect(namespaces).toContain('common')
    expect(Object.keys(resources.en ?? {}).sort()).toEqual([...namespaces].sort())
  })
})

describe.each([
  ...namespaces.map((ns) => [ns, resources.en![ns] as Tree, resources.ru![ns] as Tree] as const),
  ['menu', menuEn as Tree, menuRu as Tree] as const,
])('%s strings', (_name, english, russian) => {
  it('have the same keys in Russian and English', () => expect(withoutPlurals(keys(russian))).toEqual(withoutPlurals(keys(english))))
  it('are never empty', () => {
    expect(emptyValues(english)).toEqual([])
    expect(emptyValues(russian)).toEqual([])
  })
})
