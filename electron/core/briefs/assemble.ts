// Assembles a brief into its document: plain blocks of text in the brief's own language, the one
// model the preview, the printed pages and the Word file all render. Generated sections are read
// from the registry as it is now; disabled sections and sections with nothing to say are left out.
// An edition for one audience is assembled from what that audience may read and nothing else, so
// every output made from it (pages, contents, PDF, Word and their metadata) holds nothing more.
import { addDays, format } from 'date-fns'
import { historyOf } from '../domain/commitmentQuery'
import { formatDay, formatMeetingDays, formatShortDay, pick } from '../domain/dates'
import { parseDay } from '../domain/deadline'
import { nextStepOf } from '../domain/milestones'
import { isOverdue } from '../domain/status'
import type { AnnexFilter, Audience, Brief, BriefBlock, BriefDocument, BriefSection, Commitment, DeskData, IssuedCommitment, OutputLanguage, Meeting, Organisation, TalkingPoint } from '../schema'
import { narrowest, readableBy } from './audience'
import { changeTables } from './changes'
import { briefLabels, retitled, type DefaultNames } from './labels'
import { translated } from './translations'

type Section<K extends BriefSection['kind']> = Extract<BriefSection, { kind: K }>

const BULLET = /^\s*[-•–—]\s+/

/** The user's text as blocks: blank lines separate paragraphs; lines starting with "-" or "•" are bullets. */
export function textBlocks(text: string): BriefBlock[] {
  const blocks: BriefBlock[] = []
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '')
    let paragraph: string[] = []
    let bullets: string[] = []
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join('\n') })
      if (bullets.length > 0) blocks.push({ type: 'bullets', items: bullets })
      paragraph = []
      bullets = []
    }
    for (const line of lines) {
      if (BULLET.test(line)) {
        if (paragraph.length > 0) flush()
        bullets.push(line.replace(BULLET, '').trim())
      } else {
        if (bullets.length > 0) flush()
        paragraph.push(line.trim())
      }
    }
    flush()
  }
  return blocks
}

/** Labelled parts, each under its own heading; empty parts are left out. */
const parts = (entries: [label: string, blocks: BriefBlock[]][]): BriefBlock[] =>
  entries.filter(([, blocks]) => blocks.length > 0).flatMap(([label, blocks]) => [{ type: 'heading', level: 3, text: label } as BriefBlock, ...blocks])

const closed = new Set(['completed', 'cancelled'])

interface Context {
  data: DeskData
  brief: Brief
  meeting: Meeting
  language: OutputLanguage
  today: string
  edition: Audience
  /** Commitments meant for a narrower audience, as the annex marks them: for the whole pack. */
  commitmentMarks: Map<string, Audience>
}

/** Whether an item marked `mark` (null: as its section) goes into the edition being assembled. */
const shown = (ctx: Context, section: BriefSection, mark: Audience | null | undefined) => readableBy(ctx.edition, narrowest(section.audience, mark))

/** Whether a commitment goes into the edition in `section`: the annex's mark holds wherever it is listed. */
const commitmentShown = (ctx: Context, section: BriefSection, c: Commitment) => shown(ctx, section, ctx.commitmentMarks.get(c.id))

/** The talking points this edition may read, as a bullet list; those brought forward say so. */
function pointBlocks(ctx: Context, section: BriefSection, points: TalkingPoint[]): BriefBlock[] {
  const L = briefLabels[ctx.language]
  const items = points
    .filter((p) => p.text.trim() !== '' && shown(ctx, section, p.audience))
    .map((p) => (p.carried ? `${p.text.trim()} (${L.carried})` : p.text.trim()))
  return items.length === 0 ? [] : [{ type: 'bullets', items }]
}

/**
 * An owner as the annex names it: short, but in the pack's language first — a Kazakh pack takes
 * an organisation's Kazakh name over its Russian abbreviation — then as `pick` stands in.
 */
const ownerName = (org: Organisation, language: OutputLanguage) =>
  org.shortName[language]?.trim() || org.name[language]?.trim() || pick(org.shortName, language) || pick(org.name, language)

