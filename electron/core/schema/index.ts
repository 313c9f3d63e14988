// The current schema and the file envelope. Bump CURRENT_SCHEMA_VERSION together with a new
// `vN.ts` and a migration step in `../store/migrations.ts`.
import { z } from 'zod'
import { defaultBriefLayout } from './v4'
import { emptyHistory } from './v7'
import { SettingsV10 } from './v10'
import { DeskDataV11 } from './v11'
import { defaultReminders } from './v9'

export * from './v1'
export * from './v2'
// Later versions' records replace earlier ones of the same names (explicit exports win over `export *`).
export { DeskDataV3, RecurringRule, upgradeV2ToV3 } from './v3'
export * from './v4'
// Version 4 redefines the briefing pack's sections: its names are the current ones.
export { BriefSection, BriefSectionKind } from './v4'
export * from './v5'
export * from './v6'
export * from './v7'
// Version 5 redefines meeting and document inputs (inexact dates, the summit day, more types),
// version 7 gives the records that travel their revisions; version 10 builds on both (below).
export { DocumentType } from './v5'
export * from './v8'
export * from './v9'
// Version 8 gives status updates their reason for a delay, version 9 their files; version 9
// writes briefs and requests in four languages and gives commitments their milestones.
export { BriefDocument, IssuedBriefVersion, StatusUpdate, StatusUpdateInput, UpdateRequest } from './v9'
export * from './v10'
// Version 10 keeps every record's texts in Kazakh and Uzbek too: its records with texts are the current ones.
export {
  AgendaItem,
  BriefLayoutSettings,
  Commitment,
  CommitmentInput,
  Country,
  CountryInput,
  Deadline,
  DeadlineInput,
  DeadlineRule,
  Document,
  DocumentInput,
  LocalText,
  Meeting,
  MeetingInput,
  Organisation,
  OrganisationInput,
  Person,
  PersonInput,
} from './v10'

export * from './v11'
// Version 11 gives briefs their texts' translations: its brief is the current one.
export { Brief, BriefInput } from './v11'

export const CURRENT_SCHEMA_VERSION = 11
export const DeskData = DeskDataV11
export type DeskData = z.infer<typeof DeskData>
/** The settings as they are now (v1's plus import layouts, the briefs' layout, four interface languages, the look, the reminders, the city in four languages). */
export const Settings = SettingsV10
export type Settings = z.infer<typeof Settings>

/** The data file on disk: `{ schemaVersion, data }`. */
export const FileEnvelope = z.object({
  schemaVersion: z.number().int().nonnegative(),
  data: z.unknown(),
})
export type FileEnvelope = z.infer<typeof FileEnvelope>

export function emptyData(): DeskData {
  return {
    countries: [],
    organisations: [],
    people: [],
    meetings: [],
    documents: [],
    commitments: [],
    statusUpdates: [],
    briefs: [],
    updateRequests: [],
    reports: [],
    settings: { ourOrganisationId: null, language: null, theme: 'system', reminders: defaultReminders(), savedViews: [], importLayouts: [], briefLayout: defaultBriefLayout() },
    // Web Crypto's randomUUID: the renderer imports this module too, so no node: import.
    exchange: { installationId: crypto.randomUUID(), peers: {} },
    history: emptyHistory(),
  }
}
