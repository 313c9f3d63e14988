// Who may read what: an edition of a pack for one audience holds every part meant for that
// audience or a wider one. A single item (a talking point, a commitment, a counterpart) can be
// narrower than its section, never wider: the narrower of the two decides. Pure: the builder
// uses it too.
import type { Audience, BriefSection } from '../schema'

/** From the narrowest to the widest. */
export const AUDIENCES: readonly Audience[] = ['principal', 'delegation', 'shared']

const width = (audience: Audience) => AUDIENCES.indexOf(audience)

/** Whether a part meant for `audience` goes into the edition for `edition`. */
export const readableBy = (edition: Audience, audience: Audience) => width(audience) >= width(edition)

/** The narrower of a section's audience and its item's own mark (null: as the section). */
export const narrowest = (section: Audience, item: Audience | null | undefined): Audience => (item && width(item) < width(section) ? item : section)

/** What a new section is meant for: the cover, contents and programme for anyone, the rest for the delegation. */
export const defaultAudience = (kind: BriefSection['kind']): Audience => (kind === 'cover' || kind === 'contents' || kind === 'programme' ? 'shared' : 'delegation')

/** The sections an edition would hold that are still drafts: what issuing it warns of (the cover and contents need no clearance). */
export const unclearedSections = (sections: BriefSection[], edition: Audience) =>
  sections.filter((s) => s.enabled && s.kind !== 'cover' && s.kind !== 'contents' && readableBy(edition, s.audience) && s.clearance === null)