function commitmentRow(ctx: Context, c: Commitment, show: 'summary' | 'text', carried: boolean) {
  const L = briefLabels[ctx.language]
  const history = historyOf(ctx.data, c.id)
  const overdue = isOverdue(c, history.status, ctx.today)
  const orgs = new Map(ctx.data.organisations.map((o) => [o.id, o]))
  const owners = c.owners
    .map((o) => {
      const org = orgs.get(o.organisationId)
      return `${org ? ownerName(org, ctx.language) : '?'} (${L.roles[o.role]})`
    })
    .join(', ')
  const summary = pick(c.summary, ctx.language)
  const text = show === 'text' || summary === '' ? c.text : summary
  const due = c.deadline.dueDate ? formatShortDay(c.deadline.dueDate, ctx.language) : L.noDueDate
  const next = nextStepOf(c.milestones)
  return {
    cells: [
      c.clause,
      text,
      owners,
      `${c.deadline.words}\n${due}`,
      [
        L.statuses[history.status],
        ...(overdue ? [L.overdue] : []),
        ...(carried ? [L.carried] : []),
        ...(next ? [L.nextStep(next.text, next.dueDate === null ? null : formatShortDay(next.dueDate, ctx.language))] : []),
      ].join('\n'),
      history.lastUpdateDate ? formatShortDay(history.lastUpdateDate, ctx.language) : '—',
    ],
    overdue,
  }
}

/** The commitments an annex section lists: its filter applied to the registry as it is now. */
function annexCommitments(data: DeskData, filter: AnnexFilter): Commitment[] {
  const ours = data.settings.ourOrganisationId
  const meetingDocs = new Set(data.documents.filter((d) => d.meetingId !== null && filter.meetingIds.includes(d.meetingId)).map((d) => d.id))
  return data.commitments.filter(
    (c) =>
      (filter.ownership === 'any' || (ours !== null && c.owners.some((o) => o.organisationId === ours))) &&
      (filter.documentIds.length === 0 || filter.documentIds.includes(c.documentId)) &&
      (filter.meetingIds.length === 0 || meetingDocs.has(c.documentId)) &&
      (filter.partnerCountryIds.length === 0 || c.partnerCountryIds.some((id) => filter.partnerCountryIds.includes(id))) &&
      (filter.themes.length === 0 || c.themes.some((t) => filter.themes.includes(t))) &&
      (filter.statuses.length === 0 || filter.statuses.includes(historyOf(data, c.id).status)),
  )
}

/**
 * The commitments an annex section lists in an edition: its filter's, and those carried forward
 * from the previous meeting, less those meant for a narrower audience.
 */
function annexListed(ctx: Context, section: Section<'commitments_annex'>): Commitment[] {
  const listed = new Set(annexCommitments(ctx.data, section.filter))
  const carried = new Set(section.carried)
  for (const c of ctx.data.commitments) if (carried.has(c.id)) listed.add(c)
  return [...listed].filter((c) => commitmentShown(ctx, section, c))
}

const annexSections = (ctx: Context) =>
  ctx.brief.sections.filter((s): s is Section<'commitments_annex'> => s.kind === 'commitments_annex' && s.enabled && readableBy(ctx.edition, s.audience))

/** Every commitment the edition's annexes list, as they stand now: what an issued version records. */
export function includedCommitments(data: DeskData, brief: Brief, edition: Audience): IssuedCommitment[] {
  const ctx = context(data, brief, '', edition)
  const seen = new Map<string, IssuedCommitment>()
  for (const section of annexSections(ctx)) {
    for (const c of annexListed(ctx, section)) {
      seen.set(c.id, { commitmentId: c.id, status: historyOf(data, c.id).status, dueDate: c.deadline.dueDate, words: c.deadline.words })
    }
  }
  return [...seen.values()]
}

function annex(ctx: Context, section: Section<'commitments_annex'>): BriefBlock[] {
  const L = briefLabels[ctx.language]
  const columns = [
    { title: L.columns.clause, width: 1 },
    { title: L.columns.commitment, width: 3.5 },
    { title: L.columns.owners, width: 2.2 },
    { title: L.columns.deadline, width: 1.8 },
    { title: L.columns.status, width: 1.7 },
    { title: L.columns.lastUpdate, width: 1.6 },
  ]
  const byClause = new Intl.Collator('ru', { numeric: true }).compare
  const listed = annexListed(ctx, section)
  const carried = new Set(section.carried)
  const tables = ctx.data.documents.flatMap((doc): BriefBlock[] => {
    const rows = listed
      .filter((c) => c.documentId === doc.id)
      .sort((a, b) => byClause(a.clause, b.clause))
      .map((c) => commitmentRow(ctx, c, section.show, carried.has(c.id)))
    if (rows.length === 0) return []
    return [
      { type: 'heading', level: 3, text: pick(doc.title, ctx.language) },
      { type: 'table', columns, rows },
    ]
  })
  const anyCarried = listed.some((c) => carried.has(c.id))
  return anyCarried && tables.length > 0 ? [{ type: 'paragraph', text: L.carriedNote(ctx.brief.carriedFrom) }, ...tables] : tables
}

