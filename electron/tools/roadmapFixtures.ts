// Writes the realistic roadmap fixtures the import tests read (electron/core/imports/fixtures/):
// roadmap tables the way ministries make them — a Word table saved by LibreOffice from HTML
// (Russian and English: section rows across the table, the row of column numbers, merged owner
// cells, owners with their markers, a closing note), a workbook re-saved by LibreOffice Calc with a
// cover sheet before the table and month-formatted date cells, the same roadmap as CSV in UTF-8,
// Windows-1251, KOI8-R and CP866, and pasted statements. Run after changing a source here:
//   npx tsx electron/tools/roadmapFixtures.ts   (needs soffice with Writer and Calc)
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'

const OUT = fileURLToPath(new URL('../core/imports/fixtures/', import.meta.url))
const run = promisify(execFile)

type Row = { cells: string[] } | { section: string } | { numbers: true } | { note: string }

/** The Russian roadmap: what each row says, in the order ministries write it. */
export const RU_ROWS: Row[] = [
  { numbers: true },
  { section: 'I. Транспорт и логистика' },
  { cells: ['1.1', 'Разработать проект Соглашения о международных комбинированных перевозках между государствами Центральной Азии', 'Проект соглашения', 'IV квартал 2025 г.', 'МТ РК (головной), МИД РК'] },
  { cells: ['1.2', 'Проводить заседания рабочей группы по развитию Транскаспийского международного транспортного маршрута\n(с участием национальных перевозчиков)', 'Протокол заседания', 'ежегодно, до 25 января', 'МТ РК (головное), МТиК КР, МТ РУз'] },
  { cells: ['1.3', 'Обеспечить синхронизацию работы пунктов пропуска на государственной границе', 'Информация в МИД', '2026–2028 гг.', 'МТ РК (ответственный), МТ РТ (по согласованию)'] },
  { section: 'II. Энергетика и водные ресурсы' },
  { cells: ['2.1', 'Подготовить предложения по развитию Центральноазиатской объединённой энергосистемы', 'Предложения в Правительство', 'декабрь 2026 г.', 'МЭ (свод), МЭ КР, МЭВР РТ'] },
  { cells: ['2.2', 'Проводить консультации по вопросам водно-энергетического баланса в вегетационный период', 'Протокол консультаций', 'по мере необходимости', 'МВРИ РК, Министерство водного хозяйства Республики Узбекистан'] },
  { cells: ['2.3', 'Организовать обмен информацией о паводковой обстановке', 'Информация', 'ежеквартально, до 10 числа месяца, следующего за отчетным кварталом', 'МВРИ РК (головной); акиматы областей, городов Астаны, Алматы и Шымкента'] },
  { cells: ['3.', 'Торгово-экономическое сотрудничество', '', '', ''] },
  { cells: ['3.1', 'Провести Центральноазиатский торгово-экономический форум', 'Итоговый документ форума', 'до следующей Консультативной встречи глав государств', 'МТИ (головной), МНЭ, МИД'] },
  { cells: ['3.2', 'Разработать план мер по увеличению взаимного товарооборота', 'План мер', 'II полугодие 2026 г.', 'МТИ РК, МИПТ РУз (по согласованию), МЭРТ РТ'] },
  { cells: ['3.3', 'Оказывать содействие участию предприятий в промышленных выставках государств Центральной Азии', 'Информация', 'постоянно', 'МПС РК'] },
  { cells: ['3.4', 'Рассмотреть вопрос создания совместных индустриальных зон', 'Доклад', 'в течение 2027 года', 'Минпромстрой РК (отв.), МПНТ РТ'] },
  { note: 'Примечание: МТ РК – Министерство транспорта Республики Казахстан; МИД – Министерство иностранных дел; МНЭ – Министерство национальной экономики.' },
]

