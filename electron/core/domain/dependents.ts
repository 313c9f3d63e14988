// What points to a record: a delete is refused while anything does, and the user is told what.
import type { Dependent } from '../ops/errors'
import { eachLanguage } from './dates'
import type { Brief, BriefSection, Commitment, DeskData, Texts } from '../schema'

export type RecordKind = 'country' | 'organisation' | 'person' | 'meeting' | 'document' | 'commitment' | 'brief'

const clauseName = (clause: string, summary: Texts): Texts => eachLanguage(summary, (text) => [clause, text].filter(Boolean).join(' '))

const briefName = (b: Brief): Texts => ({ ru: b.title, en: b.title })

/** Briefs with a section that points at something: they list it, so it cannot go. */
const briefsWhere = (data: DeskData, test: (section: BriefSection) => boolean) => data.briefs.filter((b) => b.sections.some(test))

/** The organisations a commitment names: its owners and its steps' owners. */
export const organisationsOf = (c: Commitment): string[] => [...c.owners.map((o) => o.organisationId), ...c.milestones.flatMap((m) => (m.organisationId === null ? [] : [m.organisationId]))]

/** The source file `fileId` as evidence: the commitments whose updates cite it. */
export function citingCommitments(data: DeskData, fileId: string): Dependent[] {
  const citing = new Set(data.statusUpdates.filter((u) => u.evidence.some((e) => e.fileId === fileId)).map((u) => u.commitmentId))
  return data.commitments.filter((c) => citing.has(c.id)).map((c) => ({ kind: 'commitment', id: c.id, name: clauseName(c.clause, c.summary) }))
}

export function dependentsOf(data: DeskData, kind: RecordKind, id: string): Dependent[] {
  const found: Dependent[] = []
  // Names are copied: the data may be a draft that is gone by the time the error is read.
  const add = (k: Dependent['kind'], record: { id: string }, name: Texts) => found.push({ kind: k, id: record.id, name: { ...name } })
  switch (kind) {
    case 'country':
      data.organisations.filter((o) => o.countryId === id).forEach((o) => add('organisation', o, o.name))
      data.meetings
        .filter((m) => m.chairCountryId === id || m.participants.some((p) => p.countryId === id))
        .forEach((m) => add('meeting', m, m.title))
      data.documents.filter((d) => d.parties.some((p) => p.countryId === id)).forEach((d) => add('document', d, d.title))
      data.commitments.filter((c) => c.partnerCountryIds.includes(id)).forEach((c) => add('commitment', c, clauseName(c.clause, c.summary)))
      briefsWhere(
        data,
        (section) =>
          (section.kind === 'country_notes' && section.countryIds.includes(id)) ||
          (section.kind === 'commitments_annex' && section.filter.partnerCountryIds.includes(id)),
      ).forEach((b) => add('brief', b, briefName(b)))
      break
    case 'organisation':
      data.organisations.filter((o) => o.parentId === id).forEach((o) => add('organisation', o, o.name))
      data.people.filter((p) => p.organisationId === id).forEach((p) => add('person', p, p.name))
      data.meetings.filter((m) => m.participants.some((p) => p.organisationId === id)).forEach((m) => add('meeting', m, m.title))
      data.commitments
        .filter((c) => organisationsOf(c).includes(id))
        .forEach((c) => add('commitment', c, clauseName(c.clause, c.summary)))
      if (data.settings.ourOrganisationId === id) found.push({ kind: 'settings', id, name: { ru: 'наша организация', en: 'our organisation' } })
      break
    case 'person':
      briefsWhere(data, (section) => section.kind === 'counterparts' && section.personIds.includes(id)).forEach((b) => add('brief', b, briefName(b)))
      break
    case 'meeting':
      data.documents.filter((d) => d.meetingId === id).forEach((d) => add('document', d, d.title))
      data.people.filter((p) => p.meetingIds.includes(id)).forEach((p) => add('person', p, p.name))
      briefsWhere(data, (section) => section.kind === 'commitments_annex' && section.filter.meetingIds.includes(id))
        .concat(data.briefs.filter((b) => b.meetingId === id))
        .forEach((b) => add('brief', b, briefName(b)))
      break
    case 'document':
      data.documents
        .filter((d) => d.parentDocumentId === id || d.adoption.approvedByDocumentId === id)
        .forEach((d) => add('document', d, d.title))
      data.commitments.filter((c) => c.documentId === id).forEach((c) => add('commitment', c, clauseName(c.clause, c.summary)))
      briefsWhere(
        data,
        (section) => (section.kind === 'annexes' && section.documentIds.includes(id)) || (section.kind === 'commitments_annex' && section.filter.documentIds.includes(id)),
      ).forEach((b) => add('brief', b, briefName(b)))
      break
    case 'commitment':
      // Links from other commitments are removed with it; its own history goes with it.
      break
    case 'brief':
      // Nothing points to a brief.
      break
  }
  return found
}
