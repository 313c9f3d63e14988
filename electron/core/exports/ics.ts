// Our organisation's open deadlines as an iCalendar file (RFC 5545) for Outlook or any calendar:
// one all-day event per commitment, on its due date.
//
// Written by hand rather than with the `ics` package: `ics` folds lines at 75 characters, not 75
// octets, so a Cyrillic line runs to 150 octets, and it does not escape commas or semicolons
// inside a category, so a theme "water, energy" would become two categories.
import { addDays, format, parseISO } from 'date-fns'
import { briefLabels } from '../briefs/labels'
import { historyOf } from '../domain/commitmentQuery'
import { pick } from '../domain/dates'
import type { Commitment, CommitmentStatus, DeskData, OutputLanguage } from '../schema'
import { ownersText } from './commitmentsTable'

export interface IcsOptions {
  /** Whose deadlines: commitments this organisation owns in any role. */
  organisationId: string
  language: OutputLanguage
  /** The export time, for DTSTAMP. */
  now: Date
}

const PRODID = '-//Delegation Desk//Commitment deadlines//EN'
/** The part after "@" in every UID: the commitment's id is unique, this says whose ids they are. */
const UID_DOMAIN = 'delegation-desk'
const MAX_LINE_OCTETS = 75
const SUMMARY_TEXT_LENGTH = 100

const calendarName: Record<OutputLanguage, string> = { ru: 'Сроки поручений', en: 'Commitment deadlines', kk: 'Тапсырмалардың мерзімдері', uz: 'Topshiriqlar muddatlari' }
const closed: ReadonlySet<CommitmentStatus> = new Set(['completed', 'cancelled'])
const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' })

/**
 * TEXT values: backslash, semicolon and comma escaped, line breaks as "\n" (RFC 5545 3.3.11), and
 * no other control character (3.1 allows none in a content line): a tab becomes a space, the
 * rest are left out.
 */
function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (ch) => `\\${ch}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      .replaceAll('\t', ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what is taken out
      .replace(/[\u0000-\u001f\u007f]/g, '')
  )
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/**
 * A content line folded so that no physical line exceeds 75 octets (RFC 5545 3.1): a break goes
 * between characters, never inside a character's UTF-8 bytes, and each continuation line starts
 * with the space that unfolding removes.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!)
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current)
      // The leading space of the continuation counts towards its 75.
      current = ' '
      octets = 1
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n')
}

const dateValue = (isoDay: string) => isoDay.replaceAll('-', '')
const nextDay = (isoDay: string) => format(addDays(parseISO(isoDay), 1), 'yyyyMMdd')
/** UTC date-time: 20261128T093000Z. */
const utcStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`

const SEQUENCE_EPOCH = Date.parse('2020-01-01T00:00:00Z')

/**
 * SEQUENCE tells a calendar which copy of an event is newer; re-importing replaces an event only by
 * a higher one (or, when equal, a later DTSTAMP). We keep no revision counter, so the sequence is
 * the time of the last change in seconds: the commitment's own edits (a moved deadline, new words)
 * and its status updates, since the status is part of the description. Seconds since 2020, not
 * since 1970, keep it within RFC 5545's 32-bit integer until 2088.
 */
function sequenceOf(data: DeskData, c: Commitment): number {
  // Compared as instants: stored times may carry different offsets.
  const changed = Math.max(Date.parse(c.updatedAt), ...historyOf(data, c.id).updates.map((u) => Date.parse(u.updatedAt)))
  return Math.max(0, Math.floor((changed - SEQUENCE_EPOCH) / 1000))
}

function shortened(text: string, length: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length > length ? `${chars.slice(0, length).join('').trimEnd()}…` : chars.join('')
}

/**
 * The commitments the organisation owns in any role that have a due date, as one all-day event
 * each, soonest first. A commitment without a due date ("ongoing", "by the next meeting" not yet
 * scheduled) has no day to put in a calendar. Completed and cancelled ones stay in the file as
 * cancelled events: a calendar cannot delete on re-import, but it does strike out or remove an
 * event whose newer copy says CANCELLED — so a deadline met since the last export disappears.
 */
export function deadlinesToIcs(data: DeskData, options: IcsOptions): string {
  const { organisationId, language } = options
  const L = briefLabels[language]
  const orgs = new Map(data.organisations.map((o) => [o.id, o]))
  const documents = new Map(data.documents.map((d) => [d.id, d]))
  const us = orgs.get(organisationId)

  const commitments = data.commitments
    .filter((c) => c.deadline.dueDate !== null && c.owners.some((o) => o.organisationId === organisationId))
    .map((c) => ({ c, status: historyOf(data, c.id).status, due: c.deadline.dueDate! }))
    .sort((a, b) => a.due.localeCompare(b.due) || collator.compare(a.c.clause, b.c.clause))

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(us ? `${calendarName[language]}: ${pick(us.shortName, language) || pick(us.name, language)}` : calendarName[language])}`,
  ]
  for (const { c, status, due } of commitments) {
    const doc = documents.get(c.documentId)
    const summary = `${c.clause} ${pick(c.summary, language) || shortened(c.text, SUMMARY_TEXT_LENGTH)}`.trim()
    const description = [
      doc ? `${L.columns.document}: ${pick(doc.title, language)}` : '',
      `${L.columns.deadline}: ${c.deadline.words}`,
      `${L.columns.status}: ${L.statuses[status]}`,
      `${L.columns.owners}: ${ownersText(c.owners, orgs, language)}`,
    ].filter((line) => line !== '')
    lines.push(
      'BEGIN:VEVENT',
      `UID:${c.id}@${UID_DOMAIN}`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART;VALUE=DATE:${dateValue(due)}`,
      // All-day: the end is exclusive, the next day.
      `DTEND;VALUE=DATE:${nextDay(due)}`,
      `SEQUENCE:${sequenceOf(data, c)}`,
      `STATUS:${closed.has(status) ? 'CANCELLED' : 'CONFIRMED'}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      ...(c.themes.length > 0 ? [`CATEGORIES:${c.themes.map(escapeText).join(',')}`] : []),
      // A deadline is a marker, not an appointment: it must not show the day as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map((line) => `${foldLine(line)}\r\n`).join('')
}
