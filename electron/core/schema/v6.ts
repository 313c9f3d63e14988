// Schema version 6: version 5 plus the secretariat's requests for updates (issue 14). A request
// asks one owner organisation to report on its commitments by a date: the workbook it was sent
// lists them by their ids (hidden in the sheet), and the reply, once applied, names the updates
// it added. Whether a request is overdue is derived (no reply, the date passed), never stored.
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { Id, IsoDate, Language, recordBase, ShortText } from './v1'
import { DeskDataV5 } from './v5'

/** One commitment a request asks about, with the newest update the workbook showed for it. */
export const RequestItem = z.strictObject({
  commitmentId: Id,
  /** A reply's row is flagged when the commitment has a newer update than this by then. */
  lastUpdateId: Id.nullable(),
})

/** The reply once applied: when, from which file, and the owner's reports it added. */
export const RequestReply = z.strictObject({
  receivedOn: IsoDate,
  fileName: ShortText,
  updateIds: z.array(Id),
})

export const UpdateRequest = z.strictObject({
  ...recordBase,
  /** The owner asked; kept by id only: a request outlives the registry's changes as a letter does. */
  organisationId: Id,
  /** The owner's name as the letter gave it. */
  organisationName: ShortText,
  /** The selection as the letter names it: a document's title, a meeting's, or "the list's filter". */
  subject: ShortText,
  sentOn: IsoDate,
  replyBy: IsoDate,
  language: Language,
  items: z.array(RequestItem).min(1),
  /** null until a reply is applied. */
  reply: RequestReply.nullable(),
})

export const DeskDataV6 = DeskDataV5.extend({ updateRequests: z.array(UpdateRequest) })

export type RequestItem = z.infer<typeof RequestItem>
export type RequestReply = z.infer<typeof RequestReply>
export type UpdateRequest = z.infer<typeof UpdateRequest>

/** Version 5's data as version 6's: no requests yet. Frozen: a later version changes its own step. */
export function upgradeV5ToV6(data: unknown): unknown {
  return { ...(data as Record<string, unknown>), updateRequests: [] }
}
