// Briefing packs for meetings.
import type { Brief } from '../../schema'
import { noArgs, op } from '../spec'

export const briefsContract = {
  listBriefs: op<Brief[]>()(noArgs),
}