function upcoming(ctx: Context, section: Section<'upcoming_deadlines'>): BriefBlock[] {
  const L = briefLabels[ctx.language]
  const ours = ctx.data.settings.ourOrganisationId
  const until = format(addDays(parseDay(ctx.meeting.endDate), section.daysAfterMeeting), 'yyyy-MM-dd')
  const docs = new Map(ctx.data.documents.map((d) => [d.id, d]))
  const due = ctx.data.commitments
    .filter((c) => ours !== null && c.owners.some((o) => o.organisationId === ours))
    .filter((c) => c.deadline.dueDate !== null && c.deadline.dueDate >= ctx.brief.date && c.deadline.dueDate <= until)
    .filter((c) => !closed.has(historyOf(ctx.data, c.id).status) && commitmentShown(ctx, section, c))
    .sort((a, b) => a.deadline.dueDate!.localeCompare(b.deadline.dueDate!))
  if (due.length === 0) return []
  return [
    {
      type: 'table',
      columns: [
        { title: L.columns.due, width: 1.3 },
        { title: L.columns.commitment, width: 4 },
        { title: L.columns.document, width: 2 },
        { title: L.columns.status, width: 1.3 },
      ],
      rows: due.map((c) => {
        const doc = docs.get(c.documentId)
        return {
          cells: [
            `${formatShortDay(c.deadline.dueDate!, ctx.language)}\n${c.deadline.words}`,
            `${c.clause} ${pick(c.summary, ctx.language) || c.text}`.trim(),
            doc ? pick(doc.title, ctx.language) : '',
            L.statuses[historyOf(ctx.data, c.id).status],
          ],
          overdue: false,
        }
      }),
    },
  ]
}

/** Per country, the open commitments its organisations lead that concern us (we own them too, or our country is a partner). */
function countryNotes(ctx: Context, section: Section<'country_notes'>): BriefBlock[] {
  const ours = ctx.data.organisations.find((o) => o.id === ctx.data.settings.ourOrganisationId)
  if (!ours) return []
  const countries = section.countryIds.length > 0 ? section.countryIds : ctx.meeting.participants.filter((p) => p.role === 'member').flatMap((p) => (p.countryId ? [p.countryId] : []))
  const orgCountry = new Map(ctx.data.organisations.map((o) => [o.id, o.countryId]))
  const concernsUs = (c: Commitment) => c.owners.some((o) => o.organisationId === ours.id) || (ours.countryId !== null && c.partnerCountryIds.includes(ours.countryId))
  return countries.flatMap((countryId): BriefBlock[] => {
    const country = ctx.data.countries.find((c) => c.id === countryId)
    if (!country || countryId === ours.countryId) return []
    const items = ctx.data.commitments
      .filter((c) => c.owners.some((o) => o.role === 'lead' && orgCountry.get(o.organisationId) === countryId))
      .filter((c) => concernsUs(c) && !closed.has(historyOf(ctx.data, c.id).status) && commitmentShown(ctx, section, c))
      .map((c) => `${c.clause} ${pick(c.summary, ctx.language) || c.text} — ${c.deadline.words}`.trim())
    return items.length === 0 ? [] : [{ type: 'heading', level: 3, text: pick(country.name, ctx.language) }, { type: 'bullets', items }]
  })
}

function counterparts(ctx: Context, section: Section<'counterparts'>): BriefBlock[] {
  const L = briefLabels[ctx.language]
  return section.personIds.filter((id) => shown(ctx, section, section.audiences[id])).flatMap((id): BriefBlock[] => {
    const person = ctx.data.people.find((p) => p.id === id)
    if (!person) return []
    const org = ctx.data.organisations.find((o) => o.id === person.organisationId)
    const rows = [
      { label: L.person.position, value: pick(person.position, ctx.language) },
      { label: L.person.organisation, value: org ? pick(org.name, ctx.language) : '' },
    ].filter((r) => r.value !== '')
    return [{ type: 'heading', level: 3, text: pick(person.name, ctx.language) }, ...(rows.length > 0 ? [{ type: 'facts', rows } as BriefBlock] : []), ...textBlocks(person.bio)]
  })
}

