// Briefing packs for meetings: built from the registry, edited section by section, issued as
// editions for their audiences and handed out as numbered copies, with a register of who holds them.
import { z } from 'zod'
import type { PrintableBrief } from '../../briefs/printable'
import { Audience, BriefInput, CopyMedium, CopyState, Id, IsoDate, OutputLanguage, PageLayout, ShortText, Texts, type Brief, type BriefCopy, type Settings } from '../../schema'
import { byId, noArgs, op } from '../spec'
import type { SavedFile } from '../views'

/**
 * A brief's draft (version null) or one of its issued versions. A draft is shown as the edition
 * for `edition` (the whole pack when left out); an issued version is the edition it was issued as.
 */
const content = z.object({ id: Id, version: z.number().int().positive().nullable(), edition: Audience.optional() }).strict()

/** What issuing copies made: each copy as the register holds it, and the files written (none on paper). */
export interface CopiesMade {
  copies: BriefCopy[]
  paths: string[]
}

export const briefsContract = {
  listBriefs: op<Brief[]>()(noArgs),
  /**
   * A new brief for a meeting, with every section in the usual order. With `fromBriefId` (the
   * previous meeting's brief), the text sections are copied from it, and its unresolved talking
   * points and the commitments still open are carried forward; the generated sections are
   * assembled anew for this meeting.
   */
  createBrief: op<Brief>()(z.object({ meetingId: Id, language: OutputLanguage, fromBriefId: Id.optional() }).strict()),
  /** Saves the draft; a section changed since it was cleared goes back to draft unless cleared again. */
  updateBrief: op<Brief>()(z.object({ id: Id, input: BriefInput }).strict()),
  deleteBrief: op<void>()(byId),
  /**
   * The brief's content, as every output shows it: with `version` null the draft, assembled from
   * the registry as it is now; otherwise that issued version, exactly as it was frozen.
   */
  briefContent: op<PrintableBrief>()(content),
  /**
   * Freezes the edition for `edition`'s audience as the brief's next numbered version (1, 2, …),
   * with what that edition's next addendum compares.
   */
  issueBrief: op<Brief>()(z.object({ id: Id, edition: Audience }).strict()),
  /** Asks where to save, then writes the content as an A4 PDF; null when the user cancelled. */
  saveBriefPdf: op<SavedFile | null>()(content),
  /** Asks where to save, then writes the content as a Word document; null when the user cancelled. */
  saveBriefWord: op<SavedFile | null>()(content),
  /** Sends the content's pages to the printer through the system's print dialog. */
  printBrief: op<void>()(content),
  /**
   * Makes numbered copies of an issued version, one per recipient (numbered on from the last copy
   * of that version), as PDF or Word files (one save dialog; the files are named by copy number)
   * or on paper (a print dialog per copy), and enters them in the register. Null when the save
   * dialog was cancelled.
   */
  issueCopies: op<CopiesMade | null>()(
    z
      .object({
        id: Id,
        version: z.number().int().positive(),
        medium: CopyMedium,
        watermark: z.boolean(),
        recipients: z.array(ShortText.refine((t) => t.trim() !== '', 'validation.required')).min(1).max(200),
      })
      .strict(),
  ),
  /** A copy returned or destroyed on `on` (today when left out), or back in hand. */
  setCopyState: op<Brief>()(z.object({ id: Id, copyId: Id, state: CopyState, on: IsoDate.optional() }).strict()),
  /** The register of the brief's copies as a printable sheet: saved as PDF, or printed. */
  saveRegisterPdf: op<SavedFile | null>()(byId),
  printRegister: op<void>()(byId),
  /** The official layout of every pack: margins, where page numbers go, the city on the cover. */
  updateBriefLayout: op<Settings>()(
    z.object({ margins: PageLayout.shape.margins.optional(), pageNumbers: PageLayout.shape.pageNumbers.optional(), city: Texts.optional() }).strict(),
  ),
  /** Asks for the emblem's image (PNG or JPEG) and keeps a copy in the data folder; null when the user cancelled. */
  chooseBriefEmblem: op<Settings | null>()(noArgs),
  removeBriefEmblem: op<Settings>()(noArgs),
}
