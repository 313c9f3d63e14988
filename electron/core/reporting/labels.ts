// The words of what the reporting loop sends out and reads back (the request workbook, the
// covering letter), in the request's language. Statuses and roles are the briefs' words, so a
// workbook's drop-down offers what the packs and the list say.
import { briefLabels } from '../briefs/labels'
import type { OutputLanguage } from '../schema'

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
  statuses: (typeof briefLabels)[OutputLanguage]['statuses']
}

export const requestLabels: Record<OutputLanguage, RequestLabels> = {
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
  kk: {
    sheet: 'Сұрау',
    columns: {
      number: '№',
      clause: 'Тармақ',
      text: 'Тапсырма',
      deadline: 'Мерзімі',
      dueDate: 'Мерзім күні',
      lastStatus: 'Белгілі мәртебесі',
      status: 'Мәртебесі',
      progress: 'Орындалды, %',
      done: 'Не істелді',
      delayReason: 'Кешігу себебі',
      evidence: 'Растайтын материалдар',
    },
    // Kazakh days take no case ending here ("тамызға дейін" would follow the month's vowels): the date stands on its own.
    instructions: (replyBy) => `«Мәртебесі» — «Растайтын материалдар» бағандарын толтырып, файлды қайтаруыңызды сұраймыз. Қайтару мерзімі: ${replyBy}. Қалған бағандарды өзгертпеңіз және жол қоспаңыз.`,
    statusPrompt: 'Тізімнен мәртебені таңдаңыз',
    progressPrompt: '0-ден 100-ге дейінгі бүтін сан',
    letter: {
      title: 'Орындалу барысы туралы ақпарат сұрау',
      subject: 'Ақпарат ұсыну туралы',
      to: (organisation) => `Басшыға: ${organisation}`,
      body: (subject, replyBy, count) =>
        `«${subject}» құжатының орындалуын мониторингтеу мақсатында төменде аталған тармақтардың (${count}) орындалу барысы туралы ақпаратты қоса берілген кестені толтыра отырып ұсынуыңызды сұраймыз. Ұсыну мерзімі: ${replyBy}. Кешіктірілген тармақтар бойынша оның себебін көрсетуіңізді сұраймыз.`,
      items: 'Ақпарат сұралатын тармақтар:',
      closing: 'Қосымша: толтыруға арналған кесте (Excel файлы).',
    },
    selection: 'тапсырмалар іріктемесі',
    statuses: briefLabels.kk.statuses,
  },
  uz: {
    sheet: 'Soʻrov',
    columns: {
      number: '№',
      clause: 'Band',
      text: 'Topshiriq',
      deadline: 'Muddat',
      dueDate: 'Muddat sanasi',
      lastStatus: 'Maʼlum holat',
      status: 'Holat',
      progress: 'Bajarildi, %',
      done: 'Nima qilindi',
      delayReason: 'Kechikish sababi',
      evidence: 'Tasdiqlovchi materiallar',
    },
    instructions: (replyBy) => `«Holat» — «Tasdiqlovchi materiallar» ustunlarini toʻldirib, faylni ${replyBy}gacha qaytarishingizni soʻraymiz. Boshqa ustunlarni oʻzgartirmang va qator qoʻshmang.`,
    statusPrompt: 'Roʻyxatdan holatni tanlang',
    progressPrompt: '0 dan 100 gacha butun son',
    letter: {
      title: 'Ijro borishi toʻgʻrisida maʼlumot soʻrovi',
      subject: 'Maʼlumot taqdim etish toʻgʻrisida',
      to: (organisation) => `Rahbarga: ${organisation}`,
      body: (subject, replyBy, count) =>
        `«${subject}» hujjati ijrosini monitoring qilish maqsadida quyida keltirilgan bandlar (${count}) ijrosining borishi toʻgʻrisidagi maʼlumotni ilova qilingan jadvalni toʻldirgan holda ${replyBy}gacha taqdim etishingizni soʻraymiz. Kechikayotgan bandlar boʻyicha uning sababini koʻrsatishingizni soʻraymiz.`,
      items: 'Maʼlumot soʻralayotgan bandlar:',
      closing: 'Ilova: toʻldirish uchun jadval (Excel fayli).',
    },
    selection: 'topshiriqlar tanlovi',
    statuses: briefLabels.uz.statuses,
  },
}