export const EN_ROWS: Row[] = [
  { numbers: true },
  { section: 'I. Transport and logistics' },
  { cells: ['1.1', 'Draft an Agreement on international combined transport between the Central Asian states', 'Draft agreement', 'Q4 2025', 'Ministry of Transport of the Republic of Kazakhstan (lead), MFA KZ'] },
  { cells: ['1.2', 'Hold meetings of the working group on the Trans-Caspian International Transport Route', 'Minutes', 'annually, by 25 January', 'MoT KZ, Ministry of Transport and Communications of Kyrgyzstan'] },
  { cells: ['1.3', 'Synchronise the work of border crossing points', 'Report to the MFA', '2026-2028', 'MoT KZ (lead), MoT TJ (by agreement)'] },
  { section: 'Section 2. Energy' },
  { cells: ['2.1', 'Prepare proposals on the Central Asian power system', 'Proposals', 'by the end of 2026', 'MoE KZ, Ministry of Energy of the Kyrgyz Republic'] },
  { cells: ['2.2', 'Hold consultations on the water and energy balance', 'Minutes', 'as appropriate', 'MWRI KZ'] },
  { cells: ['2.3', 'Exchange flood information', 'Information', 'quarterly', 'MWRI KZ, MWR UZ'] },
  { cells: ['2.4', 'Report on the implementation of this Roadmap', 'Report', 'by the next Consultative Meeting', 'MFA KZ (lead), MFA KG, MFA TJ, MFA TM, MFA UZ'] },
  { cells: ['2.5', 'Promote joint industrial zones', 'Report', 'H2 2026', 'MIC KZ'] },
  { note: 'Note: MoT – Ministry of Transport; MFA – Ministry of Foreign Affairs.' },
]

const RU_HEADER = ['№ п/п', 'Наименование мероприятия', 'Форма завершения', 'Сроки реализации', 'Ответственные за исполнение']
const EN_HEADER = ['No.', 'Action', 'Expected outcome', 'Timeframe', 'Responsible agencies']

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>')

