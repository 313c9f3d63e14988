// The words of a brief itself — titles, cover lines, column headings — in its output language,
// which is chosen per brief and need not be the interface language.
import { pick } from '../domain/dates'
import type { Audience, BriefDocument, BriefSection, CommitmentStatus, CopyMedium, CopyState, DocumentType, Language, OutputLanguage, OwnerRole } from '../schema'

interface Labels {
  sections: Record<BriefSection['kind'], string>
  briefTitle: (meeting: string) => string
  /** The marking a new brief starts with. */
  marking: string
  cover: { meeting: string; dates: string; venue: string; principal: string; preparedBy: string; clearedBy: string; date: string; version: string; edition: string; clearance: string }
  draft: string
  footer: (version: string, date: string, edition: Audience) => string
  /** "Страница {page} из {total}": where the page number and the total go among the words (see `pageParts`). */
  page: string
  /** What each edition is called on its cover and in its footer (the principal's is the whole pack). */
  editions: Record<Audience, string>
  /** "Экз. № 3" */
  copy: (number: number) => string
  /** City and year at the foot of the cover. */
  place: (city: string, year: string) => string
  /** One section on the cover's clearance line. */
  clearance: (section: string, by: string, date: string) => string
  /** The mark of a commitment or talking point brought forward from the previous meeting. */
  carried: string
  carriedNote: (meeting: string) => string
  register: {
    title: string
    heading: (title: string) => string
    columns: { line: string; version: string; copy: string; recipient: string; issuedOn: string; medium: string; state: string; signature: string }
    media: Record<CopyMedium, string>
    states: Record<CopyState, string>
    stateOn: (state: string, date: string) => string
    none: string
  }
  addendum: { since: (version: number, date: string) => string; new: string; statusChanged: string; completed: string; deadlineMoved: string; none: string }
  steering: { objectives: string; keyMessages: string; positionsOfOthers: string; defensiveLines: string; pressLine: string }
  agendaItem: { objective: string; pointsToMake: string; background: string }
  columns: { clause: string; commitment: string; owners: string; deadline: string; status: string; lastUpdate: string; due: string; document: string; change: string }
  overdue: string
  noDueDate: string
  person: { position: string; organisation: string }
  statuses: Record<CommitmentStatus, string>
  roles: Record<OwnerRole, string>
  documentTypes: Record<DocumentType, string>
  /** A commitment's next step due, in the annex's status cell: the step and, when it has one, its date. */
  nextStep: (text: string, due: string | null) => string
}

