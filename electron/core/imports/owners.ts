// Owners as a roadmap writes them — "МИД РК (отв.), МТ РК; Минэкономики" — matched to the
// organisations in the registry, tolerant of case, ё, dots and spacing, and of an abbreviation
// made of the initials of a full name ("МТ РК" for "Министерство транспорта Республики Казахстан").
import { fold } from '../domain/search'
import type { Organisation, OwnerRole } from '../schema'

export interface OwnerName {
  /** The name as written, without its role marker. */
  name: string
  role: OwnerRole
}

const ROLE_MARKERS: [RegExp, OwnerRole][] = [
  [/\((?:отв\.?|ответственн\w*|головн\w*|lead|responsible)\)/iu, 'lead'],
  [/\((?:соисп\.?|соисполнител\w*|co-?exec\.?|co-?executor\w*)\)/iu, 'co_executor'],
  [/\((?:участн\.?|участни\w*|particip\.?|participant\w*)\)/iu, 'participant'],
]

/**
 * The owners in a cell, in order, each with its role: a marker in brackets when there is one;
 * otherwise the first is the lead and the rest co-executors (how roadmaps list them).
 */
export function splitOwners(cell: string): OwnerName[] {
  const parts = cell
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return parts.map((part, i) => {
    const marker = ROLE_MARKERS.find(([re]) => re.test(part))
    const name = marker ? part.replace(marker[0], '').trim() : part
    return { name, role: marker ? marker[1] : i === 0 ? 'lead' : 'co_executor' }
  })
}

/** The comparable form of a name: folded, without dots, quotes and spaces. */
const key = (name: string) => fold(name).replace(/[.«»"'“”„\s-]+/g, '')

/** The initials of a name's significant words: "Министерство транспорта Республики Казахстан" → "мтрк". */
function initials(name: string): string {
  return fold(name)
    .split(/[\s-]+/)
    .filter((w) => w.length > 2 || /^[a-zа-я]{1,2}$/u.test(w) === false)
    .map((w) => w[0] ?? '')
    .join('')
}

export interface OrganisationIndex {
  find(name: string): Organisation | null
}

/** Exact (folded) names and short names first; then initials, only when they point to one organisation. */
export function indexOrganisations(organisations: readonly Organisation[]): OrganisationIndex {
  const exact = new Map<string, Organisation>()
  const byInitials = new Map<string, Organisation[]>()
  for (const o of organisations) {
    for (const name of [o.name.ru, o.name.en, o.shortName.ru, o.shortName.en]) if (name.trim() !== '') exact.set(key(name), o)
    for (const name of [o.name.ru, o.name.en]) {
      const k = initials(name)
      if (k.length >= 2) byInitials.set(k, [...(byInitials.get(k) ?? []).filter((x) => x !== o), o])
    }
  }
  return {
    find(name) {
      const k = key(name)
      if (k === '') return null
      const found = exact.get(k)
      if (found) return found
      const candidates = byInitials.get(k)
      return candidates?.length === 1 ? candidates[0]! : null
    },
  }
}
