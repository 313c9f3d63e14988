// A bilingual pack's own texts in its second language. Every text the user writes in a brief has
// a key: the name of a line of its details ("title", "principal", "marking", …), or its
// section's id followed by the field ("…/objectives"), the talking point's id ("…/<point>") or
// the agenda item's id and field ("…/<item>/objective"). A translation is kept under that key per
// language (schema/v11.ts), and the second column of a bilingual pack prints it where one is
// given, the text as written where none is. Keys begin with their section's id, so a section's
// translations are found with it (its clearance covers them). Pure: the builder uses the same
// keys as the core.
import type { BriefInput, BriefSection, BriefTranslations, OutputLanguage, TalkingPoint } from '../schema'
import { retitled, type DefaultNames } from './labels'

/** The brief's own lines of text, each kept under its name as its key. */
const BRIEF_TEXTS = ['title', 'principal', 'marking', 'preparedBy', 'clearedBy'] as const
type BriefTextName = (typeof BRIEF_TEXTS)[number]
type Texted = Pick<BriefInput, BriefTextName | 'sections'>
type Rewrite = (key: string, text: string) => string

export const TITLE_KEY = 'title' satisfies BriefTextName
export const MARKING_KEY = 'marking' satisfies BriefTextName
export const textKey = (...parts: string[]) => parts.join('/')

function rewriteSection(section: BriefSection, rewrite: Rewrite): BriefSection {
  const key = (...parts: string[]) => textKey(section.id, ...parts)
  const points = (list: TalkingPoint[]) => list.map((p) => ({ ...p, text: rewrite(key(p.id), p.text) }))
  const titled = { ...section, title: rewrite(key('title'), section.title) }
  switch (titled.kind) {
    case 'steering':
      return {
        ...titled,
        objectives: rewrite(key('objectives'), titled.objectives),
        keyMessages: points(titled.keyMessages),
        positionsOfOthers: rewrite(key('positionsOfOthers'), titled.positionsOfOthers),
        defensiveLines: points(titled.defensiveLines),
        pressLine: rewrite(key('pressLine'), titled.pressLine),
      }
    case 'agenda_items':
      return {
        ...titled,
        items: titled.items.map((i) => ({
          ...i,
          objective: rewrite(key(i.agendaItemId, 'objective'), i.objective),
          pointsToMake: points(i.pointsToMake),
          background: rewrite(key(i.agendaItemId, 'background'), i.background),
        })),
      }
    case 'logistics':
      return { ...titled, body: rewrite(key('body'), titled.body) }
    default:
      return titled
  }
}

/** `brief` with each of its own texts rewritten; the one walk over them every use below shares. */
function rewriteTexts<B extends Texted>(brief: B, rewrite: Rewrite): B {
  const lines = Object.fromEntries(BRIEF_TEXTS.map((name) => [name, rewrite(name, brief[name])])) as Pick<B, BriefTextName>
  return { ...brief, ...lines, sections: brief.sections.map((s) => rewriteSection(s, rewrite)) }
}

/** Each of the brief's own texts with its key, in the order the builder shows them; empty ones too. */
function ownTexts(brief: Texted): { key: string; text: string }[] {
  const found: { key: string; text: string }[] = []
  rewriteTexts(brief, (key, text) => {
    found.push({ key, text })
    return text
  })
  return found
}

const given = (text: string | undefined): text is string => text !== undefined && text.trim() !== ''

/** The brief with its own texts in `language` where they were translated into it, as written where not. */
export function translated<B extends Texted & { translations: BriefTranslations }>(brief: B, language: OutputLanguage): B {
  const texts = brief.translations[language]
  return texts ? rewriteTexts(brief, (key, text) => (given(texts[key]) ? texts[key] : text)) : brief
}

/**
 * How many of the brief's written texts have a translation into `language`, of how many. Lines
 * still the defaults follow the language by themselves (labels.ts `retitled`).
 */
export function translationProgress(brief: Texted & Pick<BriefInput, 'language' | 'translations'>, language: OutputLanguage, names: DefaultNames): { done: number; of: number } {
  const texts = brief.translations[language] ?? {}
  const automatic = retitled(brief, names, brief.language, language)
  const follows = new Set(Object.entries(automatic).flatMap(([name, text]) => (text !== brief[name as keyof typeof automatic] ? [name] : [])))
  const written = ownTexts(brief).filter((t) => given(t.text) && !follows.has(t.key))
  return { done: written.filter((t) => given(texts[t.key])).length, of: written.length }
}

/** The translations of texts the brief still has, blank ones left out: a deleted point takes its translation with it. */
export function prunedTranslations(brief: Texted & { translations: BriefTranslations }): BriefTranslations {
  const keys = new Set(ownTexts(brief).map((t) => t.key))
  const pruned: BriefTranslations = {}
  for (const [language, texts] of Object.entries(brief.translations) as [OutputLanguage, Record<string, string>][]) {
    const kept = Object.entries(texts).filter(([key, text]) => keys.has(key) && given(text))
    if (kept.length > 0) pruned[language] = Object.fromEntries(kept)
  }
  return pruned
}

/** One section's translations in every language, for comparing what a clearance saw. */
export function sectionTranslations(sectionId: string, translations: BriefTranslations): Partial<Record<OutputLanguage, Record<string, string>>> {
  const prefix = textKey(sectionId, '')
  const own = Object.entries(translations).map(([language, texts]) => [language, Object.fromEntries(Object.entries(texts).filter(([key]) => key.startsWith(prefix)))] as const)
  return Object.fromEntries(own.filter(([, texts]) => Object.keys(texts).length > 0))
}

/**
 * The next meeting's brief made from `previous`: each text it copied keeps its translation. Copied
 * sections have new ids, so a translation follows the text it translates rather than its key.
 */
export function carriedTranslations(previous: Texted & { translations: BriefTranslations }, next: Texted): BriefTranslations {
  const carried: BriefTranslations = {}
  const before = ownTexts(previous)
  const after = ownTexts(next)
  for (const [language, texts] of Object.entries(previous.translations) as [OutputLanguage, Record<string, string>][]) {
    const byText = new Map(before.filter((t) => given(t.text) && given(texts[t.key])).map((t) => [t.text, texts[t.key]!]))
    const kept = after.flatMap((t): [string, string][] => (byText.has(t.text) ? [[t.key, byText.get(t.text)!]] : []))
    if (kept.length > 0) carried[language] = Object.fromEntries(kept)
  }
  return carried
}
