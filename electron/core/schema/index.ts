// The current schema and the file envelope. Bump CURRENT_SCHEMA_VERSION together with a new
// `vN.ts` and a migration step in `../store/migrations.ts`.
import { z } from 'zod'
import { DeskDataV1 } from './v1'

export * from './v1'

export const CURRENT_SCHEMA_VERSION = 1
export const DeskData = DeskDataV1
export type DeskData = z.infer<typeof DeskData>

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
    settings: { ourOrganisationId: null, language: null, savedViews: [] },
  }
}
