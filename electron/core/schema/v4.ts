// Schema version 4: version 3 plus briefing packs made for distribution, as an official paper.
// - editions by audience: each section, and single items in it (a talking point, a defensive
//   line, a commitment of the annex, a counterpart), say who may read them; an issued version is
//   one edition and holds only what its audience may read;
// - clearance per section (by whom, on which day), and whether the cover shows it;
// - talking points and defensive lines as items of their own, which can be resolved at the
//   meeting or carried forward, with the commitments, into the next meeting's pack;
// - numbered copies of issued versions and who holds them (the distribution register);
// - the official layout in the settings (margins, where page numbers go, the emblem, the city),
//   frozen with each issued version together with the organisation's name.
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { SettingsV2 } from './v2'
import { DeskDataV3 } from './v3'
import { AnnexFilter, BriefBlock, BriefDocument as BriefDocumentV1, BriefInput as BriefInputV1, BriefText, Id, IsoDate, IsoDateTime, IssuedCommitment, LongText, recordBase, ShortText, SourceFile } from './v1'

/**
 * Who may read a part of a pack, from the narrowest: the principal (the minister) alone, the
 * delegation, or anyone (it can be shared with a counterpart). An edition for an audience holds
 * what is meant for that audience or a wider one; the principal's edition is the whole pack.
 */
export const Audience = z.enum(['principal', 'delegation', 'shared'])

const nonBlank = ShortText.refine((t) => t.trim() !== '', 'validation.required')

/** A section cleared by the department that owns it. */
export const Clearance = z.strictObject({ by: nonBlank, on: IsoDate })

/** A talking point or a defensive line: one item, which can be meant for a narrower audience than its section. */
export const TalkingPoint = z.strictObject({
  id: Id,
  text: LongText,
  /** null: as its section. */
  audience: Audience.nullable(),
  /** Settled at the meeting: not brought forward into the next pack. */
  resolved: z.boolean(),
  /** Brought forward from the previous meeting's pack. */
  carried: z.boolean(),
})

/** Marks for single records listed in a section (commitments, people): only those meant for a narrower audience than the section. */
const AudienceMarks = z.record(Id, Audience)

const sectionBase = {
  id: Id,
  enabled: z.boolean(),
  /** '' for the section's usual title in the brief's language. */
  title: ShortText,
  audience: Audience,
  /** null while a draft. */
  clearance: Clearance.nullable(),
}
export const BriefSection = z.discriminatedUnion('kind', [
  z.strictObject({ ...sectionBase, kind: z.literal('cover') }),
  z.strictObject({ ...sectionBase, kind: z.literal('contents') }),
  /** From the second issued version of an edition on: what changed in its commitments since the last one. */
  z.strictObject({ ...sectionBase, kind: z.literal('addendum') }),
  z.strictObject({ ...sectionBase, kind: z.literal('programme') }),
  z.strictObject({
    ...sectionBase,
    kind: z.literal('steering'),
    objectives: BriefText,
    keyMessages: z.array(TalkingPoint),
    positionsOfOthers: BriefText,
    defensiveLines: z.array(TalkingPoint),
    pressLine: BriefText,
  }),
  z.strictObject({
    ...sectionBase,
    kind: z.literal('agenda_items'),
    /** One brief per agenda item of the meeting; items without an entry are briefed empty. */
    items: z.array(z.strictObject({ agendaItemId: Id, objective: BriefText, pointsToMake: z.array(TalkingPoint), background: BriefText })),
  }),
  z.strictObject({
    ...sectionBase,
    kind: z.literal('commitments_annex'),
    filter: AnnexFilter,
    show: z.enum(['summary', 'text']),
    /** For the whole pack: a commitment marked here is left out of every section of a wider edition (deadlines, country notes, the addendum). */
    audiences: AudienceMarks,
    /** The previous meeting's open commitments, brought forward: listed whatever the filter, marked as carried. */
    carried: z.array(Id),
  }),
  /** Our organisation's deadlines from the brief's date to this many days after the meeting. */
  z.strictObject({ ...sectionBase, kind: z.literal('upcoming_deadlines'), daysAfterMeeting: z.number().int().min(0).max(3650) }),
  /** Per country (empty: every participating country), the open commitments it leads that concern us. */
  z.strictObject({ ...sectionBase, kind: z.literal('country_notes'), countryIds: z.array(Id) }),
  z.strictObject({ ...sectionBase, kind: z.literal('counterparts'), personIds: z.array(Id), audiences: AudienceMarks }),
  z.strictObject({ ...sectionBase, kind: z.literal('logistics'), body: BriefText }),
  z.strictObject({ ...sectionBase, kind: z.literal('annexes'), documentIds: z.array(Id) }),
])
export const BriefSectionKind = z.enum(BriefSection.options.map((o) => o.shape.kind.value) as [BriefSection['kind'], ...BriefSection['kind'][]])

