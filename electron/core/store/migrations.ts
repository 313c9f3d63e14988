// The upgrade chain for the data file: one step per schema version, applied in order.
// A step takes the `data` of version N and returns the `data` of version N + 1. It never
// validates; the store validates the result against the current schema afterwards.
import { firstRevision } from '../exchange/revisions'
import { CURRENT_SCHEMA_VERSION, upgradeV2ToV3, upgradeV3ToV4, upgradeV4ToV5, upgradeV5ToV6, upgradeV6ToV7, upgradeV7ToV8, upgradeV8ToV9, upgradeV9ToV10, upgradeV10ToV11 } from '../schema'

export type MigrationStep = (data: unknown) => unknown

export interface MigrationChain {
  /** steps[n] upgrades version n to n + 1 */
  steps: Record<number, MigrationStep>
  target: number
}

type Data = Record<string, unknown> & { settings: Record<string, unknown> }

/** The chain from version 1, the first released schema. */
export const migrationChain: MigrationChain = {
  steps: {
    // 2: import layouts remembered in the settings; this installation's exchange identity.
    1: (data) => {
      const v1 = data as Data
      return { ...v1, settings: { ...v1.settings, importLayouts: [] }, exchange: { installationId: crypto.randomUUID(), peers: {} } }
    },
    // 3: occurrences of recurring deadlines (see schema/v3.ts).
    2: upgradeV2ToV3,
    // 4: briefing packs for distribution (see schema/v4.ts).
    3: upgradeV3ToV4,
    // 5: meetings known by their year or month, the summit day, more document types (see schema/v5.ts).
    4: upgradeV4ToV5,
    // 6: requests for updates to owner organisations (see schema/v6.ts).
    5: upgradeV5ToV6,
    // 7: revisions and tombstones for the exchange (see schema/v7.ts).
    6: (data) => upgradeV6ToV7(data, firstRevision),
    // 8: Kazakh and Uzbek interfaces, the look, a status update's reason for a delay (see schema/v8.ts).
    7: upgradeV7ToV8,
    // 9: reminders (see schema/v9.ts).
    8: upgradeV8ToV9,
    // 10: the records' texts in Kazakh and Uzbek too (see schema/v10.ts).
    9: upgradeV9ToV10,
    // 11: a bilingual pack's own texts in its second language (see schema/v11.ts).
    10: upgradeV10ToV11,
  },
  target: CURRENT_SCHEMA_VERSION,
}

export class MigrationError extends Error {}

/** Applies steps from `fromVersion` up to the chain's target. */
export function migrate(fromVersion: number, data: unknown, chain: MigrationChain): unknown {
  if (fromVersion > chain.target) throw new MigrationError(`Version ${fromVersion} is newer than ${chain.target}`)
  let current = data
  for (let v = fromVersion; v < chain.target; v++) {
    const step = chain.steps[v]
    if (!step) throw new MigrationError(`No upgrade from schema version ${v} to ${v + 1}`)
    current = step(current)
  }
  return current
}
