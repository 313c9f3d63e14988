// Briefing packs for meetings: built from the registry, edited section by section.
import { z } from 'zod'
import { BriefInput, Id, Language, type Brief, type BriefDocument } from '../../schema'
import { byId, noArgs, op } from '../spec'

export const briefsContract = {
  listBriefs: op<Brief[]>()(noArgs),
  /**
   * A new brief for a meeting, with every section in the usual order. With `fromBriefId` (the
   * previous meeting's brief), the text sections are copied from it; the generated ones are
   * assembled anew for this meeting.
   */
  createBrief: op<Brief>()(z.object({ meetingId: Id, language: Language, fromBriefId: Id.optional() }).strict()),
  updateBrief: op<Brief>()(z.object({ id: Id, input: BriefInput }).strict()),
  deleteBrief: op<void>()(byId),
  /** The brief assembled from the registry as it is now, ready for the preview and the outputs. */
  assembleBrief: op<BriefDocument>()(byId),
}
