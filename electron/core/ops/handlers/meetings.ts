// Meetings, documents and the documents' source files.
import { current } from 'immer'
import type { Draft } from 'immer'
import type { DeskData, DocumentInput, MeetingInput } from '../../schema'
import { citingCommitments } from '../../domain/dependents'
import { refreshDueDates } from '../../domain/dueDates'
import type { meetingsContract } from '../contracts/meetings'
import { DeskError } from '../errors'
import { chooseAttachments, openAttachment } from './attachments'
import type { HandlerContext, HandlersOf } from './context'
import { findOrThrow, recordOps } from './records'

/** An agenda item taken off a meeting takes its brief in the meeting's draft briefs with it (issued versions keep theirs). */
function forgetRemovedAgendaItems(d: Draft<DeskData>): void {
  const agendas = new Map(d.meetings.map((m) => [m.id, new Set(m.agenda.map((a) => a.id))]))
  for (const brief of d.briefs) {
    const agenda = agendas.get(brief.meetingId)
    for (const section of brief.sections) {
      if (section.kind !== 'agenda_items' || section.items.every((i) => agenda?.has(i.agendaItemId))) continue
      section.items = section.items.filter((i) => agenda?.has(i.agendaItemId))
    }
  }
}

export function meetingsHandlers(ctx: HandlerContext): HandlersOf<typeof meetingsContract> {
  const data = () => ctx.store.data

  const meetings = recordOps<'meetings', MeetingInput>(ctx, {
    collection: 'meetings',
    kind: 'meeting',
    what: 'meeting',
    afterChange: (d) => {
      refreshDueDates(d)
      forgetRemovedAgendaItems(d)
    },
    refs: (input) => [
      { path: 'chairCountryId', collection: 'countries', id: input.chairCountryId },
      ...input.participants.flatMap((p, i) => [
        { path: `participants.${i}.countryId`, collection: 'countries' as const, id: p.countryId },
        { path: `participants.${i}.organisationId`, collection: 'organisations' as const, id: p.organisationId },
      ]),
    ],
  })

  const selfReference = (input: DocumentInput, id: string | null) => {
    const issues = [
      ['parentDocumentId', input.parentDocumentId],
      ['adoption.approvedByDocumentId', input.adoption.approvedByDocumentId],
    ]
      .filter(([, ref]) => id !== null && ref === id)
      .map(([path]) => ({ path: path!, message: 'validation.selfReference' }))
    if (issues.length > 0) throw new DeskError('invalid_arguments', 'A document cannot point to itself', issues)
  }

  const documents = recordOps<'documents', DocumentInput>(ctx, {
    collection: 'documents',
    kind: 'document',
    what: 'document',
    refs: (input) => [
      { path: 'meetingId', collection: 'meetings', id: input.meetingId },
      { path: 'parentDocumentId', collection: 'documents', id: input.parentDocumentId },
      { path: 'adoption.approvedByDocumentId', collection: 'documents', id: input.adoption.approvedByDocumentId },
      ...input.parties.map((p, i) => ({ path: `parties.${i}.countryId`, collection: 'countries' as const, id: p.countryId })),
    ],
    check: (_d, input, id) => selfReference(input, id),
    afterChange: refreshDueDates,
    // Files are attached by their own operations: a new document starts without, an edited one keeps its own.
    toFields: (_d, input, existing) => ({ ...input, sourceFiles: existing?.sourceFiles ?? [] }),
  })

  return {
    listMeetings: () => data().meetings,
    createMeeting: meetings.create,
    updateMeeting: meetings.update,
    deleteMeeting: meetings.remove,

    listDocuments: () => data().documents,
    createDocument: documents.create,
    updateDocument: documents.update,
    deleteDocument: documents.remove,

    addSourceFiles: async ({ documentId }) => {
      findOrThrow(data().documents, documentId, 'document')
      const files = await chooseAttachments(ctx)
      return ctx.store.update((d) => {
        const doc = findOrThrow(d.documents, documentId, 'document')
        doc.sourceFiles.push(...files)
        if (files.length > 0) doc.updatedAt = ctx.clock().toISOString()
        return current(doc)
      })
    },

    openSourceFile: async ({ documentId, fileId }) => {
      await openAttachment(ctx, findOrThrow(data().documents, documentId, 'document').sourceFiles, fileId)
    },

    removeSourceFile: ({ documentId, fileId }) =>
      ctx.store.update((d) => {
        const doc = findOrThrow(d.documents, documentId, 'document')
        const citing = citingCommitments(d as DeskData, fileId)
        if (citing.length > 0) throw new DeskError('conflict', 'Status updates cite this file as evidence', [], citing)
        doc.sourceFiles.splice(doc.sourceFiles.indexOf(findOrThrow(doc.sourceFiles, fileId, 'file')), 1)
        doc.updatedAt = ctx.clock().toISOString()
        return current(doc)
      }),
  }
}
