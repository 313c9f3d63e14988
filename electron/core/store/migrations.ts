// The upgrade chain for the data file: one step per schema version, applied in order.
// A step takes the `data` of version N and returns the `data` of version N + 1. It never
// validates; the store validates the result against the current schema afterwards.
import { CURRENT_SCHEMA_VERSION } from '../schema'

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
    // 3: briefing packs for distribution (schema/v3.ts): audiences, clearance, talking points as
    // items, numbered copies, the official layout. Issued versions were the whole pack, with
    // "Страница X из Y" at the foot.
    2: (data) => {
      const v2 = data as Data & { briefs: Record<string, unknown>[] }
      const margins = { top: 20, right: 10, bottom: 20, left: 20 }
      return {
        ...v2,
        settings: { ...v2.settings, briefLayout: { margins, pageNumbers: 'top', city: { ru: '', en: '' }, emblem: null } },
        briefs: v2.briefs.map((brief) => ({
          ...brief,
          coverClearance: false,
          carriedFrom: '',
          copies: [],
          sections: (brief.sections as Record<string, unknown>[]).map(sectionV3),
          issued: (brief.issued as Record<string, unknown>[]).map((version) => ({
            ...version,
            edition: 'principal',
            content: {
              ...(version.content as object),
              edition: 'principal',
              layout: { margins, pageNumbers: 'foot' },
              letterhead: { organisation: '', emblem: null, place: '' },
            },
          })),
        })),
      }
    },
  },
  target: CURRENT_SCHEMA_VERSION,
}

/** Free text of talking points (paragraphs, "-" or "•" lines) as one item per paragraph or bullet. */
function pointsOf(text: unknown) {
  const items: string[] = []
  for (const chunk of String(text).split(/\n\s*\n/)) {
    let paragraph: string[] = []
    const flush = () => {
      if (paragraph.length > 0) items.push(paragraph.join('\n'))
      paragraph = []
    }
    for (const line of chunk.split('\n').filter((l) => l.trim() !== '')) {
      const bullet = /^\s*[-•–—]\s+/.exec(line)
      if (bullet) {
        flush()
        items.push(line.slice(bullet[0].length).trim())
      } else paragraph.push(line.trim())
    }
    flush()
  }
  return items.map((t) => ({ id: crypto.randomUUID(), text: t, audience: null, resolved: false, carried: false }))
}

/** A v2 section in v3: meant for the delegation (the cover, contents and programme for anyone), not yet cleared. */
function sectionV3(section: Record<string, unknown>) {
  const common = { ...section, audience: ['cover', 'contents', 'programme'].includes(String(section.kind)) ? 'shared' : 'delegation', clearance: null }
  switch (section.kind) {
    case 'steering':
      return { ...common, keyMessages: pointsOf(section.keyMessages), defensiveLines: pointsOf(section.defensiveLines) }
    case 'agenda_items':
      return { ...common, items: (section.items as Record<string, unknown>[]).map((item) => ({ ...item, pointsToMake: pointsOf(item.pointsToMake) })) }
    case 'commitments_annex':
      return { ...common, audiences: {}, carried: [] }
    case 'counterparts':
      return { ...common, audiences: {} }
    default:
      return common
  }
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
