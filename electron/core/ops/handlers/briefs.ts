// Briefing packs: created from a meeting (or from the previous brief), edited, assembled, issued as
// editions, handed out as numbered copies and kept in a register; and the layout all packs share.
import { current, type Draft } from 'immer'
import { randomUUID } from 'node:crypto'
import { basename, dirname, extname, join } from 'node:path'
import { assembleBrief, includedCommitments } from '../../briefs/assemble'
import { keepClearances } from '../../briefs/clearance'
import { newBrief, withEveryKind } from '../../briefs/defaults'
import { emblemImage, importEmblem } from '../../briefs/emblem'
import { briefLabels } from '../../briefs/labels'
import type { CopyStamp, PrintableBrief } from '../../briefs/printable'
import { registerDocument } from '../../briefs/register'
import { prunedTranslations } from '../../briefs/translations'
import { wordFileOf } from '../../briefs/wordFile'
import { safeFileName } from '../../files/fileNames'
import { writeWhole } from '../../files/wholeFile'
import { BriefSectionKind, type Audience, type Brief, type BriefCopy, type BriefDocument, type BriefInput, type BriefSection, type DeskData } from '../../schema'
import type { briefsContract, CopiesMade } from '../contracts/briefs'
import { DeskError, fileError } from '../errors'
import type { CallContext } from '../progress'
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
        ...ids(section.carried, `${at}.carried`, 'commitments'),
        ...Object.keys(section.audiences).map((id) => ({ path: `${at}.audiences.${id}`, collection: 'commitments' as const, id })),
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

/** A counterpart taken off the list takes its audience mark with it. */
const withoutStaleMarks = (section: BriefSection): BriefSection =>
  section.kind === 'counterparts' ? { ...section, audiences: Object.fromEntries(Object.entries(section.audiences).filter(([id]) => section.personIds.includes(id))) } : section

/**
 * Commitments deleted from the registry (one, or an undone import) leave the briefs that marked
 * or carried them: called inside the change that deletes them.
 */