export const briefLabels: Record<OutputLanguage, Labels> = {
  ru: {
    sections: {
      cover: 'Титульный лист',
      contents: 'Содержание',
      addendum: 'Изменения с предыдущей версии',
      programme: 'Программа',
      steering: 'Основные цели и тезисы',
      agenda_items: 'По вопросам повестки дня',
      commitments_annex: 'Исполнение поручений',
      upcoming_deadlines: 'Ближайшие сроки',
      country_notes: 'Справки по странам',
      counterparts: 'Собеседники',
      logistics: 'Организационные вопросы',
      annexes: 'Приложения',
    },
    briefTitle: (meeting) => `Материалы к встрече: ${meeting}`,
    marking: 'Для служебного пользования',
    cover: { meeting: 'Встреча', dates: 'Даты', venue: 'Место', principal: 'Для', preparedBy: 'Подготовил', clearedBy: 'Согласовал', date: 'Дата', version: 'Версия', edition: 'Редакция', clearance: 'Согласовано' },
    draft: 'проект',
    footer: (version, date, edition) => `Версия: ${version}${edition === 'principal' ? '' : ` (${briefLabels.ru.editions[edition]})`} · ${date}`,
    page: 'Страница {page} из {total}',
    editions: { principal: 'полная', delegation: 'для делегации', shared: 'для передачи' },
    copy: (number) => `Экз. № ${number}`,
    place: (city, year) => `${city} — ${year}`,
    clearance: (section, by, date) => `${section}: ${by}, ${date}`,
    carried: 'перенесено',
    carriedNote: (meeting) => `С пометкой «перенесено» — поручения, не выполненные к предыдущей встрече${meeting ? ` (${meeting})` : ''}.`,
    register: {
      title: 'Журнал учёта экземпляров',
      heading: (title) => `Учёт экземпляров: ${title}`,
      columns: { line: '№ п/п', version: 'Версия', copy: 'Экз. №', recipient: 'Кому выдан', issuedOn: 'Дата выдачи', medium: 'Вид', state: 'Возврат / уничтожение', signature: 'Подпись' },
      media: { print: 'на бумаге', pdf: 'PDF', word: 'Word' },
      states: { held: 'на руках', returned: 'возвращён', destroyed: 'уничтожен' },
      stateOn: (state, date) => `${state} ${date}`,
      none: 'Экземпляры не выдавались.',
    },
    addendum: {
      since: (version, date) => `Изменения с версии ${version} от ${date}`,
      new: 'Новые поручения',
      statusChanged: 'Изменился статус',
      completed: 'Выполнено',
      deadlineMoved: 'Перенесён срок',
      none: 'Изменений нет.',
    },
    steering: { objectives: 'Цели', keyMessages: 'Основные тезисы', positionsOfOthers: 'Возможные позиции сторон', defensiveLines: 'Ответы на возможные вопросы', pressLine: 'Для прессы' },
    agendaItem: { objective: 'Цель', pointsToMake: 'Тезисы для беседы', background: 'Справочно' },
    columns: { clause: 'Пункт', commitment: 'Поручение', owners: 'Исполнители', deadline: 'Срок', status: 'Статус', lastUpdate: 'Последнее обновление', due: 'Срок', document: 'Документ', change: 'Изменение' },
    overdue: 'просрочено',
    noDueDate: 'без даты',
    person: { position: 'Должность', organisation: 'Организация' },
    statuses: { not_started: 'Не начато', in_progress: 'В работе', completed: 'Выполнено', delayed: 'С задержкой', cancelled: 'Отменено / заменено', no_information: 'Нет сведений' },
    roles: { lead: 'отв.', co_executor: 'соисп.', participant: 'участн.' },
    documentTypes: {
      joint_statement: 'Совместное заявление',
      concept: 'Концепция',
      decision: 'Решение',
      roadmap: 'Дорожная карта',
      action_plan: 'План действий',
      memorandum: 'Меморандум',
      communique: 'Коммюнике',
      agreement: 'Соглашение',
      appeal: 'Обращение',
      list: 'Перечень',
      programme: 'Программа',
      protocol: 'Протокол',
      declaration: 'Декларация',
      other: 'Документ',
    },
    nextStep: (text, due) => `Следующий этап: ${text}${due === null ? '' : ` (до ${due})`}`,
  },
  en: {
    sections: {
      cover: 'Cover',
      contents: 'Contents',
      addendum: 'Changes since the previous version',
      programme: 'Programme',
      steering: 'Steering brief',
      agenda_items: 'Agenda items',
      commitments_annex: 'Commitments',
      upcoming_deadlines: 'Upcoming deadlines',
      country_notes: 'Country notes',
      counterparts: 'Counterparts',
      logistics: 'Logistics',
      annexes: 'Annexes',
    },
    briefTitle: (meeting) => `Briefing pack: ${meeting}`,
    marking: 'Official use only',
    cover: { meeting: 'Meeting', dates: 'Dates', venue: 'Venue', principal: 'For', preparedBy: 'Prepared by', clearedBy: 'Cleared by', date: 'Date', version: 'Version', edition: 'Edition', clearance: 'Cleared' },
    draft: 'draft',
    footer: (version, date, edition) => `Version: ${version}${edition === 'principal' ? '' : ` (${briefLabels.en.editions[edition]})`} · ${date}`,
    page: 'Page {page} of {total}',
    editions: { principal: 'full', delegation: 'for the delegation', shared: 'for sharing' },
    copy: (number) => `Copy No. ${number}`,
    place: (city, year) => `${city}, ${year}`,
    clearance: (section, by, date) => `${section}: ${by}, ${date}`,
    carried: 'carried forward',
    carriedNote: (meeting) => `Marked "carried forward": commitments still open at the previous meeting${meeting ? ` (${meeting})` : ''}.`,
    register: {
      title: 'Register of copies',
      heading: (title) => `Copies of: ${title}`,
      columns: { line: 'No.', version: 'Version', copy: 'Copy No.', recipient: 'Issued to', issuedOn: 'Issued on', medium: 'Form', state: 'Returned / destroyed', signature: 'Signature' },
      media: { print: 'paper', pdf: 'PDF', word: 'Word' },
      states: { held: 'held', returned: 'returned', destroyed: 'destroyed' },
      stateOn: (state, date) => `${state} ${date}`,
      none: 'No copies have been issued.',
    },
    addendum: {
      since: (version, date) => `Changes since version ${version} of ${date}`,
      new: 'New commitments',
      statusChanged: 'Status changed',
      completed: 'Completed',
      deadlineMoved: 'Deadline moved',
      none: 'No changes.',
    },
    steering: { objectives: 'Objectives', keyMessages: 'Key messages', positionsOfOthers: 'Likely positions of others', defensiveLines: 'Defensive lines', pressLine: 'Press line' },
    agendaItem: { objective: 'Objective', pointsToMake: 'Points to make', background: 'Background' },
    columns: { clause: 'Clause', commitment: 'Commitment', owners: 'Owners', deadline: 'Deadline', status: 'Status', lastUpdate: 'Last update', due: 'Due', document: 'Document', change: 'Change' },
    overdue: 'overdue',
    noDueDate: 'no date',
    person: { position: 'Position', organisation: 'Organisation' },
    statuses: { not_started: 'Not started', in_progress: 'In progress', completed: 'Completed', delayed: 'Delayed', cancelled: 'Cancelled / superseded', no_information: 'No information' },
    roles: { lead: 'lead', co_executor: 'co-exec.', participant: 'particip.' },
    documentTypes: {
      joint_statement: 'Joint statement',
      concept: 'Concept',
      decision: 'Decision',
      roadmap: 'Roadmap',
      action_plan: 'Action plan',
      memorandum: 'Memorandum',
      communique: 'Communiqué',
      agreement: 'Agreement',
      appeal: 'Appeal',
      list: 'List',
      programme: 'Programme',
      protocol: 'Protocol',
      declaration: 'Declaration',
      other: 'Document',
    },
    nextStep: (text, due) => `Next step: ${text}${due === null ? '' : ` (by ${due})`}`,
  },
  kk: {
    sections: {
      cover: 'Титул парағы',
      contents: 'Мазмұны',
      addendum: 'Алдыңғы нұсқадан бергі өзгерістер',
      programme: 'Бағдарлама',
      steering: 'Негізгі мақсаттар мен тезистер',
      agenda_items: 'Күн тәртібінің мәселелері бойынша',
      commitments_annex: 'Тапсырмалардың орындалуы',
      upcoming_deadlines: 'Жақын мерзімдер',
      country_notes: 'Елдер бойынша анықтамалар',
      counterparts: 'Әңгімелесушілер',
      logistics: 'Ұйымдастыру мәселелері',
      annexes: 'Қосымшалар',
    },
    briefTitle: (meeting) => `Кездесуге арналған материалдар: ${meeting}`,
    marking: 'Қызмет бабында пайдалану үшін',
    cover: { meeting: 'Кездесу', dates: 'Күндері', venue: 'Өтетін орны', principal: 'Кімге', preparedBy: 'Дайындаған', clearedBy: 'Келіскен', date: 'Күні', version: 'Нұсқа', edition: 'Редакция', clearance: 'Келісілді' },
    draft: 'жоба',
    footer: (version, date, edition) => `Нұсқа: ${version}${edition === 'principal' ? '' : ` (${briefLabels.kk.editions[edition]})`} · ${date}`,
    // The ordinal page as Kazakh writes it ("3-бет"), then the total.
    page: '{page}-бет, барлығы {total}',
    editions: { principal: 'толық', delegation: 'делегация үшін', shared: 'серіктестерге беру үшін' },
    copy: (number) => `Дана № ${number}`,
    place: (city, year) => `${city} — ${year}`,
    clearance: (section, by, date) => `${section}: ${by}, ${date}`,
    carried: 'ауыстырылған',
    carriedNote: (meeting) => `«Ауыстырылған» белгісімен — алдыңғы кездесуге дейін орындалмаған тапсырмалар${meeting ? ` (${meeting})` : ''}.`,
    register: {
      title: 'Даналарды есепке алу журналы',
      heading: (title) => `Даналарды есепке алу: ${title}`,
      columns: { line: 'Р/с №', version: 'Нұсқа', copy: 'Дана №', recipient: 'Кімге берілді', issuedOn: 'Берілген күні', medium: 'Түрі', state: 'Қайтару / жою', signature: 'Қолы' },
      media: { print: 'қағазда', pdf: 'PDF', word: 'Word' },
      states: { held: 'қолында', returned: 'қайтарылды', destroyed: 'жойылды' },
      stateOn: (state, date) => `${state}: ${date}`,
      none: 'Даналар берілген жоқ.',
    },
    addendum: {
      // The date in brackets: a case ending on it would have to follow its last word's vowels.
      since: (version, date) => `${version}-нұсқадан (${date}) бергі өзгерістер`,
      new: 'Жаңа тапсырмалар',
      statusChanged: 'Мәртебесі өзгерді',
      completed: 'Орындалды',
      deadlineMoved: 'Мерзімі ауыстырылды',
      none: 'Өзгерістер жоқ.',
    },
    steering: { objectives: 'Мақсаттар', keyMessages: 'Негізгі тезистер', positionsOfOthers: 'Тараптардың ықтимал ұстанымдары', defensiveLines: 'Ықтимал сұрақтарға жауаптар', pressLine: 'Баспасөз үшін' },
    agendaItem: { objective: 'Мақсат', pointsToMake: 'Әңгімеге арналған тезистер', background: 'Анықтама үшін' },
    columns: { clause: 'Тармақ', commitment: 'Тапсырма', owners: 'Орындаушылар', deadline: 'Мерзімі', status: 'Мәртебесі', lastUpdate: 'Соңғы жаңарту', due: 'Мерзімі', document: 'Құжат', change: 'Өзгеріс' },
    overdue: 'мерзімі өткен',
    noDueDate: 'күні жоқ',
    person: { position: 'Лауазымы', organisation: 'Ұйым' },
    statuses: { not_started: 'Басталған жоқ', in_progress: 'Орындалуда', completed: 'Орындалды', delayed: 'Кешіктірілуде', cancelled: 'Күші жойылды / ауыстырылды', no_information: 'Мәлімет жоқ' },
    roles: { lead: 'жауапты', co_executor: 'бірл. орынд.', participant: 'қатыс.' },
    documentTypes: {
      joint_statement: 'Бірлескен мәлімдеме',
      concept: 'Тұжырымдама',
      decision: 'Шешім',
      roadmap: 'Жол картасы',
      action_plan: 'Іс-шаралар жоспары',
      memorandum: 'Меморандум',
      communique: 'Коммюнике',
      agreement: 'Келісім',
      appeal: 'Үндеу',
      list: 'Тізбе',
      programme: 'Бағдарлама',
      protocol: 'Хаттама',
      declaration: 'Декларация',
      other: 'Құжат',
    },
    nextStep: (text, due) => `Келесі кезең: ${text}${due === null ? '' : ` (мерзімі: ${due})`}`,
  },
  uz: {
    sections: {
      cover: 'Titul varagʻi',
      contents: 'Mundarija',
      addendum: 'Oldingi versiyadan beri oʻzgarishlar',
      programme: 'Dastur',
      steering: 'Asosiy maqsadlar va tezislar',
      agenda_items: 'Kun tartibidagi masalalar boʻyicha',
      commitments_annex: 'Topshiriqlar ijrosi',
      upcoming_deadlines: 'Yaqinlashayotgan muddatlar',
      country_notes: 'Mamlakatlar boʻyicha maʼlumotnomalar',
      counterparts: 'Suhbatdoshlar',
      logistics: 'Tashkiliy masalalar',
      annexes: 'Ilovalar',
    },
    briefTitle: (meeting) => `Uchrashuv uchun materiallar: ${meeting}`,
    marking: 'Xizmat doirasida foydalanish uchun',
    cover: { meeting: 'Uchrashuv', dates: 'Sanalar', venue: 'Oʻtkaziladigan joy', principal: 'Kim uchun', preparedBy: 'Tayyorlagan', clearedBy: 'Kelishgan', date: 'Sana', version: 'Versiya', edition: 'Tahrir', clearance: 'Kelishilgan' },
    draft: 'loyiha',
    footer: (version, date, edition) => `Versiya: ${version}${edition === 'principal' ? '' : ` (${briefLabels.uz.editions[edition]})`} · ${date}`,
    // The ordinal page as Uzbek writes it ("3-sahifa"), then the total.
    page: '{page}-sahifa, jami {total}',
    editions: { principal: 'toʻliq', delegation: 'delegatsiya uchun', shared: 'hamkorlarga berish uchun' },
    copy: (number) => `Nusxa № ${number}`,
    place: (city, year) => `${city} — ${year}`,
    clearance: (section, by, date) => `${section}: ${by}, ${date}`,
    carried: 'oʻtkazilgan',
    carriedNote: (meeting) => `«Oʻtkazilgan» belgisi bilan — oldingi uchrashuvgacha bajarilmagan topshiriqlar${meeting ? ` (${meeting})` : ''}.`,
    register: {
      title: 'Nusxalarni hisobga olish jurnali',
      heading: (title) => `Nusxalar hisobi: ${title}`,
      columns: { line: 'T/r', version: 'Versiya', copy: 'Nusxa №', recipient: 'Kimga berilgan', issuedOn: 'Berilgan sana', medium: 'Turi', state: 'Qaytarish / yoʻq qilish', signature: 'Imzo' },
      media: { print: 'qogʻozda', pdf: 'PDF', word: 'Word' },
      states: { held: 'oluvchida', returned: 'qaytarilgan', destroyed: 'yoʻq qilingan' },
      stateOn: (state, date) => `${state}: ${date}`,
      none: 'Nusxalar berilmagan.',
    },
    addendum: {
      since: (version, date) => `${version}-versiyadan (${date}) beri oʻzgarishlar`,
      new: 'Yangi topshiriqlar',
      statusChanged: 'Holati oʻzgargan',
      completed: 'Bajarilgan',
      deadlineMoved: 'Muddati koʻchirilgan',
      none: 'Oʻzgarishlar yoʻq.',
    },
    steering: { objectives: 'Maqsadlar', keyMessages: 'Asosiy tezislar', positionsOfOthers: 'Tomonlarning ehtimoliy pozitsiyalari', defensiveLines: 'Ehtimoliy savollarga javoblar', pressLine: 'Matbuot uchun' },
    agendaItem: { objective: 'Maqsad', pointsToMake: 'Suhbat uchun tezislar', background: 'Maʼlumot uchun' },
    columns: { clause: 'Band', commitment: 'Topshiriq', owners: 'Ijrochilar', deadline: 'Muddat', status: 'Holat', lastUpdate: 'Oxirgi yangilanish', due: 'Muddat', document: 'Hujjat', change: 'Oʻzgarish' },
    overdue: 'muddati oʻtgan',
    noDueDate: 'sanasiz',
    person: { position: 'Lavozimi', organisation: 'Tashkilot' },
    statuses: { not_started: 'Boshlanmagan', in_progress: 'Ijroda', completed: 'Bajarilgan', delayed: 'Kechikish bilan', cancelled: 'Bekor qilingan / almashtirilgan', no_information: 'Maʼlumot yoʻq' },
    roles: { lead: 'masʼul', co_executor: 'hamijr.', participant: 'ishtir.' },
    documentTypes: {
      joint_statement: 'Qoʻshma bayonot',
      concept: 'Konsepsiya',
      decision: 'Qaror',
      roadmap: 'Yoʻl xaritasi',
      action_plan: 'Chora-tadbirlar rejasi',
      memorandum: 'Memorandum',
      communique: 'Kommyunike',
      agreement: 'Bitim',
      appeal: 'Murojaatnoma',
      list: 'Roʻyxat',
      programme: 'Dastur',
      protocol: 'Protokol',
      declaration: 'Deklaratsiya',
      other: 'Hujjat',
    },
    nextStep: (text, due) => `Keyingi bosqich: ${text}${due === null ? '' : ` (muddat: ${due})`}`,
  },
}

