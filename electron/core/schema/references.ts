// Cross-record checks zod cannot express per record: every id a record points to must exist.
import type { DeskData } from './index'

export interface ReferenceProblem {
  path: string
  message: string
}

export function findBrokenReferences(data: DeskData): ReferenceProblem[] {
  const problems: ReferenceProblem[] = []
  const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id))
  const countries = ids(data.countries)
  const organisations = ids(data.organisations)
  const meetings = ids(data.meetings)
  const documents = ids(data.documents)
  const commitments = ids(data.commitments)

  const check = (set: Set<string>, id: string | null, path: string, what: string) => {
    if (id !== null && !set.has(id)) problems.push({ path, message: `Unknown ${what} ${id}` })
  }

  data.organisations.forEach((o, i) => {
    check(countries, o.countryId, `organisations.${i}.countryId`, 'country')
    check(organisations, o.parentId, `organisations.${i}.parentId`, 'organisation')
  })
  data.people.forEach((p, i) => {
    check(organisations, p.organisationId, `people.${i}.organisationId`, 'organisation')
    p.meetingIds.forEach((m, j) => check(meetings, m, `people.${i}.meetingIds.${j}`, 'meeting'))
  })
  data.meetings.forEach((m, i) => {
    check(countries, m.chairCountryId, `meetings.${i}.chairCountryId`, 'country')
    m.participants.forEach((p, j) => {
      check(countries, p.countryId, `meetings.${i}.participants.${j}.countryId`, 'country')
      check(organisations, p.organisationId, `meetings.${i}.participants.${j}.organisationId`, 'organisation')
    })
  })
  data.documents.forEach((d, i) => {
    check(meetings, d.meetingId, `documents.${i}.meetingId`, 'meeting')
    check(documents, d.parentDocumentId, `documents.${i}.parentDocumentId`, 'document')
    check(documents, d.adoption.approvedByDocumentId, `documents.${i}.adoption.approvedByDocumentId`, 'document')
    d.parties.forEach((p, j) => check(countries, p.countryId, `documents.${i}.parties.${j}.countryId`, 'country'))
  })
  data.commitments.forEach((c, i) => {
    check(documents, c.documentId, `commitments.${i}.documentId`, 'document')
    c.owners.forEach((o, j) => check(organisations, o.organisationId, `commitments.${i}.owners.${j}.organisationId`, 'organisation'))
    c.partnerCountryIds.forEach((id, j) => check(countries, id, `commitments.${i}.partnerCountryIds.${j}`, 'country'))
    c.relatedIds.forEach((id, j) => check(commitments, id, `commitments.${i}.relatedIds.${j}`, 'commitment'))
    c.milestones.forEach((m, j) => check(organisations, m.organisationId, `commitments.${i}.milestones.${j}.organisationId`, 'organisation'))
  })
  // Evidence names a source file of the commitment's own document.
  const filesOfDocument = new Map(data.documents.map((d) => [d.id, new Set(d.sourceFiles.map((f) => f.id))]))
  const documentOfCommitment = new Map(data.commitments.map((c) => [c.id, c.documentId]))
  data.statusUpdates.forEach((u, i) => {
    check(commitments, u.commitmentId, `statusUpdates.${i}.commitmentId`, 'commitment')
    const files = filesOfDocument.get(documentOfCommitment.get(u.commitmentId) ?? '') ?? new Set<string>()
    u.evidence.forEach((e, j) => check(files, e.fileId, `statusUpdates.${i}.evidence.${j}.fileId`, 'source file'))
  })
  const people = ids(data.people)
  const agendaOfMeeting = new Map(data.meetings.map((m) => [m.id, new Set(m.agenda.map((a) => a.id))]))
  data.briefs.forEach((b, i) => {
    check(meetings, b.meetingId, `briefs.${i}.meetingId`, 'meeting')
    const agenda = agendaOfMeeting.get(b.meetingId) ?? new Set<string>()
    b.sections.forEach((section, j) => {
      const at = `briefs.${i}.sections.${j}`
      const each = (set: Set<string>, list: string[], field: string, what: string) => list.forEach((id, k) => check(set, id, `${at}.${field}.${k}`, what))
      if (section.kind === 'commitments_annex') {
        each(documents, section.filter.documentIds, 'filter.documentIds', 'document')
        each(meetings, section.filter.meetingIds, 'filter.meetingIds', 'meeting')
        each(countries, section.filter.partnerCountryIds, 'filter.partnerCountryIds', 'country')
        each(commitments, section.carried, 'carried', 'commitment')
        for (const id of Object.keys(section.audiences)) check(commitments, id, `${at}.audiences.${id}`, 'commitment')
      }
      if (section.kind === 'country_notes') each(countries, section.countryIds, 'countryIds', 'country')
      if (section.kind === 'counterparts') {
        each(people, section.personIds, 'personIds', 'person')
        // A counterpart's audience mark belongs to a counterpart on the list.
        for (const id of Object.keys(section.audiences)) if (!section.personIds.includes(id)) problems.push({ path: `${at}.audiences.${id}`, message: `Audience of ${id}, who is not a counterpart` })
      }
      if (section.kind === 'annexes') each(documents, section.documentIds, 'documentIds', 'document')
      if (section.kind === 'agenda_items') section.items.forEach((item, k) => check(agenda, item.agendaItemId, `${at}.items.${k}.agendaItemId`, 'agenda item of the meeting'))
    })
  })
  check(organisations, data.settings.ourOrganisationId, 'settings.ourOrganisationId', 'organisation')
  return problems
}
