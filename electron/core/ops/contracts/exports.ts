// Files for other programs: the commitments view for Excel, our deadlines for a calendar.
import { z } from 'zod'
import { OutputLanguage } from '../../schema'
import { op } from '../spec'
import type { SavedFile } from '../views'
import { CommitmentQuery } from './commitments'

export const exportsContract = {
  /** The commitments the query shows, in its order, as .xlsx or CSV in `language`; null when the user cancelled. */
  exportCommitments: op<SavedFile | null>()(z.object({ query: CommitmentQuery, format: z.enum(['xlsx', 'csv']), language: OutputLanguage }).strict()),
  /** Our organisation's open commitments with a due date, one calendar event each; null when cancelled. */
  exportCalendar: op<SavedFile | null>()(z.object({ language: OutputLanguage }).strict()),
}
