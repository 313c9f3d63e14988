// Every interface string exists in both languages (the app's own and the menu's).
import { describe, expect, it } from 'vitest'
import menuEn from '../../../electron/main/locales/en.json'
import menuRu from '../../../electron/main/locales/ru.json'
import en from './en.json'
import ru from './ru.json'

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
}

function emptyValues(tree: Tree): string[] {
  return keys(tree).filter((k) => k.split('.').reduce<Tree | string>((t, part) => (t as Tree)[part]!, tree) === '')
}

describe.each([
  ['interface', en as Tree, ru as Tree],
  ['menu', menuEn as Tree, menuRu as Tree],
])('%s strings', (_name, english, russian) => {
  it('have the same keys in Russian and English', () => expect(keys(russian).sort()).toEqual(keys(english).sort()))
  it('are never empty', () => {
    expect(emptyValues(english)).toEqual([])
    expect(emptyValues(russian)).toEqual([])
  })
})
