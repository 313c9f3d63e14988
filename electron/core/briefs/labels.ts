// The words of a brief itself — titles, cover lines, column headings — in its output language,
// which is chosen per brief and need not be the interface language.
import type { BriefSection, CommitmentStatus, DocumentType, Language, OwnerRole } from '../schema'

interface Labels {
  sections: Record<BriefSection['kind'], string>
  briefTitle: (meeting: string) => string
  /** The marking a new brief starts with. */
  marking: string
  cover: { meeting: string; dates: string; venue: string; principal: string; preparedBy: string; clearedBy: string; date: string; version: string }
  draft: string
  footer: (version: string, date: string) => string
  /** "Страница 3 из 12": the words around the page number and the total. */
  page: { before: string; between: string }
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
}

export const briefLabels: Record<Language, Labels> = {
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
    cover: { meeting: 'Встреча', dates: 'Даты', venue: 'Место', principal: 'Для', preparedBy: 'Подготовил', clearedBy: 'Согласовал', date: 'Дата', version: 'Версия' },
    draft: 'проект',
    footer: (version, date) => `Версия: ${version} · ${date}`,
    page: { before: 'Страница', between: 'из' },
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
      other: 'Документ',
    },
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
    cover: { meeting: 'Meeting', dates: 'Dates', venue: 'Venue', principal: 'For', preparedBy: 'Prepared by', clearedBy: 'Cleared by', date: 'Date', version: 'Version' },
    draft: 'draft',
    footer: (version, date) => `Version: ${version} · ${date}`,
    page: { before: 'Page', between: 'of' },
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
      other: 'Document',
    },
  },
}

/**
 * The title and marking after the output language changed: what was still the other language's
 * default follows the new language; whatever the user wrote stays as written.
 */
export function retitled(brief: { title: string; marking: string }, meetingTitle: Record<Language, string>, from: Language, to: Language) {
  return {
    title: brief.title === briefLabels[from].briefTitle(meetingTitle[from]) ? briefLabels[to].briefTitle(meetingTitle[to]) : brief.title,
    marking: brief.marking === briefLabels[from].marking ? briefLabels[to].marking : brief.marking,
  }
}