/** The table as HTML, as a secretariat's template makes it: the owners of rows 1.2 and 1.3 merged when equal. */
function tableHtml(title: string, header: string[], rows: Row[], closing: string): string {
  const body = rows.map((row) => {
    if ('numbers' in row) return `<tr>${header.map((_h, i) => `<td align="center">${i + 1}</td>`).join('')}</tr>`
    if ('section' in row) return `<tr><td colspan="${header.length}"><b>${escape(row.section)}</b></td></tr>`
    if ('note' in row) return `<tr><td colspan="${header.length}"><i>${escape(row.note)}</i></td></tr>`
    return `<tr>${row.cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`
  })
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<p align="right">УТВЕРЖДЕНА<br>Совместным заявлением глав государств</p>
<h2 align="center">${escape(title)}</h2>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<thead><tr>${header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead>
<tbody>${body.join('\n')}</tbody></table>
<p>${escape(closing)}</p>
</body></html>`
}

async function soffice(args: string[], cwd: string): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'roadmap-fixtures-lo-'))
  try {
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', ...args], { cwd, timeout: 120_000 })
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

async function wordFromHtml(name: string, html: string, work: string): Promise<void> {
  await writeFile(join(work, `${name}.html`), html)
  await soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(work, `${name}.html`)], work)
  await writeFile(join(OUT, `${name}.docx`), await readFile(join(work, `${name}.docx`)))
}

/** Month cells as a Russian Excel formats them ("декабрь 2026"), days as dates. */
const MONTH_CELLS: Record<string, Date> = { 'декабрь 2026 г.': new Date(Date.UTC(2026, 11, 1)) }

async function workbook(work: string): Promise<void> {
  const book = new ExcelJS.Workbook()
  const cover = book.addWorksheet('Титульный лист')
  cover.getCell('C3').value = 'УТВЕРЖДЕНА'
  cover.getCell('C4').value = 'Совместным заявлением глав государств Центральной Азии'
  cover.getCell('B8').value = 'ДОРОЖНАЯ КАРТА'
  cover.getCell('B9').value = 'развития регионального сотрудничества на 2025–2027 годы'
  cover.getCell('B12').value = 'Астана, 2024'
  const sheet = book.addWorksheet('План мероприятий')
  sheet.addRow(['План мероприятий по реализации Дорожной карты'])
  sheet.mergeCells('A1:E1')
  sheet.addRow([])
  sheet.addRow(RU_HEADER)
  let owner: { row: number; text: string } | null = null
  for (const row of RU_ROWS) {
    if ('numbers' in row) sheet.addRow([1, 2, 3, 4, 5])
    else if ('section' in row || 'note' in row) {
      const r = sheet.addRow(['section' in row ? row.section : row.note])
      sheet.mergeCells(`A${r.number}:E${r.number}`)
    } else {
      const [clause, text, form, deadline, owners] = row.cells as [string, string, string, string, string]
      const month = MONTH_CELLS[deadline]
      const r = sheet.addRow([clause, text, form, month ?? deadline, owners])
      if (month) r.getCell(4).numFmt = '[$-419]mmmm yyyy;@'
      // Two rows with the same owners: one merged cell, as tables are laid out.
      if (owner && owner.text === owners && owners !== '') sheet.mergeCells(`E${owner.row}:E${r.number}`)
      owner = { row: r.number, text: owners }
    }
  }
  const abbreviations = book.addWorksheet('Сокращения')
  abbreviations.addRow(['Сокращение', 'Полное наименование'])
  abbreviations.addRow(['МТ РК', 'Министерство транспорта Республики Казахстан'])
  abbreviations.addRow(['МНЭ', 'Министерство национальной экономики'])
  await book.xlsx.writeFile(join(work, 'source.xlsx'))
  // Saved again by Calc, as a workbook from an office suite arrives.
  await soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(work, 'calc'), join(work, 'source.xlsx')], work)
  await writeFile(join(OUT, 'roadmap-ru.xlsx'), await readFile(join(work, 'calc', 'source.xlsx')))
}

/** The roadmap as Excel's "CSV (разделители – точки с запятой)" writes it, in four code pages. */
async function csvFiles(): Promise<void> {
  const quote = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
  const lines = (numberSign: string) => [
    ['N' === numberSign ? 'N п/п' : '№ п/п', ...RU_HEADER.slice(1)],
    ...RU_ROWS.map((row) => ('numbers' in row ? ['1', '2', '3', '4', '5'] : 'section' in row ? [row.section, '', '', '', ''] : 'note' in row ? [row.note, '', '', '', ''] : row.cells)),
  ].map((cells) => cells.map(quote).join(';'))
  // Neither KOI8-R nor CP866 has "№" or the en dash: such files write "N" and "-".
  const text = (numberSign: string) => {
    const joined = `${lines(numberSign).join('\r\n')}\r\n`
    return numberSign === 'N' ? joined.replace(/–/g, '-') : joined
  }
  await writeFile(join(OUT, 'roadmap-utf8.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text('№'))]))
  await writeFile(join(OUT, 'roadmap-cp1251.csv'), iconv.encode(text('№'), 'windows-1251'))
  await writeFile(join(OUT, 'roadmap-koi8r.csv'), iconv.encode(text('N'), 'koi8-r'))
  await writeFile(join(OUT, 'roadmap-cp866.csv'), iconv.encode(text('N'), 'cp866'))
}

export const STATEMENT_RU = `СОВМЕСТНОЕ ЗАЯВЛЕНИЕ
глав государств Центральной Азии по итогам Консультативной встречи

Главы государств Центральной Азии,

подтверждая приверженность дальнейшему развитию регионального сотрудничества,

1. Приветствуют принятие Концепции развития регионального сотрудничества «Центральная Азия – 2040».
2. Поручают министерствам иностранных дел Сторон подготовить доклад о ходе реализации Дорожной карты до следующей Консультативной встречи глав государств.
3. Поручают министерствам энергетики Сторон совместно с МВРИ РК разработать программу развития водно-энергетического комплекса до конца 2026 года.
4. Договорились ежегодно проводить заседания Совета национальных координаторов.
5. Выражают признательность Президенту Республики Казахстан за гостеприимство.
`

export const STATEMENT_EN = `JOINT STATEMENT
of the Heads of State of Central Asia

The Heads of State of Central Asia,

1. Welcome the adoption of the Concept "Central Asia – 2040".
2. Instruct the Ministries of Foreign Affairs of the Parties to report on the implementation of the Roadmap by the next Consultative Meeting.
3. Agree that the Ministry of Transport of the Republic of Kazakhstan shall prepare a feasibility study by the end of 2026.
4. Express their gratitude to the President of Kazakhstan for the hospitality.
`

async function main() {
  await mkdir(OUT, { recursive: true })
  const work = await mkdtemp(join(tmpdir(), 'roadmap-fixtures-'))
  try {
    await wordFromHtml('roadmap-ru', tableHtml('Дорожная карта развития регионального сотрудничества на 2025–2027 годы', RU_HEADER, RU_ROWS, 'Мероприятия реализуются в пределах средств, предусмотренных бюджетами Сторон.'), work)
    await wordFromHtml('roadmap-en', tableHtml('Roadmap for the Development of Regional Cooperation for 2025–2027', EN_HEADER, EN_ROWS, 'Activities are funded from the Parties’ budgets.'), work)
    await workbook(work)
    await csvFiles()
    await writeFile(join(OUT, 'statement-ru.txt'), STATEMENT_RU)
    await writeFile(join(OUT, 'statement-en.txt'), STATEMENT_EN)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
