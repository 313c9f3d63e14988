// A status as a clerk writes it in a reply: the drop-down's words in any output language, or the
// usual words typed by hand in Russian, English, Kazakh or Uzbek ("выполнено", "done",
// "орындалды", "bajarildi"), case, ё and the letters search folds aside. Unknown words
// give null: the review names the cell rather than guess.
import { briefLabels } from '../briefs/labels'
import { fold } from '../domain/search'
import { CommitmentStatus } from '../schema'

const TYPED: Record<CommitmentStatus, string[]> = {
  not_started: ['не начато', 'не начат', 'не начата', 'не приступили', 'not started', 'not begun', 'pending', 'басталған жоқ', 'басталмаған', 'boshlanmagan', 'boshlanmadi'],
  in_progress: [
    'в работе', 'в процессе', 'выполняется', 'исполняется', 'в стадии исполнения', 'in progress', 'ongoing', 'underway', 'under way', 'started',
    'орындалуда', 'орындалып жатыр', 'жұмыс барысында', 'ijroda', 'bajarilmoqda', 'jarayonda',
  ],
  completed: [
    'выполнено', 'выполнен', 'выполнена', 'исполнено', 'исполнен', 'завершено', 'реализовано', 'done', 'completed', 'complete', 'finished', 'implemented',
    'орындалды', 'орындалған', 'аяқталды', 'іске асырылды', 'bajarildi', 'bajarilgan', 'yakunlandi', 'amalga oshirildi',
  ],
  delayed: ['с задержкой', 'задержка', 'задерживается', 'просрочено', 'отстает', 'delayed', 'late', 'behind', 'overdue', 'кешіктірілуде', 'кешігуде', 'мерзімі өткен', 'kechikish bilan', 'kechikmoqda', 'muddati oʻtgan'],
  cancelled: [
    'отменено', 'отменен', 'заменено', 'снято с контроля', 'cancelled', 'canceled', 'superseded', 'dropped',
    'күші жойылды', 'күші жойылды / ауыстырылды', 'тоқтатылды', 'bekor qilindi', 'bekor qilingan', 'bekor qilingan / almashtirilgan',
  ],
  no_information: ['нет сведений', 'нет информации', 'no information', 'unknown', 'n/a', 'мәлімет жоқ', 'ақпарат жоқ', 'maʼlumot yoʻq', 'maʼlumot mavjud emas'],
}

const words = new Map<string, CommitmentStatus>()
for (const status of CommitmentStatus.options) {
  for (const word of [...TYPED[status], ...Object.values(briefLabels).map((labels) => labels.statuses[status])]) words.set(normal(word), status)
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
