// The words of what the reporting loop sends out and reads back (the request workbook, the
// covering letter), in the request's language. Statuses and roles are the briefs' words, so a
// workbook's drop-down offers what the packs and the list say.
import { briefLabels } from '../briefs/labels'
import type { Language } from '../schema'

export interface RequestLabels {
  sheet: string
  columns: {
    number: string
    clause: string
    text: string
    deadline: string
    dueDate: string
    lastStatus: string
    status: string
    progress: string
    done: string
    delayReason: string
    evidence: string
  }
  /** The note above the table. */
  instructions: (replyBy: string) => string
  statusPrompt: string
  progressPrompt: string
  letter: {
    title: string
    subject: string
    to: (organisation: string) => string
    body: (subject: string, replyBy: string, count: number) => string
    items: string
    closing: string
  }
  /** The selection when it is neither a document nor a meeting. */
  selection: string
  statuses: (typeof briefLabels)[Language]['statuses']
}

export const requestLabels: Record<Language, RequestLabels> = {
  ru: {
    sheet: 'Запрос',
    columns: {
      number: '№',
      clause: 'Пункт',
      text: 'Поручение',
      deadline: 'Срок',
      dueDate: 'Дата срока',
      lastStatus: 'Известный статус',
      status: 'Статус',
      progress: 'Выполнено, %',
      done: 'Что сделано',
      delayReason: 'Причина задержки',
      evidence: 'Подтверждающие материалы',
    },
    instructions: (replyBy) => `Просим заполнить столбцы «Статус» — «Подтверждающие материалы» и вернуть файл до ${replyBy}. Не меняйте остальные столбцы и не добавляйте строки.`,
    statusPrompt: 'Выберите статус из списка',
    progressPrompt: 'Целое число от 0 до 100',
    letter: {
      title: 'Запрос информации о ходе исполнения',
      subject: 'О представлении информации',
      to: (organisation) => `Руководителю: ${organisation}`,
      body: (subject, replyBy, count) =>
        `В целях мониторинга исполнения документа «${subject}» просим представить информацию о ходе исполнения пунктов (${count}), перечисленных ниже, в срок до ${replyBy}, заполнив прилагаемую таблицу. Для пунктов с задержкой просим указать её причину.`,
      items: 'Пункты, по которым запрашивается информация:',
      closing: 'Приложение: таблица для заполнения (файл Excel).',
    },
    selection: 'выборка поручений',
    statuses: briefLabels.ru.statuses,
  },
  en: {
    sheet: 'Request',
    columns: {
      number: 'No.',
      clause: 'Clause',
      text: 'Commitment',
      deadline: 'Deadline',
      dueDate: 'Due date',
      lastStatus: 'Status known',
      status: 'Status',
      progress: 'Progress, %',
      done: 'What was done',
      delayReason: 'Reason for delay',
      evidence: 'Evidence',
    },
    instructions: (replyBy) => `Please fill in the columns "Status" to "Evidence" and return the file by ${replyBy}. Do not change the other columns or add rows.`,
    statusPrompt: 'Choose a status from the list',
    progressPrompt: 'A whole number from 0 to 100',
    letter: {
      title: 'Request for information on implementation',
      subject: 'Information on implementation',
      to: (organisation) => `To: ${organisation}`,
      body: (subject, replyBy, count) =>
        `To monitor the implementation of "${subject}", we kindly ask you to report on the ${count} items listed below by ${replyBy}, filling in the attached table. For any item that is delayed, please give the reason.`,
      items: 'Items on which information is requested:',
      closing: 'Attachment: the table to fill in (an Excel file).',
    },
    selection: 'a selection of commitments',
    statuses: briefLabels.en.statuses,
  },
}