/**
 * What changed in the annexes' commitments since the last issued version of the same edition
 * (like with like). Nothing before the edition's first issue.
 */
function addendum(ctx: Context): BriefBlock[] {
  const previous = ctx.brief.issued.filter((v) => v.edition === ctx.edition).at(-1)
  if (!previous) return []
  const L = briefLabels[ctx.language]
  return [
    { type: 'paragraph', text: L.addendum.since(previous.number, formatDay(previous.issuedAt.slice(0, 10), ctx.language)) },
    ...changeTables(ctx.data, previous.included, includedCommitments(ctx.data, ctx.brief, ctx.edition), ctx.language),
  ]
}

function sectionBlocks(ctx: Context, section: BriefSection): BriefBlock[] {
  const L = briefLabels[ctx.language]
  switch (section.kind) {
    case 'cover':
    case 'contents':
      // Drawn by the outputs themselves: the cover from `cover`, the contents from the headings.
      return []
    case 'addendum':
      return addendum(ctx)
    case 'programme':
      return ctx.meeting.agenda.length === 0 ? [] : [{ type: 'numbered', items: ctx.meeting.agenda.map((a) => pick(a.title, ctx.language)) }]
    case 'steering':
      return parts([
        [L.steering.objectives, textBlocks(section.objectives)],
        [L.steering.keyMessages, pointBlocks(ctx, section, section.keyMessages)],
        [L.steering.positionsOfOthers, textBlocks(section.positionsOfOthers)],
        [L.steering.defensiveLines, pointBlocks(ctx, section, section.defensiveLines)],
        [L.steering.pressLine, textBlocks(section.pressLine)],
      ])
    case 'agenda_items': {
      const texts = new Map(section.items.map((i) => [i.agendaItemId, i]))
      return ctx.meeting.agenda.flatMap((item): BriefBlock[] => {
        const t = texts.get(item.id)
        const body = t
          ? parts([
              [L.agendaItem.objective, textBlocks(t.objective)],
              [L.agendaItem.pointsToMake, pointBlocks(ctx, section, t.pointsToMake)],
              [L.agendaItem.background, textBlocks(t.background)],
            ])
          : []
        return body.length === 0 ? [] : [{ type: 'heading', level: 2, text: pick(item.title, ctx.language) }, ...body]
      })
    }
    case 'commitments_annex':
      return annex(ctx, section)
    case 'upcoming_deadlines':
      return upcoming(ctx, section)
    case 'country_notes':
      return countryNotes(ctx, section)
    case 'counterparts':
      return counterparts(ctx, section)
    case 'logistics':
      return textBlocks(section.body)
    case 'annexes':
      return section.documentIds.length === 0
        ? []
        : [
            {
              type: 'numbered',
              items: section.documentIds.flatMap((id) => {
                const doc = ctx.data.documents.find((d) => d.id === id)
                return doc ? [`${pick(doc.title, ctx.language)}${doc.date ? ` (${formatDay(doc.date, ctx.language)})` : ''}`] : []
              }),
            },
          ]
  }
}

/** Always printed when switched on, in every edition, even with nothing of their own: the cover and the contents. */
const structural = new Set<BriefSection['kind']>(['cover', 'contents'])

function context(data: DeskData, brief: Brief, today: string, edition: Audience): Context {
  const meeting = data.meetings.find((m) => m.id === brief.meetingId)
  if (!meeting) throw new Error(`The brief's meeting ${brief.meetingId} is missing`)
  const commitmentMarks = new Map<string, Audience>()
  for (const s of brief.sections) {
    if (s.kind !== 'commitments_annex') continue
    for (const [id, mark] of Object.entries(s.audiences)) commitmentMarks.set(id, narrowest(commitmentMarks.get(id) ?? 'shared', mark))
  }
  return { data, brief, meeting, language: brief.language, today, edition, commitmentMarks }
}

/** The sections an edition holds: switched on and meant for its audience (the cover and contents always). */
const editionSections = (ctx: Context) => ctx.brief.sections.filter((s) => s.enabled && (structural.has(s.kind) || readableBy(ctx.edition, s.audience)))