type PagePart = string | { field: 'page' | 'total' }

/** The page line of a language in order: its words, and where the page number and the total go (Word puts its fields there). */
export function pageParts(language: OutputLanguage): PagePart[] {
  return briefLabels[language].page
    .split(/(\{page\}|\{total\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? { field: 'page' } : part === '{total}' ? { field: 'total' } : part))
}

/** A document's page line: its language's, then a bilingual pack's second language's after a slash. */
export function documentPageParts(doc: Pick<BriefDocument, 'language' | 'parallel'>): PagePart[] {
  const second = doc.parallel?.language
  return second === undefined || second === doc.language ? pageParts(doc.language) : [...pageParts(doc.language), ' / ', ...pageParts(second)]
}

/** "Страница 3 из 12", "3-бет, барлығы 12", or both in a bilingual pack: a document's page line with its numbers. */
export const pageLine = (doc: Pick<BriefDocument, 'language' | 'parallel'>, page: number, total: number): string =>
  documentPageParts(doc)
    .map((part) => (typeof part === 'string' ? part : String(part.field === 'page' ? page : total)))
    .join('')

/** The names a new brief's defaults are made of: its meeting's title and our organisation's name (null when not chosen). */
export interface DefaultNames {
  meeting: Record<Language, string>
  ours: Record<Language, string> | null
}

/**
 * The title, marking and author after the output language changed: what was still the other
 * language's default (the usual title, the usual marking, our organisation's name) follows the new
 * language; whatever the user wrote stays as written.
 */
export function retitled(brief: { title: string; marking: string; preparedBy: string }, names: DefaultNames, from: OutputLanguage, to: OutputLanguage) {
  return {
    title: brief.title === briefLabels[from].briefTitle(pick(names.meeting, from)) ? briefLabels[to].briefTitle(pick(names.meeting, to)) : brief.title,
    marking: brief.marking === briefLabels[from].marking ? briefLabels[to].marking : brief.marking,
    preparedBy: names.ours !== null && brief.preparedBy === pick(names.ours, from) ? pick(names.ours, to) : brief.preparedBy,
  }
}
