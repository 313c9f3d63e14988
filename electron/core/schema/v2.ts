// Schema version 2: version 1 plus what imports and exchange between laptops remember.
// - settings.importLayouts: how the columns of a table layout were mapped, so the next file
//   with the same header row maps itself;
// - exchange: this installation's id (exchange files carry it) and, per laptop we imported
//   from, a fingerprint of each record as it was when both sides last had it the same: what
//   tells "changed there", "changed here" and "changed on both sides" apart.
import { z } from 'zod'
import { DeskDataV1, Id, IsoDateTime, Settings as SettingsV1, ShortText } from './v1'

/** What a column of an imported table holds. */
export const ImportField = z.enum(['clause', 'text', 'summary', 'deadline', 'owners', 'completionForm', 'themes', 'ignore'])

export const ImportLayout = z.strictObject({
  /** The header row's cells, folded and joined: the same layout gives the same key. */
  key: z.string().max(4000),
  columns: z.array(ImportField).max(200),
  usedAt: IsoDateTime,
})

export const SettingsV2 = SettingsV1.extend({ importLayouts: z.array(ImportLayout).max(100) })

/** A SHA-256 (hex) of a record's content. */
export const Fingerprint = z.string().regex(/^[0-9a-f]{64}$/)

export const ExchangePeer = z.strictObject({
  /** How the other laptop named itself in its file (its organisation). */
  name: ShortText,
  lastImportAt: IsoDateTime,
  /** Record id → fingerprint of the record as both sides last had it. */
  bases: z.record(Id, Fingerprint),
})

export const ExchangeState = z.strictObject({
  installationId: Id,
  peers: z.record(Id, ExchangePeer),
})

export const DeskDataV2 = DeskDataV1.extend({ settings: SettingsV2, exchange: ExchangeState })

export type ImportField = z.infer<typeof ImportField>
export type ImportLayout = z.infer<typeof ImportLayout>
export type ExchangePeer = z.infer<typeof ExchangePeer>
export type ExchangeState = z.infer<typeof ExchangeState>
