// Owners as roadmaps write them — "МТ РК (головной), МИД РК; Минэкономики (по согласованию)",
// "МИД" in a document of our own country, "министерства иностранных дел Сторон" — split into
// names with their roles and matched to the organisations in the registry: by name or short name
// (tolerant of case, ё, dots and spacing), by a close variant of a short name ("МТиК КР" for
// "МТК КР"), by initials in any of its languages ("МТ РК" for "Министерство транспорта Республики
// Казахстан", "QR TV" for "Qozogʻiston Respublikasi Transport vazirligi"), by the
// "Мин-" contraction ("Минэнерго РК"), and, for a name without its country, among our country's
// organisations or, in the plural ("министерства энергетики"), among every party's.
import { everyLanguage, fold } from '../domain/search'
import type { Country, Organisation, OrganisationInput, OwnerRole } from '../schema'

export interface OwnerName {
  /** The name as written, without its role marker. */
  name: string
  role: OwnerRole
}

// Role and status markers, in brackets after a name or after a dash: "(головной)", "(свод)",
// "– ответственный", and their Kazakh and Uzbek equivalents ("(жауапты)", "(masʼul)"). The words
// are matched folded (search's fold: қ as к, і as и, no apostrophes), so they are written so here.
// `\p{L}` with the u flag: `\w` would know Latin letters only.
const ROLE_WORDS: [RegExp, OwnerRole | null][] = [
  [
    /^(?:отв\.?|ответственн\p{L}*(?: исполнител\p{L}*)?|головн\p{L}*(?: исполнител\p{L}*)?|свод|сводн\p{L}*|координатор\p{L}*|lead(?: agency| executor)?|responsible|coordinator|coordination|жауапты(?: орындаушы)?|уйлестируши|masul(?: ijrochi)?|bosh ijrochi|muvofiqlashtiruvchi)$/u,
    'lead',
  ],
  [/^(?:соисп\.?|соисполнител\p{L}*|co-?exec\.?|co-?executors?|co-?lead|бирлесип орындаушы|бирлескен орындаушы|hamijrochi|hamkor ijrochi)$/u, 'co_executor'],
  [/^(?:участн\.?|участни\p{L}*|particip\.?|participants?|катысушы\p{L}*|ishtirokchi\p{L}*)$/u, 'participant'],
  // Say who takes part, not what part: the role follows the name's place in the list.
  [/^(?:по согл\.?|по согласованию|по согласованию с ним|с согласия|by agreement|upon agreement|subject to agreement|if agreed|as agreed|келисим бойынша|келису бойынша|kelishuv boyicha|kelishilgan holda)$/u, null],
]

const BRACKETED = /\s*\(([^()]*)\)/gu
const DASHED_MARKER = /\s+[-–—]\s*([\p{L}. ]+)$/u

/** The role a marker's words give; undefined when they are not a marker (a name in brackets stays). */
function markerRole(words: string): OwnerRole | null | undefined {
  const tokens = fold(words)
    .split(/[,;/]+/)
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter((t) => t !== '')
  if (tokens.length === 0) return undefined
  let role: OwnerRole | null = null
  for (const token of tokens) {
    const found = ROLE_WORDS.find(([re]) => re.test(token))
    if (!found) return undefined
    role ??= found[1]
  }
  return role
}

/** The name without its markers, and the role they set (null: none set). */
function withoutMarkers(part: string): { name: string; role: OwnerRole | null } {
  let role: OwnerRole | null = null
  let name = part.replace(BRACKETED, (whole, inner: string) => {
    const found = markerRole(inner)
    if (found === undefined) return whole
    role ??= found
    return ''
  })
  const dashed = DASHED_MARKER.exec(name)
  const dashedRole = dashed ? markerRole(dashed[1]!) : undefined
  if (dashed && dashedRole !== undefined) {
    name = name.slice(0, dashed.index)
    role ??= dashedRole
  }
  return { name: name.replace(/\s+/g, ' ').replace(/^[\s,.;:–—-]+|[\s,;:–—-]+$/g, ''), role }
}

/** Words that open an organisation's name, so a comma before them starts another owner. */
const INSTITUTION_START =
  /^(?:министерств|мин[а-яё]{3,}|ведомств|агентств|комитет|госкомитет|гос[а-яё]+|служб|акимат|хокимият|правительств|кабинет|администраци|инспекци|палат|национальн|центр|фонд|банк|ассоциаци|совет|секретариат|департамент|управлени|ао\b|тоо\b|ministr|agency|committee|state |national |department|office|council|secretariat|bank|centre|center|fund|association|government)/iu
