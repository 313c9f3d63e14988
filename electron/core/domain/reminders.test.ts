// Reminders: which dates remind, on which days, what a start after days closed reports as missed,
// and that nothing closed, answered, held or someone else's is reminded of.
import { describe, expect, it } from 'vitest'
import { buildDemoData } from '../demo/demoData'
import { DeskData, type Commitment, type Meeting, type ReminderSettings, type UpdateRequest } from '../schema'
import { firesOn, missedReminders, remindedDates, todaysReminders, upcomingReminders } from './reminders'

const demo = buildDemoData()
const ours = demo.settings.ourOrganisationId!
const someoneElse = demo.organisations.find((o) => o.id !== ours)!.id
const c0 = demo.commitments[0]!
const m0 = demo.meetings[0]!

const at = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const commitment = (n: number, dueDate: string | null, owner = ours): Commitment => ({
  ...c0,
  id: at(n),
  clause: `${n}.`,
  summary: { ru: `Поручение ${n}`, en: `Commitment ${n}` },
  owners: [{ organisationId: owner, role: 'lead' }],
  deadline: { ...c0.deadline, dueDate },
})
const meeting = (n: number, startDate: string, changes: Partial<Meeting> = {}): Meeting => ({ ...m0, id: at(n), startDate, endDate: startDate, status: 'planned', datePrecision: 'day', ...changes })
const request = (n: number, replyBy: string, answered = false): UpdateRequest => ({
  id: at(n),
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  organisationId: someoneElse,
  organisationName: 'Минфин',
  subject: 'Дорожная карта',
  sentOn: '2026-11-01',
  replyBy,
  language: 'ru',
  items: [{ commitmentId: at(1), lastUpdateId: null }],
  reply: answered ? { receivedOn: '2026-11-20', fileName: 'ответ.xlsx', updateIds: [] } : null,
})

const completed = (n: number, commitmentId: string) => ({ ...demo.statusUpdates[0], id: at(n), commitmentId, date: '2026-11-02', status: 'completed' as const, correctsId: null, occurrence: null })

const data = DeskData.parse({
  ...demo,
  commitments: [
    commitment(1, '2026-12-10'),
    commitment(2, '2026-12-03'),
    commitment(3, '2026-12-20'),
    commitment(4, '2026-12-05', someoneElse),
    commitment(5, '2026-12-06'),
    commitment(6, null),
  ],
  statusUpdates: [completed(50, at(5))],
  meetings: [meeting(10, '2026-12-08'), meeting(11, '2026-12-04', { status: 'held' }), meeting(12, '2026-12-01', { datePrecision: 'month', endDate: '2026-12-31' })],
  updateRequests: [request(20, '2026-12-07'), request(21, '2026-12-06', true)],
  briefs: [],
})
const week: ReminderSettings = { daysBefore: 7, deadlines: true, replies: true, meetings: true, seenOn: null }
const names = (reminders: { kind: string; id: string }[]) => reminders.map((r) => `${r.kind} ${r.id.slice(-2)}`)

describe('the dates that remind', () => {
  it('are our open commitments’ deadlines, unanswered requests’ reply-by dates and planned meetings known to the day', () => {
    expect(names(remindedDates(data, week, '2026-12-01')).sort()).toEqual(['deadline 01', 'deadline 02', 'deadline 03', 'meeting 10', 'reply 20'])
  })

  it('are every owner’s when we have not said who we are', () => {
    const anyone = { ...data, settings: { ...data.settings, ourOrganisationId: null } }
    expect(names(remindedDates(anyone, week, '2026-12-01'))).toContain('deadline 04')
  })

  it('leave out the kinds turned off in the settings', () => {
    expect(names(remindedDates(data, { ...week, deadlines: false, meetings: false }, '2026-12-01'))).toEqual(['reply 20'])
  })

  it('remind on the lead day and on the day, or on the day only', () => {
    expect(firesOn('2026-12-10', 7)).toEqual(['2026-12-03', '2026-12-10'])
    expect(firesOn('2026-03-02', 3)).toEqual(['2026-02-27', '2026-03-02'])
    expect(firesOn('2026-12-10', 0)).toEqual(['2026-12-10'])
  })
})

describe('on a day', () => {
  it('the dashboard lists what falls due from today to the lead time ahead, soonest first, with the days left', () => {
    const upcoming = upcomingReminders(data, week, '2026-12-03')
    expect(upcoming.map((r) => [r.kind, r.date, r.daysBefore])).toEqual([
      ['deadline', '2026-12-03', 0],
      ['reply', '2026-12-07', 4],
      ['meeting', '2026-12-08', 5],
      ['deadline', '2026-12-10', 7],
    ])
    expect(upcoming[0]!.label).toEqual({ ru: '2. Поручение 2', en: '2. Commitment 2' })
    expect(upcoming[1]!.label.ru).toBe('Минфин: Дорожная карта')
  })

  it('the system is told what reminds today: the dates a lead time away, and those of today', () => {
    expect(todaysReminders(data, week, '2026-12-03').map((r) => [r.id.slice(-2), r.daysBefore])).toEqual([
      ['02', 0],
      ['01', 7],
    ])
    expect(todaysReminders(data, week, '2026-12-02')).toEqual([])
  })
})

describe('after days closed', () => {
  it('the reminders that came in between are missed, the day seen and today excluded', () => {
    const missed = missedReminders(data, { ...week, seenOn: '2026-11-28' }, '2026-12-08')
    expect(missed.map((r) => [r.id.slice(-2), r.on])).toEqual([
      ['02', '2026-12-03'],
      ['20', '2026-11-30'],
      ['20', '2026-12-07'],
      ['10', '2026-12-01'],
      ['01', '2026-12-03'],
    ])
  })

  it('nothing is missed the day after, on the same day, or before the first day seen', () => {
    expect(missedReminders(data, { ...week, seenOn: '2026-12-07' }, '2026-12-08')).toEqual([])
    expect(missedReminders(data, { ...week, seenOn: '2026-12-08' }, '2026-12-08')).toEqual([])
    expect(missedReminders(data, week, '2026-12-08')).toEqual([])
  })

  it('a commitment closed meanwhile is not reported as missed', () => {
    const missed = missedReminders(data, { ...week, seenOn: '2026-11-20' }, '2026-12-09')
    expect(missed.some((r) => r.id === at(5))).toBe(false)
    expect(missed.some((r) => r.id === at(2) && r.on === '2026-11-26')).toBe(true)
  })
})
