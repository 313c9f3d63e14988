// The embedded demo dataset: the VI Consultative Meeting (Astana, 9 August 2024) with its eight
// documents as facts, and invented (sample) commitments, statuses and people around them, seen from
// the delegation secretariat of Kazakhstan's Ministry of Transport. Deterministic: no randomness,
// no clock, fixed ids and timestamps, so the same build always yields the same data.
import { defaultBriefLayout, defaultReminders, emptyHistory, type Commitment, type DeskData, type StatusUpdate } from '../schema'
import { CREATED_COMMITMENTS, IdGroup, demoId } from './common'
import { COMMITMENT_SPECS, type CommitmentSpec } from './demoCommitments'
import { COUNTRY_ORDER, OUR_ORGANISATION, buildReference, countryId, documentId, orgCountry, orgId, orgShortName } from './demoReference'

export { DEMO_TODAY } from './common'

/** Author of the secretariat's own assessments. */
const SECRETARIAT = 'Секретариат делегации МТ РК'

const commitmentIdByKey = new Map(COMMITMENT_SPECS.map((c, i) => [c.key, demoId(IdGroup.commitment, i + 1)]))
function commitmentId(key: string): string {
  const id = commitmentIdByKey.get(key)
  if (!id) throw new Error(`Demo data: unknown commitment key ${key}`)
  return id
}

function owners(spec: CommitmentSpec): Commitment['owners'] {
  return [
    { organisationId: orgId(spec.lead), role: 'lead' },
    ...spec.co.map((key) => ({ organisationId: orgId(key), role: 'co_executor' as const })),
    ...spec.participants.map((key) => ({ organisationId: orgId(key), role: 'participant' as const })),
  ]
}

/** Partner countries: as given, or every other country among the owners (ours is Kazakhstan). */
function partnerCountryIds(spec: CommitmentSpec): string[] {
  if (spec.partners) return spec.partners.map(countryId)
  const ourCountry = orgCountry(OUR_ORGANISATION)
  const involved = new Set([spec.lead, ...spec.co, ...spec.participants].map(orgCountry))
  return COUNTRY_ORDER.filter((code) => code !== ourCountry && involved.has(code)).map(countryId)
}

function buildCommitment(spec: CommitmentSpec): Commitment {
  return {
    id: commitmentId(spec.key),
    createdAt: CREATED_COMMITMENTS,
    updatedAt: CREATED_COMMITMENTS,
    sample: true,
    documentId: documentId(spec.doc),
    clause: spec.clause,
    text: spec.text,
    summary: spec.summary,
    themes: spec.themes,
    owners: owners(spec),
    partnerCountryIds: partnerCountryIds(spec),
    deadline: spec.deadline,
    completionForm: spec.form,
    priority: spec.priority,
    relatedIds: spec.related.map(commitmentId),
    milestones: [],
  }
}

function buildStatusUpdates(): StatusUpdate[] {
  let n = 0
  return COMMITMENT_SPECS.flatMap((spec) =>
    spec.updates.map((u, i) => {
      // Recorded on the day it reports; the minute keeps the order of same-day entries defined.
      const createdAt = `${u.date}T09:${String(i).padStart(2, '0')}:00.000Z`
      return {
        id: demoId(IdGroup.statusUpdate, ++n),
        createdAt,
        updatedAt: createdAt,
        sample: true,
        commitmentId: commitmentId(spec.key),
        date: u.date,
        author: u.author ?? (u.source === 'assessment' ? SECRETARIAT : orgShortName(spec.lead).ru),
        source: u.source,
        status: u.status,
        progress: u.progress,
        confidence: u.confidence,
        narrative: u.narrative,
        evidence: u.evidence,
        correctsId: null,
        occurrence: u.occurrence ?? null,
      }
    }),
  )
}

export function buildDemoData(): DeskData {
  // Deep copies: callers (the store, tests) may mutate what they get without touching the next build.
  return structuredClone({
    ...buildReference(),
    commitments: COMMITMENT_SPECS.map(buildCommitment),
    statusUpdates: buildStatusUpdates(),
    briefs: [],
    updateRequests: [],
    reports: [],
    settings: { ourOrganisationId: orgId(OUR_ORGANISATION), language: null, theme: 'system', reminders: defaultReminders(), savedViews: [], importLayouts: [], briefLayout: { ...defaultBriefLayout(), city: { ru: 'Астана', en: 'Astana' } } },
    // Fixed, so the same build gives the same file; a real installation keeps its own (loadDemo).
    exchange: { installationId: '00000000-0000-4000-8000-00000000d0d0', peers: {} },
    history: emptyHistory(),
  })
}
