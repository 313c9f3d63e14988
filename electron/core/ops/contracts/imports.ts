// Importing a document's commitments from a Word or Excel table, a CSV file or pasted text:
// read, map the columns, preview every row as it will be saved, then one confirm (undoable).
import { z } from 'zod'
import { Id, ImportField } from '../../schema'
import { op } from '../spec'
import type { ImportPreview, ImportResult, ImportSource } from '../views'

const RowIndex = z.number().int().min(0).max(1_000_000)

export const ImportSettings = z
  .object({
    /** The read file or text, as the core keeps it for this import. */
    token: Id,
    documentId: Id,
    sheet: z.number().int().min(0).max(1000),
    headerRow: RowIndex.nullable(),
    columns: z.array(ImportField).max(200),
    fixes: z.record(
      z.string().regex(/^\d{1,7}$/),
      z.object({ clause: z.string().max(1000).optional(), text: z.string().max(30_000).optional(), deadline: z.string().max(1000).optional(), owners: z.string().max(5000).optional() }).strict(),
    ),
    skip: z.array(RowIndex).max(1_000_000),
    /** Owner name (folded) → what to do with it. */
    owners: z.record(
      z.string().max(1000),
      z.discriminatedUnion('action', [z.object({ action: z.literal('map'), organisationId: Id }), z.object({ action: z.literal('create') }), z.object({ action: z.literal('ignore') })]),
    ),
    /** Rows taken for a section heading, the column numbers or a note that are to be imported all the same. */
    keep: z.array(RowIndex).max(1_000_000).default([]),
    /** Where a section's heading goes in the rows under it. */
    sectionAs: z.enum(['themes', 'summary', 'ignore']).default('themes'),
  })
  .strict()
export type ImportSettings = z.infer<typeof ImportSettings>

/** The encodings a text file can be read in again; the detector may also have chosen UTF-16 by a byte-order mark. */
export const Encoding = z.enum(['utf-8', 'windows-1251', 'koi8-r', 'ibm866'])
const Delimiter = z.enum([';', ',', '\t'])

export const importsContract = {
  /** Asks for a .docx, .xlsx or .csv file and reads its tables; null when the user cancelled. */
  openImportFile: op<ImportSource | null>()(z.object({}).strict()),
  /** The same file read again with another encoding or separator (a CSV). */
  rereadImportFile: op<ImportSource>()(z.object({ token: Id, encoding: Encoding.optional(), delimiter: Delimiter.optional() }).strict()),
  /** Pasted text (a joint statement, a communiqué) for a document, split into numbered clauses, with the deadline each names. */
  readImportText: op<ImportSource>()(z.object({ text: z.string().min(1).max(2_000_000), documentId: Id }).strict()),
  /** The rows as they will be saved, with their problems: `offset`/`limit` of them, all or only those with problems. */
  previewImport: op<ImportPreview>()(
    z.object({ settings: ImportSettings, offset: z.number().int().min(0), limit: z.number().int().min(1).max(500), only: z.enum(['all', 'problems']) }).strict(),
  ),
  /** Saves every row not skipped, in one change; refused while a row has a blocking problem. */
  commitImport: op<ImportResult>()(z.object({ settings: ImportSettings }).strict()),
  /** Takes an import back, if nothing it added has been changed or used since. */
  undoImport: op<{ commitments: number; organisations: number }>()(z.object({ batchId: Id }).strict()),
}
