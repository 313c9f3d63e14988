// Exchange between laptops: a meeting, a document or everything in one .ddx file; importing one
// shows a merge review (new, changed there, conflicts) and applies only what the user chose.
import { z } from 'zod'
import { Id } from '../../schema'
import { op } from '../spec'
import { HeldFile, Protection } from './transfer'
import type { ExchangeApplied, ExchangeReview, SavedFile } from '../views'

const Scope = z.discriminatedUnion('kind', [z.object({ kind: z.literal('all') }), z.object({ kind: z.literal('meeting'), id: Id }), z.object({ kind: z.literal('document'), id: Id })])

export const exchangeContract = {
  /** Writes the scope, with what it refers to and its files, as a .ddx where the user chooses, sealed with a transfer passphrase or plain; null when cancelled. */
  exportExchange: op<SavedFile | null>()(z.object({ scope: Scope, protection: Protection }).strict()),
  /**
   * Reads a .ddx and plans the merge: with `path`, a file the system opened the app with; without,
   * one the user chooses (null when cancelled); with `held`, a sealed one read before, opened with its passphrase.
   */
  openExchangeFile: op<ExchangeReview | null>()(z.union([z.strictObject({ path: z.string().max(4096).optional() }), z.strictObject({ held: HeldFile })])),
  /** The same, for a file dropped on the window (its bytes, base64). */
  readExchangeFile: op<ExchangeReview>()(z.object({ name: z.string().max(1000), base64: z.string().max(700_000_000) }).strict()),
  /** The review of a file read before (kept for this session). */
  getExchangeReview: op<ExchangeReview>()(z.object({ token: Id }).strict()),
  /** Applies the plan: new records added, theirs taken, conflicts field by field as chosen. */
  applyExchange: op<ExchangeApplied>()(z.object({ token: Id, choices: z.record(z.string().max(200), z.record(z.string().max(100), z.enum(['ours', 'theirs', 'delete', 'keep']))) }).strict()),
  /** Files the system asked the app to open (double-clicked .ddx files), taken once. */
  takeOpenedFiles: op<string[]>()(z.object({}).strict()),
}
