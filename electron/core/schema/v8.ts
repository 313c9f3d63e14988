// Schema version 8: version 7 plus
// - the interface in the region's state languages: Settings' language may be Kazakh or Uzbek as
//   well as Russian or English (records' own texts and the documents the app writes stay in
//   Russian and English: `Language`);
// - the app's look chosen in Settings (the system's, or always light or dark);
// - a status update's reason for a delay, its own field: required of an update that says
//   "delayed" or reports on a commitment past its date without closing it. Optional in the
//   record, so updates written before, and those in exchange files of earlier versions, stay valid.
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { LongText, StatusUpdateInput as StatusUpdateInputV1 } from './v1'
import { SettingsV4 } from './v4'
import { DeskDataV7, StatusUpdate as StatusUpdateV7 } from './v7'

export const INTERFACE_LANGUAGES = ['ru', 'en', 'kk', 'uz'] as const
export const InterfaceLanguage = z.enum(INTERFACE_LANGUAGES)
export const ThemeChoice = z.enum(['system', 'light', 'dark'])

export const SettingsV8 = SettingsV4.extend({
  /** null: follow the system locale. */
  language: InterfaceLanguage.nullable(),
  theme: ThemeChoice,
})

const delayReason = { delayReason: LongText.optional() }
export const StatusUpdateInput = StatusUpdateInputV1.extend(delayReason)
export const StatusUpdate = StatusUpdateV7.extend(delayReason)

export const DeskDataV8 = DeskDataV7.extend({ settings: SettingsV8, statusUpdates: z.array(StatusUpdate) })

export type InterfaceLanguage = z.infer<typeof InterfaceLanguage>
export type ThemeChoice = z.infer<typeof ThemeChoice>
export type StatusUpdateInput = z.infer<typeof StatusUpdateInput>
export type StatusUpdate = z.infer<typeof StatusUpdate>

/** Version 7's data as version 8's: the look follows the system. Frozen: a later version changes its own step. */
export function upgradeV7ToV8(data: unknown): unknown {
  const v7 = data as Record<string, unknown> & { settings?: unknown }
  // A damaged file is left as it is: validation after the upgrade says what is wrong with it.
  if (v7.settings === null || typeof v7.settings !== 'object') return data
  return { ...v7, settings: { ...v7.settings, theme: 'system' } }
}
