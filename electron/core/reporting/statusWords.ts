// A status as a clerk writes it in a reply: the drop-down's words in either language, or the
// usual words typed by hand ("выполнено", "в работе", "done"), case and ё aside. Unknown words
// give null: the review names the cell rather than guess.
import { briefLabels } from '../briefs/labels'
import { fold } from '../domain/search'
import { CommitmentStatus } from '../schema'

const TYPED: Record<CommitmentStatus, string[]> = {
  not_started: ['не начато', 'не начат', 'не начата', 'не приступили', 'not started', 'not begun', 'pending'],
  in_progress: ['в работе', 'в процессе', 'выполняется', 'исполняется', 'в стадии исполнения', 'in progress', 'ongoing', 'underway', 'under way', 'started'],
  completed: ['выполнено', 'выполнен', 'выполнена', 'исполнено', 'исполнен', 'завершено', 'реализовано', 'done', 'completed', 'complete', 'finished', 'implemented'],
  delayed: ['с задержкой', 'задержка', 'задерживается', 'просрочено', 'отстает', 'delayed', 'late', 'behind', 'overdue'],
  cancelled: ['отменено', 'отменен', 'заменено', 'снято с контроля', 'cancelled', 'canceled', 'superseded', 'dropped'],
  no_information: ['нет сведений', 'нет информации', 'no information', 'unknown', 'n/a'],
}

const words = new Map<string, CommitmentStatus>()
for (const status of CommitmentStatus.options) {
  for (const word of [...TYPED[status], briefLabels.ru.statuses[status], briefLabels.en.statuses[status]]) words.set(normal(word), status)
}

/** Folded, without the punctuation and spacing a hand leaves around a word. */
function normal(text: string): string {
  return fold(text)
    .replace(/[.!;:«»"']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function statusOfWords(text: string): CommitmentStatus | null {
  return words.get(normal(text)) ?? null
}
