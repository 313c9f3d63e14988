// What changed in a set of commitments between an issued paper and now: new ones, completed ones,
// other status changes and moved deadlines, each under its heading. A brief's addendum and the
// next implementation report say it the same way.
import { formatShortDay, pick } from '../domain/dates'
import type { BriefBlock, DeskData, IssuedCommitment, OutputLanguage } from '../schema'
import { briefLabels } from './labels'

const deadlineText = (c: { dueDate: string | null; words: string }, language: OutputLanguage) =>
  [c.words, c.dueDate ? formatShortDay(c.dueDate, language) : ''].filter((part) => part !== '').join(', ') || '—'

/** The tables of what changed from `before` to `now`; a one-line "no changes" when nothing did. */
export function changeTables(data: Pick<DeskData, 'commitments'>, before: readonly IssuedCommitment[], now: readonly IssuedCommitment[], language: OutputLanguage): BriefBlock[] {
  const L = briefLabels[language]
  const was = new Map(before.map((c) => [c.commitmentId, c]))
  const commitments = new Map(data.commitments.map((c) => [c.id, c]))
  const groups = { new: [] as string[][], completed: [] as string[][], statusChanged: [] as string[][], deadlineMoved: [] as string[][] }
  for (const current of now) {
    const c = commitments.get(current.commitmentId)
    if (!c) continue
    const what = [c.clause, pick(c.summary, language) || c.text]
    const then = was.get(current.commitmentId)
    if (!then) {
      groups.new.push([...what, `${L.statuses[current.status]}; ${deadlineText(current, language)}`])
      continue
    }
    if (then.status !== current.status) {
      const change = `${L.statuses[then.status]} → ${L.statuses[current.status]}`
      ;(current.status === 'completed' ? groups.completed : groups.statusChanged).push([...what, change])
    }
    if (then.dueDate !== current.dueDate || then.words !== current.words) groups.deadlineMoved.push([...what, `${deadlineText(then, language)} → ${deadlineText(current, language)}`])
  }
  const columns = [
    { title: L.columns.clause, width: 1 },
    { title: L.columns.commitment, width: 4.5 },
    { title: L.columns.change, width: 3 },
  ]
  const changes = (Object.keys(groups) as (keyof typeof groups)[]).flatMap((group): BriefBlock[] =>
    groups[group].length === 0 ? [] : [{ type: 'heading', level: 3, text: L.addendum[group] }, { type: 'table', columns, rows: groups[group].map((cells) => ({ cells, overdue: false })) }],
  )
  return changes.length > 0 ? changes : [{ type: 'paragraph', text: L.addendum.none }]
}
