// A new brief: every section in the usual order, and what a pack for the next meeting carries
// forward from the previous one.
import { historyOf } from '../domain/commitmentQuery'
import { pick } from '../domain/dates'
import type { Brief, BriefInput, BriefSection, DeskData, OutputLanguage, Meeting, TalkingPoint } from '../schema'
import { defaultAudience } from './audience'
import { briefLabels } from './labels'
import { carriedTranslations } from './translations'

// Web Crypto's randomUUID: the builder (renderer) uses this module too.
const section = <K extends BriefSection['kind']>(kind: K) => ({ id: crypto.randomUUID(), enabled: true, title: '', audience: defaultAudience(kind), clearance: null, kind })

/** An empty agenda item's brief. */
export const agendaEntry = (agendaItemId: string) => ({ agendaItemId, objective: '', pointsToMake: [] as TalkingPoint[], background: '' })

/** A new talking point, meant for the same readers as its section. */
export const talkingPoint = (text = ''): TalkingPoint => ({ id: crypto.randomUUID(), text, audience: null, resolved: false, carried: false })

export function defaultSections(meeting: Meeting): BriefSection[] {
  return [
    section('cover'),
    section('contents'),
    section('addendum'),
    section('programme'),
    { ...section('steering'), objectives: '', keyMessages: [], positionsOfOthers: '', defensiveLines: [], pressLine: '' },
    { ...section('agenda_items'), items: meeting.agenda.map((a) => agendaEntry(a.id)) },
    {
      ...section('commitments_annex'),
      filter: { ownership: 'ours', documentIds: [], meetingIds: [], partnerCountryIds: [], themes: [], statuses: [] },
      show: 'summary',
      audiences: {},
      carried: [],
    },
    { ...section('upcoming_deadlines'), daysAfterMeeting: 90 },
    { ...section('country_notes'), countryIds: [] },
    { ...section('counterparts'), personIds: [], audiences: {} },
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

const closed = new Set(['completed', 'cancelled'])

/** The previous pack's talking points that were not resolved at its meeting, as new items marked as carried. */
const unresolved = (points: TalkingPoint[]): TalkingPoint[] => points.filter((p) => !p.resolved && p.text.trim() !== '').map((p) => ({ ...p, id: crypto.randomUUID(), carried: true }))

/**
 * The previous meeting's commitments still open now: those its pack listed (as last issued, or
 * its draft's annex when never issued) and ours adopted at that meeting.
 */
function openCommitments(data: DeskData, previous: Brief, listedBefore: (brief: Brief) => string[]): string[] {
  const ours = data.settings.ourOrganisationId
  const adoptedThere = new Set(data.documents.filter((d) => d.meetingId === previous.meetingId).map((d) => d.id))
  const listed = new Set(previous.issued.at(-1)?.included.map((c) => c.commitmentId) ?? listedBefore(previous))
  return data.commitments
    .filter((c) => listed.has(c.id) || (adoptedThere.has(c.documentId) && c.owners.some((o) => o.organisationId === ours)))
    .filter((c) => !closed.has(historyOf(data, c.id).status))
    .map((c) => c.id)
}

/**
 * The sections of a brief for `meeting` that starts from `previous` (the last meeting's brief):
 * what the user wrote and chose is copied, in the same order, and must be cleared again; agenda
 * item texts follow items of the same title. Talking points not resolved at the last meeting come
 * forward marked as carried (those of an agenda item this meeting does not have, among the key
 * messages), resolved ones stay behind; the annex lists the last meeting's open commitments, marked
 * as carried. Generated sections are assembled anew, so nothing else of them needs copying.
 */
function carriedOver(previous: Brief, meeting: Meeting, data: DeskData, listedBefore: (brief: Brief) => string[]): BriefSection[] {
  const oldMeeting = data.meetings.find((m) => m.id === previous.meetingId)
  const titleOf = (a: { title: { ru: string; en: string } }) => `${a.title.ru}|${a.title.en}`
  const oldTitle = new Map(oldMeeting?.agenda.map((a) => [a.id, titleOf(a)]))
  const newTitles = new Set(meeting.agenda.map(titleOf))
  const orphaned = previous.sections.flatMap((s) => (s.kind === 'agenda_items' ? s.items.filter((i) => !newTitles.has(oldTitle.get(i.agendaItemId) ?? '')).flatMap((i) => unresolved(i.pointsToMake)) : []))
  const open = openCommitments(data, previous, listedBefore)
  const sections = previous.sections.map((s): BriefSection => {
    const copy = { ...structuredClone(s), id: crypto.randomUUID(), clearance: null }
    switch (copy.kind) {
      case 'steering':
        return { ...copy, keyMessages: [...unresolved(copy.keyMessages), ...orphaned], defensiveLines: unresolved(copy.defensiveLines) }
      case 'agenda_items': {
        const texts = new Map(copy.items.map((i) => [oldTitle.get(i.agendaItemId), i]))
        return {
          ...copy,
          items: meeting.agenda.map((a) => {
            const old = texts.get(titleOf(a))
            return old ? { agendaItemId: a.id, objective: old.objective, pointsToMake: unresolved(old.pointsToMake), background: old.background } : agendaEntry(a.id)
          }),
        }
      }
      case 'commitments_annex':
        return { ...copy, carried: open }
      default:
        return copy
    }
  })
  // A previous pack without a steering section still brings its orphaned points along.
  if (orphaned.length > 0 && !sections.some((s) => s.kind === 'steering')) {
    sections.push({ ...section('steering'), objectives: '', keyMessages: orphaned, positionsOfOthers: '', defensiveLines: [], pressLine: '' })
  }
  return withEveryKind(sections, meeting)
}

/**
 * A new brief for `meeting`, or the next one after `previous` (its texts carried with their
 * translations). `listedBefore` says which commitments a never-issued brief's annex lists now
 * (the assembler knows).
 */
export function newBrief(data: DeskData, meeting: Meeting, language: OutputLanguage, today: string, previous: Brief | null, listedBefore: (brief: Brief) => string[] = () => []): BriefInput {
  const ours = data.organisations.find((o) => o.id === data.settings.ourOrganisationId)
  const previousMeeting = previous && data.meetings.find((m) => m.id === previous.meetingId)
  const brief = {
    meetingId: meeting.id,
    title: briefLabels[language].briefTitle(pick(meeting.title, language)),
    principal: previous?.principal ?? '',
    language,
    parallelLanguage: previous?.parallelLanguage ?? null,
    marking: previous?.marking ?? briefLabels[language].marking,
    preparedBy: previous?.preparedBy ?? (ours ? pick(ours.name, language) : ''),
    clearedBy: previous?.clearedBy ?? '',
    date: today,
    sections: previous ? carriedOver(previous, meeting, data, listedBefore) : defaultSections(meeting),
    coverClearance: previous?.coverClearance ?? false,
    carriedFrom: previousMeeting ? pick(previousMeeting.title, language) : '',
  }
  return { ...brief, translations: previous ? carriedTranslations(previous, brief) : {} }
}
