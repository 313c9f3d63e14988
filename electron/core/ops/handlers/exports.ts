// Files for other programs, written where the user chooses.
import { format } from 'date-fns'
import { queryCommitments } from '../../domain/commitmentQuery'
import { commitmentsTable } from '../../exports/commitmentsTable'
import { commitmentsToCsv } from '../../exports/csv'
import { deadlinesToIcs } from '../../exports/ics'
import { safeFileName } from '../../files/fileNames'
import type { OutputLanguage } from '../../schema'
import type { exportsContract } from '../contracts/exports'
import { DeskError } from '../errors'
import type { HandlerContext, HandlersOf } from './context'
import { queryContextOf } from './commitments'
import { saveAs } from './saveAs'

const NAMES: Record<OutputLanguage, { commitments: string; calendar: string }> = {
  ru: { commitments: 'Поручения', calendar: 'Сроки поручений' },
  en: { commitments: 'Commitments', calendar: 'Commitment deadlines' },
  kk: { commitments: 'Тапсырмалар', calendar: 'Тапсырмалардың мерзімдері' },
  uz: { commitments: 'Topshiriqlar', calendar: 'Topshiriqlar muddatlari' },
}

export function exportsHandlers(ctx: HandlerContext): HandlersOf<typeof exportsContract> {
  const data = () => ctx.store.data
  const stamp = () => format(ctx.clock(), 'yyyy-MM-dd')
  return {
    exportCommitments: ({ query, format: kind, language }, call) => {
      const { items } = queryCommitments(data(), query, queryContextOf(ctx))
      const table = commitmentsTable(data(), items, language)
      return saveAs(ctx, call, safeFileName(`${NAMES[language].commitments} ${stamp()}`, kind), kind, async () => (kind === 'xlsx' ? (await import('../../exports/xlsx')).commitmentsToXlsx(table) : commitmentsToCsv(table)))
    },
    exportCalendar: ({ language }, call) => {
      const organisationId = data().settings.ourOrganisationId
      if (!organisationId) throw new DeskError('invalid_arguments', 'Choose our organisation in Settings first: the calendar holds its deadlines')
      return saveAs(ctx, call, safeFileName(`${NAMES[language].calendar} ${stamp()}`, 'ics'), 'ics', () =>
        new TextEncoder().encode(deadlinesToIcs(data(), { organisationId, language, now: ctx.clock() })),
      )
    },
  }
}
