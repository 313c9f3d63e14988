import { describe, expect, it } from 'vitest'
import { DEMO_TODAY, buildDemoData } from '../demo/demoData'
import { queryCommitments } from '../domain/commitmentQuery'
import type { DeskData } from '../schema'
import { deadlinesToIcs, foldLine } from './ics'

const NOW = new Date('2026-11-28T09:30:00Z')

interface Event {
  [property: string]: string
}

/** Unfolds the content lines and reads each VEVENT's properties (name with parameters → value). */
function parseIcs(ics: string): { lines: string[]; calendar: Event; events: Event[] } {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  expect(lines.pop()).toBe('')
  const calendar: Event = {}
  const events: Event[] = []
  let event: Event | null = null
  for (const line of lines) {
    const colon = line.indexOf(':')
    const [name, value] = [line.slice(0, colon), line.slice(colon + 1)]
    if (line === 'BEGIN:VEVENT') event = {}
    else if (line === 'END:VEVENT') {
      events.push(event!)
      event = null
    } else (event ?? calendar)[name] = value
  }
  return { lines, calendar, events }
}

const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch.toLowerCase() === 'n' ? '\n' : ch))

function demo() {
  const data = buildDemoData()
  const ours = data.settings.ourOrganisationId!
  return { data, ours }
}

/** Commitments of ours with a due date, found the way the list finds them; those closed are cancelled events. */
function expectedIds(data: DeskData, ours: string, which: 'open' | 'closed'): string[] {
  return queryCommitments(data, { mine: 'any' }, { today: DEMO_TODAY, ourOrganisationId: ours })
    .items.filter((item) => item.deadline.dueDate !== null && (item.status === 'completed' || item.status === 'cancelled') === (which === 'closed'))
    .map((item) => item.id)
}

