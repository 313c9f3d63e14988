// A new brief: every section in the usual order, and what can be carried over from a previous one.
import type { Brief, BriefInput, BriefSection, DeskData, Language, Meeting } from '../schema'
import { pick } from '../domain/dates'
import { briefLabels } from './labels'

// Web Crypto's randomUUID: the builder (renderer) uses this module too.
const section = <K extends BriefSection['kind']>(kind: K) => ({ id: crypto.randomUUID(), enabled: true, title: '', kind })

export function defaultSections(meeting: Meeting): BriefSection[] {
  return [
    section('cover'),
    section('contents'),
    section('addendum'),
    section('programme'),
    { ...section('steering'), objectives: '', keyMessages: '', positionsOfOthers: '', defensiveLines: '', pressLine: '' },
    { ...section('agenda_items'), items: meeting.agenda.map((a) => ({ agendaItemId: a.id, objective: '', pointsToMake: '', background: '' })) },
    {
      ...section('commitments_annex'),
      filter: { ownership: 'ours', documentIds: [], meetingIds: [], partnerCountryIds: [], themes: [], statuses: [] },
      show: 'summary',
    },
    { ...section('upcoming_deadlines'), daysAfterMeeting: 90 },
    { ...section('country_notes'), countryIds: [] },
    { ...section('counterparts'), personIds: [] },
    { ...section('logistics'), body: '' },
    { ...section('annexes'), documentIds: [] },
  ]
}

/**
 * A brief's sections with every kind there is: a kind added to the app after the brief was made
 * (the addendum) comes in at its usual place, switched on, so an older brief can use it.
 */
export function withEveryKind(sections: BriefSection[], meeting: Meeting): BriefSection[] {
  const result = [...sections]
  let after = -1
  for (const usual of defaultSections(meeting)) {
    const at = result.findIndex((s) => s.kind === usual.kind)
    if (at !== -1) after = at
    else result.splice(++after, 0, usual)
  }
  return result
}

/**
 * The sections of a brief for `meeting` that starts from `previous` (the last meeting's brief):
 * what the user wrote and chose is copied, in the same order; agenda item texts follow items of the
 * same title. Generated sections are assembled anew, so nothing of them needs copying.
 */
function carriedOver(previous: Brief, meeting: Meeting, data: DeskData): BriefSection[] {
  const oldMeeting = data.meetings.find((m) => m.id === previous.meetingId)
  const oldTitle = new Map(oldMeeting?.agenda.map((a) => [a.id, `${a.title.ru}|${a.title.en}`]))
  return previous.sections.map((s) => {
    const copy = { ...structuredClone(s), id: crypto.randomUUID() }
    if (copy.kind !== 'agenda_items') return copy
    const texts = new Map(copy.items.map((i) => [oldTitle.get(i.agendaItemId), i]))
    return {
      ...copy,
      items: meeting.agenda.map((a) => {
        const old = texts.get(`${a.title.ru}|${a.title.en}`)
        return { agendaItemId: a.id, objective: old?.objective ?? '', pointsToMake: old?.pointsToMake ?? '', background: old?.background ?? '' }
      }),
    }
  })
}

export function newBrief(data: DeskData, meeting: Meeting, language: Language, today: string, previous: Brief | null): BriefInput {
  const ours = data.organisations.find((o) => o.id === data.settings.ourOrganisationId)
  return {
    meetingId: meeting.id,
    title: briefLabels[language].briefTitle(pick(meeting.title, language)),
    principal: previous?.principal ?? '',
    language,
    marking: previous?.marking ?? briefLabels[language].marking,
    preparedBy: previous?.preparedBy ?? (ours ? pick(ours.name, language) : ''),
    clearedBy: previous?.clearedBy ?? '',
    date: today,
    sections: previous ? carriedOver(previous, meeting, data) : defaultSections(meeting),
  }
}
