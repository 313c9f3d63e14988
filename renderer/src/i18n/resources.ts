// Interface strings: one JSON file per language and area, locales/<language>/<area>.json.
// "common" holds what every page shares; each area's pages use their own namespace.
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' })

export type Resources = Record<string, Record<string, Record<string, unknown>>>

export const resources: Resources = {}
for (const [path, strings] of Object.entries(files)) {
  const [, language, namespace] = /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(path) ?? []
  if (!language || !namespace) continue
  ;(resources[language] ??= {})[namespace] = strings
}