describe('the deadlines calendar', () => {
  it('has an all-day event for each commitment of ours with a due date; closed ones are cancelled', () => {
    const { data, ours } = demo()
    const ics = deadlinesToIcs(data, { organisationId: ours, language: 'ru', now: NOW })
    const { lines, calendar, events } = parseIcs(ics)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines.at(-1)).toBe('END:VCALENDAR')
    expect(calendar['VERSION']).toBe('2.0')
    expect(calendar['X-WR-CALNAME']).toBe('Сроки поручений: МТ РК')

    const open = expectedIds(data, ours, 'open')
    const closed = expectedIds(data, ours, 'closed')
    // The demo has some of ours completed and some without a due date, so both rules are really tested.
    const all = data.commitments.filter((c) => c.owners.some((o) => o.organisationId === ours))
    expect(open.length).toBeGreaterThan(0)
    expect(closed.length).toBeGreaterThan(0)
    expect(open.length + closed.length).toBeLessThan(all.length)
    const uid = (id: string) => `${id}@delegation-desk`
    expect(events.map((e) => e['UID']).sort()).toEqual([...open, ...closed].map(uid).sort())
    expect(events.filter((e) => e['STATUS'] === 'CANCELLED').map((e) => e['UID']).sort()).toEqual(closed.map(uid).sort())
    expect(events.filter((e) => e['STATUS'] === 'CONFIRMED')).toHaveLength(open.length)

    for (const event of events) {
      const c = data.commitments.find((x) => `${x.id}@delegation-desk` === event['UID'])!
      const due = c.deadline.dueDate!
      expect(event['DTSTART;VALUE=DATE']).toBe(due.replaceAll('-', ''))
      expect(event['DTEND;VALUE=DATE']! > event['DTSTART;VALUE=DATE']!).toBe(true)
      expect(event['DTSTAMP']).toBe('20261128T093000Z')
      expect(unescape(event['SUMMARY']!)).toBe(`${c.clause} ${c.summary.ru}`)
      const description = unescape(event['DESCRIPTION']!)
      expect(description).toContain(`Срок: ${c.deadline.words}`)
      expect(description).toMatch(/^Документ: .+\nСрок: .+\nСтатус: .+\nИсполнители: .*МТ РК/)
      expect(Number(event['SEQUENCE'])).toBeGreaterThan(0)
    }
  })

  it('keeps every UID across exports and raises the SEQUENCE of a changed commitment', () => {
    const { data, ours } = demo()
    const first = parseIcs(deadlinesToIcs(data, { organisationId: ours, language: 'ru', now: NOW })).events
    const moved = data.commitments.find((c) => `${c.id}@delegation-desk` === first[0]!['UID'])!
    moved.deadline = { ...moved.deadline, words: 'I полугодие 2027', dueDate: '2027-06-30' }
    moved.updatedAt = '2026-12-01T10:00:00.000Z'
    // A new status changes the event's description, so it counts as a change too.
    const reported = data.commitments.find((c) => `${c.id}@delegation-desk` === first[2]!['UID'])!
    const template = data.statusUpdates[0]!
    data.statusUpdates = [
      ...data.statusUpdates,
      { ...template, id: '08000000-0000-4000-8000-0000000fffff', commitmentId: reported.id, date: '2026-12-01', status: 'delayed', createdAt: '2026-12-01T15:00:00+05:00', updatedAt: '2026-12-01T15:00:00+05:00' },
    ]
    const second = parseIcs(deadlinesToIcs(data, { organisationId: ours, language: 'en', now: new Date('2026-12-01T11:00:00Z') })).events

    expect(second.map((e) => e['UID']).sort()).toEqual(first.map((e) => e['UID']).sort())
    const before = first.find((e) => e['UID'] === `${moved.id}@delegation-desk`)!
    const after = second.find((e) => e['UID'] === `${moved.id}@delegation-desk`)!
    expect(after['DTSTART;VALUE=DATE']).toBe('20270630')
    expect(Number(after['SEQUENCE'])).toBeGreaterThan(Number(before['SEQUENCE']))
    const reportedAfter = second.find((e) => e['UID'] === first[2]!['UID'])!
    expect(Number(reportedAfter['SEQUENCE'])).toBeGreaterThan(Number(first[2]!['SEQUENCE']))
    expect(unescape(reportedAfter['DESCRIPTION']!)).toContain('Status: Delayed')
    // Unchanged commitments keep their sequence; only the stamp of the export moves.
    const unchanged = second.find((e) => e['UID'] === first[1]!['UID'])!
    expect(unchanged['SEQUENCE']).toBe(first[1]!['SEQUENCE'])
    expect(unchanged['DTSTAMP']).toBe('20261201T110000Z')
  })

  it('escapes text and folds long Cyrillic lines at 75 octets without splitting a character', () => {
    const { data, ours } = demo()
    const c = data.commitments.find((x) => expectedIds(data, ours, 'open').includes(x.id))!
    c.summary = { ru: 'Согласовать; подписать, опубликовать\\ «Дорожную карту» — 🇰🇿 '.repeat(4), en: '' }
    c.themes = ['вода, энергия', 'транспорт']
    const ics = deadlinesToIcs(data, { organisationId: ours, language: 'ru', now: NOW })

    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf-8')).toBeLessThanOrEqual(75)
      // A line cut inside a character would not survive a round trip through UTF-8.
      expect(Buffer.from(line, 'utf-8').toString('utf-8')).toBe(line)
    }
    const event = parseIcs(ics).events.find((e) => e['UID'] === `${c.id}@delegation-desk`)!
    expect(event['SUMMARY']).toContain('Согласовать\\; подписать\\, опубликовать\\\\ «Дорожную карту»')
    expect(unescape(event['SUMMARY']!)).toBe(`${c.clause} ${c.summary.ru}`.trim())
    // A comma inside a theme is escaped, so the calendar sees two categories, not three.
    expect(event['CATEGORIES']).toBe('вода\\, энергия,транспорт')
  })

  it('carries no control character into a content line (RFC 5545 forbids them)', () => {
    const { data, ours } = demo()
    const c = data.commitments.find((x) => expectedIds(data, ours, 'open').includes(x.id))!
    c.summary = { ru: 'Сигнал\u0000 и\u001b[31m escape\u0007', en: '' }
    c.themes = ['тема\u0008']
    const ics = deadlinesToIcs(data, { organisationId: ours, language: 'ru', now: NOW })
    // Only CRLF line ends and the tab-free text between them.
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u001f\u007f]/)
    const event = parseIcs(ics).events.find((e) => e['UID'] === `${c.id}@delegation-desk`)!
    expect(unescape(event['SUMMARY']!)).toBe(`${c.clause} Сигнал и[31m escape`)
  })

  it('titles a commitment without a summary by the start of its text', () => {
    const { data, ours } = demo()
    const c = data.commitments.find((x) => expectedIds(data, ours, 'open').includes(x.id))!
    c.summary = { ru: '', en: '' }
    c.text = `Обеспечить\n${'подготовку предложений '.repeat(10)}`
    const event = parseIcs(deadlinesToIcs(data, { organisationId: ours, language: 'en', now: NOW })).events.find((e) => e['UID'] === `${c.id}@delegation-desk`)!
    const summary = unescape(event['SUMMARY']!)
    expect(summary.startsWith(`${c.clause} Обеспечить подготовку предложений`)).toBe(true)
    expect(summary.endsWith('…')).toBe(true)
    expect([...summary].length).toBeLessThanOrEqual(c.clause.length + 1 + 100 + 1)
  })

  it('folds at character boundaries whatever the mix of one- to four-octet characters', () => {
    for (const text of ['a'.repeat(200), 'ж'.repeat(200), '€'.repeat(200), '😀'.repeat(100), 'aж€😀'.repeat(60)]) {
      for (const prefix of ['', 'X', 'XY', 'XYZ']) {
        const line = `DESCRIPTION:${prefix}${text}`
        const folded = foldLine(line)
        const physical = folded.split('\r\n')
        expect(physical.every((p) => Buffer.byteLength(p) <= 75)).toBe(true)
        expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true)
        expect(physical.every((p) => Buffer.from(p).toString() === p)).toBe(true)
        expect(folded.replace(/\r\n /g, '')).toBe(line)
      }
    }
  })
})
