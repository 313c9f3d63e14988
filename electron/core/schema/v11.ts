// Schema version 11: version 10 plus a bilingual pack's own texts in its second language. What
// the user writes in a brief (the lines of its details — title, principal, marking, author,
// clearer — section titles, the steering brief's texts and points, each agenda item's, the
// logistics) was printed in both columns as written; now each may have its translation, kept per
// language by a key naming the text (briefs/translations.ts), and the second column prints it
// where it is given. Kept per language, so switching the second language from Kazakh to Uzbek and
// back loses nothing. Briefs never travel in exchange packages, so only the data file changes:
// every brief gets an empty set of translations.
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { LongText } from './v1'
import { DeskDataV10 } from './v10'
import { Brief as BriefV9, BriefInput as BriefInputV9, OutputLanguage } from './v9'

/** At most this many translated texts per language: a pack has a few dozen texts, a hostile file no say. */
export const MAX_TRANSLATIONS = 2000

/** A text's key: a line of the details ("title", "marking", …), or a section's id then a field, an agenda item's id or a point's id (see briefs/translations.ts). */
export const TranslationKey = z.string().regex(/^[\w-]{1,40}(\/[\w-]{1,40}){0,2}$/)
export const TranslatedTexts = z.record(TranslationKey, LongText).refine((texts) => Object.keys(texts).length <= MAX_TRANSLATIONS, 'Too many translated texts')
/** The brief's own texts in the languages they were translated into, each by its key. */
export const BriefTranslations = z.partialRecord(OutputLanguage, TranslatedTexts)

export const BriefInput = BriefInputV9.extend({ translations: BriefTranslations })
// An extension that keeps version 9's rule on the copies.
export const Brief = BriefV9.safeExtend({ translations: BriefTranslations })

export const DeskDataV11 = DeskDataV10.extend({ briefs: z.array(Brief) })

export type TranslatedTexts = z.infer<typeof TranslatedTexts>
export type BriefTranslations = z.infer<typeof BriefTranslations>
export type BriefInput = z.infer<typeof BriefInput>
export type Brief = z.infer<typeof Brief>

/** Version 10's data as version 11's: no brief translated yet. Frozen: a later version changes its own step. */
export function upgradeV10ToV11(data: unknown): unknown {
  const v10 = data as Record<string, unknown> & { briefs?: unknown }
  // A damaged file is left as it is: validation after the upgrade says what is wrong with it.
  if (!Array.isArray(v10.briefs)) return data
  return { ...v10, briefs: v10.briefs.map((brief: Record<string, unknown>) => ({ ...brief, translations: {} })) }
}
