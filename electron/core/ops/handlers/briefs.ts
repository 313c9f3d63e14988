// Briefing packs: created from a meeting (or from the previous brief), edited, assembled.
import { assembleBrief, includedCommitments } from '../../briefs/assemble'
import { newBrief, withEveryKind } from '../../briefs/defaults'
import { briefToDocx } from '../../briefs/docx'
import { safeFileName } from '../../files/fileNames'
import { DeskError } from '../errors'
import { BriefSectionKind, type Brief, type BriefDocument, type BriefInput, type BriefSection, type DeskData } from '../../schema'
import type { briefsContract } from '../contracts/briefs'
import type { HandlerContext, HandlersOf } from './context'
import { findOrThrow, recordOps, type Ref } from './records'
import { saveAs } from './saveAs'

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

const SECTION_KINDS = BriefSectionKind.options.length

/** An agenda item's brief names an item of the brief's own meeting. */
function checkAgendaItems(d: DeskData, input: BriefInput): void {
  const agenda = new Set(d.meetings.find((m) => m.id === input.meetingId)?.agenda.map((a) => a.id))
  const issues = input.sections.flatMap((s, i) =>
    s.kind === 'agenda_items' ? s.items.flatMap((item, k) => (agenda.has(item.agendaItemId) ? [] : [{ path: `sections.${i}.items.${k}.agendaItemId`, message: 'validation.unknownRef' }])) : [],
  )
  if (issues.length > 0) throw new DeskError('invalid_arguments', 'An agenda item’s brief names an item the meeting does not have', issues)
}

const fileName = (doc: BriefDocument, version: number | null, extension: string) =>
  safeFileName(`${doc.title}${version === null ? '' : ` v${version}`}`, extension)

export function briefsHandlers(ctx: HandlerContext): HandlersOf<typeof briefsContract> {
  const data = () => ctx.store.data
  const briefs = recordOps<'briefs', BriefInput>(ctx, {
    collection: 'briefs',
    kind: 'brief',
    what: 'brief',
    refs: (input) => [{ path: 'meetingId', collection: 'meetings', id: input.meetingId }, ...input.sections.flatMap((s, i) => sectionRefs(s, `sections.${i}`))],
    check: (d, input) => checkAgendaItems(d, input),
    // Issued versions are kept as they were: editing changes only the draft.
    toFields: (_d, input, existing) => ({ ...input, issued: existing?.issued ?? [] }),
  })

  return {
    listBriefs: () => data().briefs.map(complete),

    createBrief: ({ meetingId, language, fromBriefId }) => {
      const meeting = findOrThrow(data().meetings, meetingId, 'meeting')
      const previous = fromBriefId ? findOrThrow(data().briefs, fromBriefId, 'brief') : null
      return briefs.create(newBrief(data(), meeting, language, ctx.today(), previous))
    },
    updateBrief: briefs.update,
    deleteBrief: briefs.remove,

    briefContent: ({ id, version }) => content(findOrThrow(data().briefs, id, 'brief'), version),

    issueBrief: async ({ id }) => {
      await ctx.store.update((d) => {
        // Assembled from the saved state (in the queue, so no other change comes in between).
        const saved = complete(findOrThrow(data().briefs, id, 'brief'))
        const number = (saved.issued.at(-1)?.number ?? 0) + 1
        const now = ctx.clock().toISOString()
        const brief = findOrThrow(d.briefs, id, 'brief')
        brief.issued.push({ number, issuedAt: now, content: assembleBrief(data(), saved, ctx.today(), number), included: includedCommitments(data(), saved) })
        brief.updatedAt = now
      })
      return findOrThrow(data().briefs, id, 'brief')
    },

    saveBriefPdf: ({ id, version }, call) => {
      const doc = content(findOrThrow(data().briefs, id, 'brief'), version)
      return saveAs(ctx, call, fileName(doc, version, 'pdf'), 'pdf', () => ctx.shell.briefPdf(doc), 'layout')
    },
    saveBriefWord: ({ id, version }, call) => {
      const doc = content(findOrThrow(data().briefs, id, 'brief'), version)
      return saveAs(ctx, call, fileName(doc, version, 'docx'), 'docx', () => briefToDocx(doc), 'layout')
    },
    printBrief: async ({ id, version }, call) => {
      const doc = content(findOrThrow(data().briefs, id, 'brief'), version)
      await call.progress('layout')
      await ctx.shell.printBrief(doc)
    },
  }

  /** The brief with every section kind, as the builder shows it (kinds newer than the brief included). */
  function complete(brief: Brief): Brief {
    const meeting = data().meetings.find((m) => m.id === brief.meetingId)
    if (!meeting || new Set(brief.sections.map((s) => s.kind)).size === SECTION_KINDS) return brief
    return { ...brief, sections: withEveryKind(brief.sections, meeting) }
  }

  /** The draft assembled now, or an issued version as frozen. */
  function content(brief: Brief, version: number | null): BriefDocument {
    if (version === null) return assembleBrief(data(), complete(brief), ctx.today())
    const issued = brief.issued.find((v) => v.number === version)
    if (!issued) throw new DeskError('not_found', `The brief has no version ${version}`)
    return issued.content
  }
}