/** An abbreviation: two capitals or more ("МИД", "МТиК", "АО"). */
const ABBREVIATION = /^[«"]?\p{Lu}[\p{L}]*\p{Lu}/u

/** Splits on commas outside brackets. */
function commaParts(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}

/**
 * The owners in a cell, in order, each with its role: a marker when there is one; otherwise the
 * first is the lead and the rest co-executors (how roadmaps list them), unless another one is
 * marked the lead. A comma separates owners only where the next part starts an organisation's
 * name (or is one the registry knows): "акиматы областей, городов Астаны, Алматы и Шымкента" is one.
 */
export function splitOwners(cell: string, isKnown: (name: string) => boolean = () => false): OwnerName[] {
  const names: { name: string; role: OwnerRole | null }[] = []
  for (const line of cell.split(/[;\n]+/)) {
    let current: string | null = null
    let currentName = ''
    for (const part of commaParts(line)) {
      const bare = withoutMarkers(part).name
      const starts = ABBREVIATION.test(bare) || INSTITUTION_START.test(bare) || isKnown(bare) || (/^\p{Lu}/u.test(bare) && current !== null && !/^\p{Ll}/u.test(currentName))
      if (current === null || starts) {
        if (current !== null) names.push(withoutMarkers(current))
        current = part
        currentName = bare
      } else {
        current = `${current}, ${part}`
      }
    }
    if (current !== null) names.push(withoutMarkers(current))
  }
  const kept = names.filter((n) => n.name !== '')
  const marked = kept.some((n) => n.role === 'lead')
  return kept.map((n, i) => ({ name: n.name, role: n.role ?? (i === 0 && !marked ? 'lead' : 'co_executor') }))
}

// ---------------------------------------------------------------------------------------------
// Countries in names

/** How names say which country an organisation is of, longest first per country. */
const COUNTRY_WORDS: Record<string, string[]> = {
  KZ: ['республики казахстан', 'республика казахстан', 'казахстана', 'казахстан', 'рк', 'of the republic of kazakhstan', 'of kazakhstan', 'kazakhstan', 'kz', 'rk'],
  KG: ['кыргызской республики', 'кыргызская республика', 'кыргызстана', 'киргизии', 'кыргызстан', 'кр', 'of the kyrgyz republic', 'of kyrgyzstan', 'kyrgyzstan', 'kg'],
  TJ: ['республики таджикистан', 'республика таджикистан', 'таджикистана', 'таджикистан', 'рт', 'of the republic of tajikistan', 'of tajikistan', 'tajikistan', 'tj'],
  TM: ['при кабинете министров туркменистана', 'туркменистана', 'туркменистан', 'of turkmenistan', 'turkmenistan', 'tm'],
  UZ: ['республики узбекистан', 'республика узбекистан', 'узбекистана', 'узбекистан', 'руз', 'of the republic of uzbekistan', 'of uzbekistan', 'uzbekistan', 'uz'],
  AZ: ['азербайджанской республики', 'азербайджана', 'азербайджан', 'ар', 'of the republic of azerbaijan', 'of azerbaijan', 'azerbaijan', 'az'],
  RU: ['российской федерации', 'россии', 'рф', 'of the russian federation', 'of russia', 'russia', 'ru'],
}
const COUNTRY_MARKERS: [string, string][] = Object.entries(COUNTRY_WORDS)
  .flatMap(([code, words]) => words.map((w): [string, string] => [code, w]))
  .sort((a, b) => b[1].length - a[1].length)

/** Folded words with single spaces and no punctuation but hyphens inside words. */
const words = (name: string) =>
  fold(name)
    .replace(/[«»"'“”„().,;:]/g, ' ')
    .replace(/\s[-–—]\s/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The country a name ends with, if it names one, and the name without it. */
export function splitCountry(name: string): { code: string | null; bare: string } {
  const w = words(name)
  for (const [code, marker] of COUNTRY_MARKERS) {
    if (w.endsWith(` ${marker}`)) return { code, bare: w.slice(0, -marker.length - 1).trim() }
  }
  return { code: null, bare: w }
}

/** The parties phrase of "министерства энергетики Сторон": every party's organisation is meant. */
const PARTIES = / (?:сторон|государств[- ]участников|государств-членов|государств центральной азии|of the parties|of the member states|of the central asian states)$/

// Head nouns in any case and number, to their nominative singular ("министерствам" → "министерство").
const HEADS: [RegExp, string][] = [
  [/^министерств(?:о|а|у|ом|е|ам|ами|ах)$/, 'министерство'],
  [/^ведомств(?:о|а|у|ом|е|ам|ами|ах)$/, 'ведомство'],
  [/^агентств(?:о|а|у|ом|е|ам|ами|ах)$/, 'агентство'],
  [/^комитет(?:|а|у|ом|е|ы|ов|ам|ами|ах)$/, 'комитет'],
  [/^служб(?:а|ы|е|у|ой|ам|ами|ах)$/, 'служба'],
  [/^ministr(?:y|ies)$/, 'ministry'],
  [/^agenc(?:y|ies)$/, 'agency'],
]
const PLURAL_HEAD = /^(?:министерства|министерствам|министерствами|министерствах|ведомства|ведомствам|агентства|агентствам|комитеты|комитетам|службы|службам|ministries|agencies)$/

/** The name's head noun in the nominative singular, and whether it was plural. */
function normaliseHead(bare: string): { key: string; plural: boolean } {
  const [head = '', ...rest] = bare.split(' ')
  const found = HEADS.find(([re]) => re.test(head))
  return { key: [found ? found[1] : head, ...rest].join(' '), plural: PLURAL_HEAD.test(head) }
}

const compact = (w: string) => w.replace(/[\s-]+/g, '')

/** The initials of a name's significant words: "Министерство транспорта Республики Казахстан" → "мтрк". */
function initials(w: string, keepAnd: boolean): string {
  return w
    .split(/[\s-]+/)
    .filter((x) => x.length > 2 || (keepAnd && x === 'и') || !/^\p{L}{1,2}$/u.test(x))
    .map((x) => x[0] ?? '')
    .join('')
}

/** "МТиК" → "МТК": lower-case letters inside an abbreviation are conjunctions ("и") or noise. */
const abbreviationVariant = (name: string) => name.replace(/(?<=\p{Lu})\p{Ll}{1,2}(?=\p{Lu})/gu, '')

// ---------------------------------------------------------------------------------------------
// The index

export interface MatchContext {
  /** The country a name without one means: ours, when the document is ours. */
  homeCountryId: string | null
  /** The countries "of the Parties" means (the document's parties); empty: every country. */
  partyCountryIds: readonly string[]
}

export interface OrganisationIndex {
  /** The one organisation a name means, or null. */
  find(name: string): Organisation | null
  /** The organisations a name means: one, or each party's for a plural name ("министерства энергетики"). */
  findAll(name: string): Organisation[]
}

interface Entry {
  organisation: Organisation
  countryCode: string | null
  /** The names without their country, head noun normalised: "министерство транспорта". */
  bare: string[]
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}
const only = <T>(list: T[] | undefined): T | null => (list?.length === 1 ? list[0]! : null)

export function indexOrganisations(organisations: readonly Organisation[], countries: readonly Pick<Country, 'id' | 'code'>[] = [], context: MatchContext = { homeCountryId: null, partyCountryIds: [] }): OrganisationIndex {
  const codeOf = new Map(countries.map((c) => [c.id, c.code]))
  const idOf = new Map(countries.map((c) => [c.code, c.id]))
  const exact = new Map<string, Organisation[]>()
  const byInitials = new Map<string, Organisation[]>()
  const entries: Entry[] = []
  for (const o of organisations) {
    const names = everyLanguage(o.name).filter((n) => n.trim() !== '')
    const all = [...names, ...everyLanguage(o.shortName).filter((n) => n.trim() !== '')]
    for (const name of all) push(exact, compact(words(name)), o)
    for (const name of names) {
      for (const keepAnd of [false, true]) {
        const k = initials(words(name), keepAnd)
        if (k.length >= 2) push(byInitials, k, o)
      }
    }
    const countryCode = o.countryId ? (codeOf.get(o.countryId) ?? null) : null
    entries.push({ organisation: o, countryCode, bare: all.map((n) => normaliseHead(splitCountry(n).bare).key) })
  }

  /** Among the organisations of a country (or of every country), those whose bare name is this. */
  const bareMatches = (bare: string, countryIds: readonly (string | null)[] | null) => {
    const codes = countryIds === null ? null : new Set(countryIds.map((id) => (id ? codeOf.get(id) : undefined)))
    return entries.filter((e) => (codes === null || codes.has(e.countryCode ?? undefined)) && e.bare.some((b) => compact(b) === compact(bare))).map((e) => e.organisation)
  }

  /** "Минэнерго" → the ministry whose name's next word starts like "энер…". */
  const contraction = (bare: string, countryIds: readonly (string | null)[] | null) => {
    const m = /^мин([а-я]{3,})(?: (.*))?$/.exec(bare)
    if (!m || m[1]!.startsWith('истерств')) return []
    const stem = m[1]!.slice(0, 4)
    const codes = countryIds === null ? null : new Set(countryIds.map((id) => (id ? codeOf.get(id) : undefined)))
    return entries
      .filter((e) => (codes === null || codes.has(e.countryCode ?? undefined)) && e.bare.some((b) => b.startsWith('министерство ') && b.split(' ')[1]!.startsWith(stem) && (m[2] === undefined || b.endsWith(m[2]))))
      .map((e) => e.organisation)
  }

  // Per country, an index of its organisations alone: "МТ" or "МИД" mean one of those.
  const countryIndexes = new Map<string, { index: OrganisationIndex; entries: Entry[] }>()
  const inCountry = (countryId: string) => {
    let found = countryIndexes.get(countryId)
    if (!found) {
      const list = entries.filter((e) => e.organisation.countryId === countryId)
      found = { index: indexOrganisations(list.map((e) => e.organisation)), entries: list }
      countryIndexes.set(countryId, found)
    }
    return found
  }

  const findOne = (name: string): Organisation | null => {
    const w = words(name)
    if (w === '') return null
    const variant = compact(words(abbreviationVariant(name)))
    const found = only(exact.get(compact(w))) ?? only(exact.get(variant)) ?? only(byInitials.get(compact(w))) ?? only(byInitials.get(variant))
    if (found) return found
    const { code, bare } = splitCountry(name)
    const { key: head, plural } = normaliseHead(bare)
    // "министерства энергетики" means every party's: see findAll.
    if (plural || PARTIES.test(w)) return null
    // A country in the name picks among its organisations; none means ours.
    const countryId = code !== null ? (idOf.get(code) ?? null) : context.homeCountryId
    if (countryId === null) return null
    const country = inCountry(countryId)
    const bareVariant = compact(words(abbreviationVariant(bare)))
    return (
      only(bareMatches(head, [countryId])) ??
      country.index.find(bare) ??
      // "МИД" without a country: the short name "МИД РК" of ours.
      only(country.entries.filter((e) => e.organisation.shortName.ru !== '' && compact(splitCountry(e.organisation.shortName.ru).bare) === bareVariant).map((e) => e.organisation)) ??
      only(contraction(head, [countryId]))
    )
  }

  const memo = new Map<string, Organisation[]>()
  const findAll = (name: string): Organisation[] => {
    const one = findOne(name)
    if (one) return [one]
    const w = words(name)
    const parties = PARTIES.exec(w)
    const { key, plural } = normaliseHead(parties ? w.slice(0, parties.index) : w)
    if (!parties && !plural) return []
    return bareMatches(key, context.partyCountryIds.length > 0 ? context.partyCountryIds : null)
  }

  return {
    find: (name) => only(memoised(name)),
    findAll: memoised,
  }

  function memoised(name: string): Organisation[] {
    let found = memo.get(name)
    if (!found) {
      found = findAll(name)
      memo.set(name, found)
    }
    return found
  }
}

// ---------------------------------------------------------------------------------------------
// New organisations

const KINDS: [RegExp, OrganisationInput['kind']][] = [
  [/^(?:министерств|мин[а-я]{3,}|ministry|ministries)/, 'ministry'],
  [/^(?:секретариат|secretariat)/, 'secretariat'],
  [/^(?:агентств|комитет|госкомитет|служб|инспекци|ведомств|агентство|agency|committee|service|inspectorate|state committee)/, 'agency'],
  [/(?:оон|юнеско|еэк|снг|шос|оэср|ес|un|unesco|oecd|undp|world bank|всемирн|международн|international)(?:\s|$)/, 'international'],
]

/**
 * What a new organisation's name implies: its kind, its country (named in it, or ours for a
 * name without one in a document of ours) and, for an abbreviation, its short name.
 */
export function impliedOrganisation(name: string, countries: readonly Pick<Country, 'id' | 'code'>[], homeCountryId: string | null): OrganisationInput {
  const w = words(name)
  const kind = KINDS.find(([re]) => re.test(w))?.[1] ?? 'other'
  const { code } = splitCountry(name)
  const countryId = kind === 'international' ? null : code !== null ? (countries.find((c) => c.code === code)?.id ?? null) : homeCountryId
  const abbreviation = !/\s/.test(name.replace(/\s+\p{Lu}{2,4}$/u, '')) && ABBREVIATION.test(name)
  return { name: { ru: name, en: '' }, shortName: { ru: abbreviation ? name : '', en: '' }, kind: abbreviation && kind === 'other' && /^М/u.test(name) ? 'ministry' : kind, countryId, parentId: null }
}