/** The cover's line of clearances: each section of the edition that was cleared, by whom and when. */
function clearances(ctx: Context): string {
  const L = briefLabels[ctx.language]
  return editionSections(ctx)
    .filter((s) => s.clearance !== null && !structural.has(s.kind))
    .map((s) => L.clearance(s.title.trim() || L.sections[s.kind], s.clearance!.by, formatDay(s.clearance!.on, ctx.language)))
    .join('\n')
}

/** What the brief's defaults were made of. */
function defaultNames(data: DeskData, brief: Brief): DefaultNames {
  const meeting = data.meetings.find((m) => m.id === brief.meetingId)!
  const ours = data.organisations.find((o) => o.id === data.settings.ourOrganisationId)
  return { meeting: meeting.title, ours: ours?.name ?? null }
}

/** A text in a bilingual pack's two languages, joined by `between`; once when they are the same or the second is empty. */
const both = (first: string, second: string, between: string) => (second.trim() === '' || second === first ? first : first.trim() === '' ? second : `${first}${between}${second}`)

/**
 * The brief as it stands now: a draft, or with `version` the content of that issued version; for
 * `edition`'s audience (the principal's edition is the whole pack). A bilingual pack is assembled
 * again in its second language, its title and marking following that language while they are
 * the first language's defaults.
 */
export function assembleBrief(data: DeskData, brief: Brief, today: string, version: number | null = null, edition: Audience = 'principal'): BriefDocument {
  const first = assembleIn(data, brief, today, version, edition)
  const second = brief.parallelLanguage
  if (second === null || second === brief.language) return first
  // The second column prints the user's translations of the brief's own texts where given.
  const inSecond = translated(brief, second)
  const other = assembleIn(data, { ...inSecond, ...retitled(inSecond, defaultNames(data, brief), brief.language, second), language: second }, today, version, edition)
  const { language, title, cover, sections } = other
  return {
    ...first,
    // The corner, the foot and the cover's place carry both languages' words, the first's first; once when they are the same.
    marking: both(first.marking, other.marking, '\n'),
    footer: both(first.footer, other.footer, ' / '),
    letterhead: { ...first.letterhead, place: both(first.letterhead.place, other.letterhead.place, ' / ') },
    parallel: { language, title, cover, sections },
  }
}

function assembleIn(data: DeskData, brief: Brief, today: string, version: number | null, edition: Audience): BriefDocument {
  const ctx = context(data, brief, today, edition)
  const { meeting, language } = ctx
  const L = briefLabels[language]
  const layout = data.settings.briefLayout
  const ours = data.organisations.find((o) => o.id === data.settings.ourOrganisationId)
  const city = pick(layout.city, language).trim()
  const cover = [
    { label: L.cover.meeting, value: pick(meeting.title, language) },
    { label: L.cover.dates, value: formatMeetingDays(meeting, language) },
    { label: L.cover.venue, value: pick(meeting.venue, language) },
    { label: L.cover.principal, value: brief.principal },
    { label: L.cover.preparedBy, value: brief.preparedBy },
    { label: L.cover.clearedBy, value: brief.clearedBy },
    { label: L.cover.date, value: formatDay(brief.date, language) },
    { label: L.cover.version, value: version === null ? L.draft : String(version) },
    { label: L.cover.edition, value: edition === 'principal' ? '' : L.editions[edition] },
    { label: L.cover.clearance, value: brief.coverClearance ? clearances(ctx) : '' },
  ].filter((row) => row.value.trim() !== '')
  const sections = editionSections(ctx)
    .map((s) => ({ id: s.id, kind: s.kind, title: s.title.trim() || L.sections[s.kind], blocks: sectionBlocks(ctx, s) }))
    .filter((s) => structural.has(s.kind) || s.blocks.length > 0)
  return {
    language,
    marking: brief.marking,
    title: brief.title,
    cover,
    footer: L.footer(version === null ? L.draft : String(version), formatDay(brief.date, language), edition),
    edition,
    layout: { margins: { ...layout.margins }, pageNumbers: layout.pageNumbers },
    letterhead: { organisation: ours ? pick(ours.name, language) : '', emblem: layout.emblem, place: city === '' ? '' : L.place(city, brief.date.slice(0, 4)) },
    sections,
  }
}
