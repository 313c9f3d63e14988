// Where each registry page lives. Everything sits under /organisations so the navigation keeps
// "Organisations & people" highlighted on record pages too.
export const registryTabs = ['countries', 'organisations', 'people'] as const
export type RegistryTab = (typeof registryTabs)[number]
export type RegistryKind = 'country' | 'org' | 'person'

/** The list tab each kind of record is listed on. */
export const tabOf: Record<RegistryKind, RegistryTab> = { country: 'countries', org: 'organisations', person: 'people' }

export const registryPaths = {
  list: (tab: RegistryTab) => `/organisations?tab=${tab}`,
  record: (kind: RegistryKind, id: string) => `/organisations/${kind}/${id}`,
  /** A new record's form; `prefill` names records it starts with (parent, country…). */
  create: (kind: RegistryKind, prefill: Record<string, string | null> = {}) => {
    const query = new URLSearchParams(Object.entries(prefill).filter((e): e is [string, string] => e[1] !== null)).toString()
    return `/organisations/${kind}/new${query ? `?${query}` : ''}`
  },
}