const Millimetres = z.number().int().min(5).max(60)
/** The page's layout, as Settings say it (ГОСТ Р 7.0.97-2016's margins by default). */
export const PageLayout = z.strictObject({
  margins: z.strictObject({ top: Millimetres, right: Millimetres, bottom: Millimetres, left: Millimetres }),
  /** top: at the top centre from the second page (ГОСТ); foot: "Страница X из Y" at the foot of every page. */
  pageNumbers: z.enum(['top', 'foot']),
})

/** The organisation's emblem and name at the head of the cover, the city and year at its foot. */
export const Letterhead = z.strictObject({
  organisation: ShortText,
  emblem: SourceFile.nullable(),
  /** "Астана — 2026"; '' for none. */
  place: ShortText,
})

/** What a document's section can be: a brief's section kinds, and the register sheet. */
export const DocumentSectionKind = z.enum([...BriefSectionKind.options, 'register'])

export const BriefDocument = BriefDocumentV1.extend({
  edition: Audience,
  layout: PageLayout,
  letterhead: Letterhead,
  sections: z.array(z.strictObject({ id: Id, kind: DocumentSectionKind, title: ShortText, blocks: z.array(BriefBlock) })),
})

export const IssuedBriefVersion = z.strictObject({
  number: z.number().int().positive(),
  issuedAt: IsoDateTime,
  edition: Audience,
  /** The assembled content of the edition, frozen at issue: re-exported unchanged, whatever the registry does. */
  content: BriefDocument,
  /** What the next version of the same edition compares in its addendum. */
  included: z.array(IssuedCommitment),
})

export const CopyMedium = z.enum(['print', 'pdf', 'word'])
export const CopyState = z.enum(['held', 'returned', 'destroyed'])

/** A numbered copy of an issued version, in the distribution register. */
export const BriefCopy = z
  .strictObject({
    id: Id,
    version: z.number().int().positive(),
    /** Экз. № — counted per version. */
    number: z.number().int().positive(),
    /** A person or a post. */
    recipient: nonBlank,
    issuedOn: IsoDate,
    medium: CopyMedium,
    /** Whether its pages carry the recipient's name across them. */
    watermark: z.boolean(),
    state: CopyState,
    /** When it was returned or destroyed; null while held. */
    stateOn: IsoDate.nullable(),
  })
  .refine((c) => (c.state === 'held') === (c.stateOn === null), { message: 'validation.copyStateDate', path: ['stateOn'] })

export const BriefInput = BriefInputV1.extend({
  sections: z.array(BriefSection),
  /** Whether the cover lists which sections were cleared, by whom and when. */
  coverClearance: z.boolean(),
  /** The meeting whose pack this one carried items forward from, as the pack names it; '' for none. */
  carriedFrom: ShortText,
})

