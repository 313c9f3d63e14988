// A clearance is of the text it saw: a section changed after it was cleared goes back to draft,
// unless the same save clears it again. Its texts' translations are part of it (a bilingual pack
// prints them); switching a section off or on, or changing who may read it, is not a change of
// its text. Pure: the builder applies the same rule as the user types.
import { canonicalJson } from '../domain/canonicalJson'
import type { BriefSection, BriefTranslations } from '../schema'
import { sectionTranslations } from './translations'

const clearedPart = ({ clearance: _c, enabled: _e, audience: _a, ...content }: BriefSection, translations: BriefTranslations) =>
  canonicalJson({ content, translations: sectionTranslations(content.id, translations) })

export function keepClearances(before: readonly BriefSection[], after: BriefSection[], translationsBefore: BriefTranslations = {}, translationsAfter: BriefTranslations = translationsBefore): BriefSection[] {
  const stored = new Map(before.map((s) => [s.id, s]))
  return after.map((section) => {
    const was = stored.get(section.id)
    if (!was || section.clearance === null || canonicalJson(section.clearance) !== canonicalJson(was.clearance)) return section
    return clearedPart(section, translationsAfter) === clearedPart(was, translationsBefore) ? section : { ...section, clearance: null }
  })
}