export function dropCommitmentsFromBriefs(d: Draft<DeskData>, gone: ReadonlySet<string>): void {
  for (const brief of d.briefs) {
    for (const section of brief.sections) {
      if (section.kind !== 'commitments_annex') continue
      section.carried = section.carried.filter((id) => !gone.has(id))
      for (const id of Object.keys(section.audiences)) if (gone.has(id)) delete section.audiences[id]
    }
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

const fileName = (doc: BriefDocument, version: number | null, extension: string) => safeFileName(`${doc.title}${version === null ? '' : ` v${version}`}`, extension)

/** Copy N's file beside the one the user chose: "<chosen name> Экз. № N.pdf". */
function copyPath(chosen: string, number: number, extension: string, doc: BriefDocument): string {
  const base = basename(chosen, extname(chosen))
  return join(dirname(chosen), safeFileName(`${base} ${briefLabels[doc.language].copy(number)}`, extension))
}

export function briefsHandlers(ctx: HandlerContext): HandlersOf<typeof briefsContract> {
  const data = () => ctx.store.data
  /** Briefs whose copies are being made: a second run at once would give out the same numbers. */
  const copying = new Set<string>()
  const briefs = recordOps<'briefs', BriefInput>(ctx, {
    collection: 'briefs',
    kind: 'brief',
    what: 'brief',
    refs: (input) => [{ path: 'meetingId', collection: 'meetings', id: input.meetingId }, ...input.sections.flatMap((s, i) => sectionRefs(s, `sections.${i}`))],
    check: (d, input) => checkAgendaItems(d, input),
    // Issued versions and copies are kept as they were: editing changes only the draft.
    toFields: (_d, input, existing) => {
      const translations = prunedTranslations(input)
      return {
        ...input,
        translations,
        sections: keepClearances(existing?.sections ?? [], input.sections, existing?.translations, translations).map(withoutStaleMarks),
        issued: existing?.issued ?? [],
        copies: existing?.copies ?? [],
      }
    },
  })

  return {
    listBriefs: () => data().briefs.map(complete),

    createBrief: ({ meetingId, language, fromBriefId }) => {
      const meeting = findOrThrow(data().meetings, meetingId, 'meeting')
      const previous = fromBriefId ? complete(findOrThrow(data().briefs, fromBriefId, 'brief')) : null
      const listedNow = (brief: Brief) => includedCommitments(data(), brief, 'principal').map((c) => c.commitmentId)
      return briefs.create(newBrief(data(), meeting, language, ctx.today(), previous, listedNow))
    },
    updateBrief: briefs.update,
    deleteBrief: briefs.remove,

    briefContent: ({ id, version, edition }) => printable(content(findOrThrow(data().briefs, id, 'brief'), version, edition), null),

    issueBrief: async ({ id, edition }) => {
      await ctx.store.update((d) => {
        // Assembled from the saved state (in the queue, so no other change comes in between).
        const saved = complete(findOrThrow(data().briefs, id, 'brief'))
        const number = (saved.issued.at(-1)?.number ?? 0) + 1
        const now = ctx.clock().toISOString()
        const brief = findOrThrow(d.briefs, id, 'brief')
        brief.issued.push({ number, issuedAt: now, edition, content: assembleBrief(data(), saved, ctx.today(), number, edition), included: includedCommitments(data(), saved, edition) })
        brief.updatedAt = now
      })
      return complete(findOrThrow(data().briefs, id, 'brief'))
    },

    saveBriefPdf: async ({ id, version, edition }, call) => {
      const doc = await printable(content(findOrThrow(data().briefs, id, 'brief'), version, edition), null)
      return saveAs(ctx, call, fileName(doc, version, 'pdf'), 'pdf', () => ctx.shell.briefPdf(doc), 'layout')
    },
    saveBriefWord: async ({ id, version, edition }, call) => {
      const doc = await printable(content(findOrThrow(data().briefs, id, 'brief'), version, edition), null)
      return saveAs(ctx, call, fileName(doc, version, 'docx'), 'docx', () => wordFileOf(doc), 'layout')
    },
    printBrief: async ({ id, version, edition }, call) => {
      const doc = await printable(content(findOrThrow(data().briefs, id, 'brief'), version, edition), null)
      await call.progress('layout')
      await ctx.shell.printBrief(doc)
    },

    issueCopies: async (args, call) => {
      if (copying.has(args.id)) throw new DeskError('conflict', 'Copies of this brief are being made already; wait until they are done.')
      copying.add(args.id)
      try {
        return await makeCopies(args, call)
      } finally {
        copying.delete(args.id)
      }
    },

    setCopyState: ({ id, copyId, state, on }) =>
      ctx.store.update((d) => {
        const brief = findOrThrow(d.briefs, id, 'brief')
        const copy = findOrThrow(brief.copies, copyId, 'copy')
        copy.state = state
        copy.stateOn = state === 'held' ? null : (on ?? ctx.today())
        brief.updatedAt = ctx.clock().toISOString()
        return complete(current(brief) as Brief)
      }),

    saveRegisterPdf: async ({ id }, call) => {
      const brief = findOrThrow(data().briefs, id, 'brief')
      const doc = await printable(registerDocument(data(), brief, ctx.today()), null)
      return saveAs(ctx, call, safeFileName(doc.title, 'pdf'), 'pdf', () => ctx.shell.briefPdf(doc), 'layout')
    },
    printRegister: async ({ id }, call) => {
      const doc = await printable(registerDocument(data(), findOrThrow(data().briefs, id, 'brief'), ctx.today()), null)
      await call.progress('layout')
      await ctx.shell.printBrief(doc)
    },

    updateBriefLayout: ({ margins, pageNumbers, city }) =>
      ctx.store.update((d) => {
        const layout = d.settings.briefLayout
        if (margins) layout.margins = margins
        if (pageNumbers) layout.pageNumbers = pageNumbers
        if (city) layout.city = city
        return current(d.settings)
      }),
    chooseBriefEmblem: async () => {
      const [path] = await ctx.shell.chooseFiles()
      if (path === undefined) return null
      const emblem = await importEmblem(ctx.store.files, path, ctx.clock())
      return ctx.store.update((d) => {
        d.settings.briefLayout.emblem = emblem
        return current(d.settings)
      })
    },
    removeBriefEmblem: () =>
      ctx.store.update((d) => {
        d.settings.briefLayout.emblem = null
        return current(d.settings)
      }),
  }

  /** The brief with every section kind, as the builder shows it (kinds newer than the brief included). */
  function complete(brief: Brief): Brief {
    const meeting = data().meetings.find((m) => m.id === brief.meetingId)
    if (!meeting || new Set(brief.sections.map((s) => s.kind)).size === SECTION_KINDS) return brief
    return { ...brief, sections: withEveryKind(brief.sections, meeting) }
  }

  /** The draft assembled now as `edition`'s, or an issued version as frozen. */
  function content(brief: Brief, version: number | null, edition: Audience = 'principal'): BriefDocument {
    if (version === null) return assembleBrief(data(), complete(brief), ctx.today(), null, edition)
    const issued = brief.issued.find((v) => v.number === version)
    if (!issued) throw new DeskError('not_found', `The brief has no version ${version}`, [{ path: 'version', message: 'validation.notFound' }])
    return issued.content
  }

  async function printable(doc: BriefDocument, copy: CopyStamp | null): Promise<PrintableBrief> {
    return { ...doc, emblemImage: await emblemImage(ctx.store.files, doc.letterhead.emblem), copy }
  }

  async function makeCopies({ id, version, medium, watermark, recipients }: { id: string; version: number; medium: BriefCopy['medium']; watermark: boolean; recipients: string[] }, call: CallContext): Promise<CopiesMade | null> {
    const brief = findOrThrow(data().briefs, id, 'brief')
    const doc = content(brief, version)
    const first = Math.max(0, ...brief.copies.filter((c) => c.version === version).map((c) => c.number)) + 1
    const stamps = recipients.map((recipient, i): CopyStamp => ({ number: first + i, recipient: recipient.trim(), watermark }))
    const extension = medium === 'word' ? 'docx' : 'pdf'
    let chosen: string | null = null
    if (medium !== 'print') {
      chosen = await ctx.shell.chooseSavePath(fileName(doc, version, extension), extension)
      if (chosen === null) return null
    }
    const made: BriefCopy[] = []
    const paths: string[] = []
    try {
      for (const [done, copy] of stamps.entries()) {
        // Until the first copy exists, stopping leaves nothing behind.
        await call.progress('copies', { done, total: stamps.length }, done === 0)
        if (done === 0) call.checkCancelled()
        const page = await printable(doc, copy)
        if (chosen === null) {
          await ctx.shell.printBrief(page)
        } else {
          const path = copyPath(chosen, copy.number, extension, doc)
          const bytes = medium === 'word' ? await wordFileOf(page) : await ctx.shell.briefPdf(page)
          // The user's own file, readable as their other documents are.
          await writeWhole(path, [bytes], { mode: 0o666 }).catch((e: unknown) => {
            throw fileError(e, basename(path), 'write')
          })
          paths.push(path)
        }
        made.push({ id: randomUUID(), version, number: copy.number, recipient: copy.recipient, issuedOn: ctx.today(), medium, watermark, state: 'held', stateOn: null })
      }
      await call.progress('copies', { done: stamps.length, total: stamps.length })
    } finally {
      // Whatever was made is in someone's hands: it is registered even when a later copy failed.
      if (made.length > 0) {
        await call.progress('saving')
        await ctx.store.update((d) => {
          const record = findOrThrow(d.briefs, id, 'brief')
          record.copies.push(...made)
          record.updatedAt = ctx.clock().toISOString()
        })
      }
    }
    return { copies: made, paths }
  }
}