/** A copy names an issued version, and a version's copy numbers are its own: later versions' briefs keep this rule. */
export function copiesOfIssuedVersions(brief: { issued: { number: number }[]; copies: { version: number; number: number }[] }, ctx: z.RefinementCtx) {
  const versions = new Set(brief.issued.map((v) => v.number))
  const numbers = new Set<string>()
  brief.copies.forEach((copy, i) => {
    const key = `${copy.version}/${copy.number}`
    if (!versions.has(copy.version)) ctx.addIssue({ code: 'custom', message: 'validation.noSuchVersion', path: ['copies', i, 'version'] })
    if (numbers.has(key)) ctx.addIssue({ code: 'custom', message: 'validation.copyNumberTaken', path: ['copies', i, 'number'] })
    numbers.add(key)
  })
}

export const Brief = BriefInput.extend({ ...recordBase, issued: z.array(IssuedBriefVersion), copies: z.array(BriefCopy) }).superRefine(copiesOfIssuedVersions)

export const BriefLayoutSettings = PageLayout.extend({
  /** The city at the foot of the cover, in each output language. */
  city: z.strictObject({ ru: ShortText, en: ShortText }),
  emblem: SourceFile.nullable(),
})

export const SettingsV4 = SettingsV2.extend({ briefLayout: BriefLayoutSettings })

export const DeskDataV4 = DeskDataV3.extend({ settings: SettingsV4, briefs: z.array(Brief) })

/** ГОСТ Р 7.0.97-2016: 20 mm at the top, 10 mm right, 20 mm at the bottom, 20 mm left. */
export const DEFAULT_PAGE_LAYOUT: PageLayout = { margins: { top: 20, right: 10, bottom: 20, left: 20 }, pageNumbers: 'top' }
export const defaultBriefLayout = (): BriefLayoutSettings => ({ ...structuredClone(DEFAULT_PAGE_LAYOUT), city: { ru: '', en: '' }, emblem: null })

export type Audience = z.infer<typeof Audience>
export type Clearance = z.infer<typeof Clearance>
export type TalkingPoint = z.infer<typeof TalkingPoint>
export type BriefSection = z.infer<typeof BriefSection>
export type PageLayout = z.infer<typeof PageLayout>
export type Letterhead = z.infer<typeof Letterhead>
export type BriefDocument = z.infer<typeof BriefDocument>
export type IssuedBriefVersion = z.infer<typeof IssuedBriefVersion>
export type CopyMedium = z.infer<typeof CopyMedium>
export type CopyState = z.infer<typeof CopyState>
export type BriefCopy = z.infer<typeof BriefCopy>
export type BriefInput = z.infer<typeof BriefInput>
export type Brief = z.infer<typeof Brief>
export type BriefLayoutSettings = z.infer<typeof BriefLayoutSettings>

type Data = Record<string, unknown> & { settings: Record<string, unknown> }

/**
 * Version 3's data as version 4's: sections meant for the delegation (cover, contents and
 * programme for anyone) and not yet cleared, talking points as items, no copies yet, the official
 * layout in the settings. Issued versions were the whole pack, with "Страница X из Y" at the foot.
 * Frozen: a later version changes its own step, never this one.
 */
export function upgradeV3ToV4(data: unknown): unknown {
  const v3 = data as Data & { briefs: Record<string, unknown>[] }
  const margins = { top: 20, right: 10, bottom: 20, left: 20 }
  return {
    ...v3,
    settings: { ...v3.settings, briefLayout: { margins, pageNumbers: 'top', city: { ru: '', en: '' }, emblem: null } },
    briefs: v3.briefs.map((brief) => ({
      ...brief,
      coverClearance: false,
      carriedFrom: '',
      copies: [],
      sections: (brief.sections as Record<string, unknown>[]).map(sectionV4),
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

/** A version 3 section in version 4: meant for the delegation (the cover, contents and programme for anyone), not yet cleared. */
function sectionV4(section: Record<string, unknown>) {
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

