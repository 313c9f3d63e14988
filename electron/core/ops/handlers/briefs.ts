// Briefing packs: created from a meeting (or from the previous brief), edited, assembled.
import { assembleBrief } from '../../briefs/assemble'
import { newBrief } from '../../briefs/defaults'
import type { BriefInput, BriefSection } from '../../schema'
import type { briefsContract } from '../contracts/briefs'
import type { HandlerContext, HandlersOf } from './context'
import { findOrThrow, recordOps, type Ref } from './records'

const ids = (list: string[], path: string, collection: Ref['collection']): Ref[] => list.map((id, i) => ({ path: `${path}.${i}`, collection, id }))

/** What each section of a brief points to, for the reference check. */
function sectionRefs(section: BriefSection, at: string): Ref[] {
  switch (section.kind) {
    case 'commitments_annex':
      return [
        ...ids(section.filter.documentIds, `${at}.filter.documentIds`, 'documents'),
        ...ids(section.filter.meetingIds, `${at}.filter.meetingIds`, 'meetings'),
        ...ids(section.filter.partnerCountryIds, `${at}.filter.partnerCountryIds`, 'countries'),
      ]
    case 'country_notes':
      return ids(section.countryIds, `${at}.countryIds`, 'countries')
    case 'counterparts':
      return ids(section.personIds, `${at}.personIds`, 'people')
    case 'annexes':
      return ids(section.documentIds, `${at}.documentIds`, 'documents')
    default:
      return []
  }
}

export function briefsHandlers(ctx: HandlerContext): HandlersOf<typeof briefsContract> {
  const data = () => ctx.store.data
  const briefs = recordOps<'briefs', BriefInput>(ctx, {
    collection: 'briefs',
    kind: 'brief',
    what: 'brief',
    refs: (input) => [{ path: 'meetingId', collection: 'meetings', id: input.meetingId }, ...input.sections.flatMap((s, i) => sectionRefs(s, `sections.${i}`))],
    // Issued versions are kept as they were: editing changes only the draft.
    toFields: (_d, input, existing) => ({ ...input, issued: existing?.issued ?? [] }),
  })

  return {
    listBriefs: () => data().briefs,

    createBrief: ({ meetingId, language, fromBriefId }) => {
      const meeting = findOrThrow(data().meetings, meetingId, 'meeting')
      const previous = fromBriefId ? findOrThrow(data().briefs, fromBriefId, 'brief') : null
      return briefs.create(newBrief(data(), meeting, language, ctx.today(), previous))
    },
    updateBrief: briefs.update,
    deleteBrief: briefs.remove,

    assembleBrief: ({ id }) => assembleBrief(data(), findOrThrow(data().briefs, id, 'brief'), ctx.today()),
  }
}
