// Briefing packs for meetings: built from the registry, edited section by section.
import { z } from 'zod'
import { BriefInput, Id, Language, type Brief, type BriefDocument } from '../../schema'
import { byId, noArgs, op } from '../spec'
import type { SavedFile } from '../views'

/** A brief's draft (version null) or one of its issued versions. */
const content = z.object({ id: Id, version: z.number().int().positive().nullable() }).strict()

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
  /**
   * The brief's content, as every output shows it: with `version` null the draft, assembled from
   * the registry as it is now; otherwise that issued version, exactly as it was frozen.
   */
  briefContent: op<BriefDocument>()(content),
  /** Freezes the brief's content as its next numbered version (1, 2, …), with what the next addendum compares. */
  issueBrief: op<Brief>()(byId),
  /** Asks where to save, then writes the content as an A4 PDF; null when the user cancelled. */
  saveBriefPdf: op<SavedFile | null>()(content),
  /** Asks where to save, then writes the content as a Word document; null when the user cancelled. */
  saveBriefWord: op<SavedFile | null>()(content),
  /** Sends the content's pages to the printer through the system's print dialog. */
  printBrief: op<void>()(content),
}
