// Schema version 1 of the data file: the whole domain of PRODUCT.md.
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { isCleanFileName } from '../files/fileNames'
import { parseStoredFilePath, storedPathOf } from '../files/storedPath'

export const MAX_SHORT_TEXT = 500
export const MAX_LONG_TEXT = 20_000

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/
/** A calendar date, `YYYY-MM-DD`, that really exists (no 2025-02-30). */
export const IsoDate = z
  .string()
  .regex(isoDatePattern, 'validation.date')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'validation.noSuchDate')
export const IsoDateTime = z.iso.datetime({ offset: true })
export const Id = z.uuid()
export const ShortText = z.string().max(MAX_SHORT_TEXT)
export const LongText = z.string().max(MAX_LONG_TEXT)

/** A name or text kept in both interface languages; at least one must be filled. */
export const LocalText = z
  .object({ ru: ShortText, en: ShortText })
  .refine((t) => t.ru.trim() !== '' || t.en.trim() !== '', 'validation.localTextRequired')

/**
 * Fields every stored record has. `sample` marks invented demo content. Each record type is
 * declared as its own fields (what a form edits: the `…Input` schema) plus these.
 */
export const recordBase = {
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  sample: z.boolean().optional(),
}

export const CountryInput = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'validation.countryCode'),
  name: LocalText,
})
export const Country = CountryInput.extend(recordBase)

export const OrganisationKind = z.enum(['ministry', 'agency', 'secretariat', 'international', 'other'])
export const OrganisationInput = z.strictObject({
  name: LocalText,
  shortName: z.strictObject({ ru: ShortText, en: ShortText }),
  kind: OrganisationKind,
  /** null for international organisations */
  countryId: Id.nullable(),
  parentId: Id.nullable(),
})
export const Organisation = OrganisationInput.extend(recordBase)

export const PersonInput = z.strictObject({
  name: LocalText,
  position: z.strictObject({ ru: ShortText, en: ShortText }),
  organisationId: Id.nullable(),
  bio: LongText,
  /** Meetings where we met this person. */
  meetingIds: z.array(Id),
})
export const Person = PersonInput.extend(recordBase)

export const ParticipantRole = z.enum(['member', 'guest', 'observer'])
export const Participant = z
  .object({
    countryId: Id.nullable(),
    organisationId: Id.nullable(),
    role: ParticipantRole,
    note: ShortText,
  })
  .refine((p) => p.countryId !== null || p.organisationId !== null, 'validation.participantRequired')

export const AgendaItem = z.strictObject({
  id: Id,
  title: LocalText,
  notes: LongText,
})

/** Cross-field rules run on a record's fields whether or not they carry id and times. */
const endsAfterStart = <T extends z.ZodType<{ startDate: string; endDate: string }>>(schema: T): T =>
  schema.refine((m) => m.endDate >= m.startDate, { message: 'validation.endBeforeStart', path: ['endDate'] })

export const MeetingStatus = z.enum(['planned', 'held'])
const meetingFields = z.strictObject({
  series: LocalText,
  number: z.number().int().positive().nullable(),
  title: LocalText,
  startDate: IsoDate,
  endDate: IsoDate,
  venue: z.strictObject({ ru: ShortText, en: ShortText }),
  chairCountryId: Id.nullable(),
  participants: z.array(Participant),
  agenda: z.array(AgendaItem),
  status: MeetingStatus,
})
export const MeetingInput = endsAfterStart(meetingFields)
export const Meeting = endsAfterStart(meetingFields.extend(recordBase))

export const DocumentType = z.enum([
  'joint_statement',
  'concept',
  'decision',
  'roadmap',
  'action_plan',
  'memorandum',
  'communique',
  'agreement',
  'other',
])
export const AdoptionMode = z.enum(['signed', 'approved_by_document', 'noted'])
export const SignatoryLevel = z.enum(['heads_of_state', 'heads_of_government', 'ministers', 'delegations', 'other'])
export const Adoption = z
  .object({
    mode: AdoptionMode,
    /** Who signed, when mode is `signed`. */
    signatoryLevel: SignatoryLevel.nullable(),
    /** The document that approved this one, when mode is `approved_by_document`. */
    approvedByDocumentId: Id.nullable(),
  })
  .refine((a) => a.mode !== 'approved_by_document' || a.approvedByDocumentId !== null, {
    message: 'validation.approvedByRequired',
    path: ['approvedByDocumentId'],
  })

export const Party = z.strictObject({
  countryId: Id,
  signed: z.boolean(),
  reservation: LongText,
})

/**
 * A file kept in the data folder. Its stored path is exactly `files/<sha256>/<fileName>` with a
 * name any system can keep: whatever a data file, a backup or an exchange package says, no
 * stored path leads outside the data folder's `files/`.
 */
export const SourceFile = z
  .strictObject({
    id: Id,
    fileName: ShortText,
    /** Relative to the data folder. */
    storedPath: ShortText,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().nonnegative(),
    addedAt: IsoDateTime,
  })
  .refine((f) => isCleanFileName(f.fileName) && f.storedPath === storedPathOf(f.sha256, f.fileName) && parseStoredFilePath(f.storedPath) !== null, {
    message: 'validation.storedPath',
    path: ['storedPath'],
  })

/** A validity period or a deadline period: either end may be open. */
export const Period = z
  .object({ from: IsoDate.nullable(), to: IsoDate.nullable() })
  .refine((p) => !p.from || !p.to || p.to >= p.from, { message: 'validation.endBeforeStart', path: ['to'] })

export const DocumentInput = z.strictObject({
  meetingId: Id.nullable(),
  type: DocumentType,
  title: LocalText,
  date: IsoDate.nullable(),
  adoption: Adoption,
  parties: z.array(Party),
  validity: Period,
  parentDocumentId: Id.nullable(),
})
/** Source files are added and removed by their own operations, which copy the file in. */
export const Document = DocumentInput.extend({ sourceFiles: z.array(SourceFile), ...recordBase })

/** How the document words a deadline, in a form a due date can be computed from. */
export const DeadlineRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: IsoDate }),
  z.strictObject({ kind: z.literal('month'), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  z.strictObject({ kind: z.literal('quarter'), year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  z.strictObject({ kind: z.literal('half'), year: z.number().int(), half: z.number().int().min(1).max(2) }),
  z.strictObject({ kind: z.literal('year'), year: z.number().int() }),
  z
    .object({ kind: z.literal('period'), from: IsoDate, to: IsoDate })
    .refine((p) => p.to >= p.from, { message: 'validation.endBeforeStart', path: ['to'] }),
  z.strictObject({
    kind: z.literal('recurring'),
    frequency: z.enum(['annually', 'quarterly', 'monthly']),
    until: IsoDate.nullable(),
  }),
  z.strictObject({ kind: z.literal('next_meeting'), series: LocalText }),
  z.strictObject({ kind: z.literal('ongoing') }),
  z.strictObject({ kind: z.literal('none') }),
])

/** What the user enters: the words and the rule. The due date is computed from them. */
export const DeadlineInput = z.strictObject({
  /** The document's own words: "IV квартал 2025", "2025–2027", "ежегодно". */
  words: ShortText,
  rule: DeadlineRule,
})
export const Deadline = DeadlineInput.extend({
  /** The normalised due date used for sorting and overdue; null when there is none. */
  dueDate: IsoDate.nullable(),
})

export const OwnerRole = z.enum(['lead', 'co_executor', 'participant'])
export const Owner = z.strictObject({ organisationId: Id, role: OwnerRole })

export const CommitmentInput = z.strictObject({
  documentId: Id,
  /** The clause reference as the document numbers it: "п. 3.2". */
  clause: ShortText,
  text: LongText.refine((t) => t.trim() !== '', 'validation.required'),
  summary: z.strictObject({ ru: ShortText, en: ShortText }),
  themes: z.array(ShortText),
  owners: z.array(Owner),
  partnerCountryIds: z.array(Id),
  deadline: DeadlineInput,
  /** форма завершения: the form the result takes (a report, an agreement, an event). */
  completionForm: ShortText,
  priority: z.boolean(),
  relatedIds: z.array(Id),
})
export const Commitment = CommitmentInput.extend({ deadline: Deadline, ...recordBase })

export const CommitmentStatus = z.enum(['not_started', 'in_progress', 'completed', 'delayed', 'cancelled', 'no_information'])
export const Confidence = z.enum(['G', 'AG', 'A', 'AR', 'R'])
/** An update is either the owner's own report or our secretariat's assessment, never both. */
export const UpdateSource = z.enum(['self_report', 'assessment'])
export const Evidence = z.strictObject({
  fileId: Id.nullable(),
  reference: ShortText,
  page: ShortText,
})

/** Append-only: an update is never edited; a mistake is corrected by a new one that names it. */
export const StatusUpdateInput = z.strictObject({
  commitmentId: Id,
  date: IsoDate,
  author: ShortText,
  source: UpdateSource,
  status: CommitmentStatus,
  progress: z.number().int().min(0).max(100).nullable(),
  confidence: Confidence.nullable(),
  narrative: LongText,
  evidence: z.array(Evidence),
  correctsId: Id.nullable(),
})
export const StatusUpdate = StatusUpdateInput.extend(recordBase)

// ---------------------------------------------------------------------------------------------
// Briefing packs. Each section kind keeps what the user writes or chooses for it; generated
// sections (programme, annex, deadlines, country notes, counterparts) are assembled from the
// registry until the brief is issued, and an issued version keeps its assembled content.

/** Free text the user writes: paragraphs, and lines starting with "-" or "•" as bullets. */
export const BriefText = LongText

/** Which commitments the annex lists. Empty lists mean "no restriction". */
export const AnnexFilter = z.strictObject({
  /** ours: owned by our organisation (the default); any: whoever owns them. */
  ownership: z.enum(['ours', 'any']),
  documentIds: z.array(Id),
  meetingIds: z.array(Id),
  partnerCountryIds: z.array(Id),
  themes: z.array(ShortText),
  statuses: z.array(CommitmentStatus),
})

const sectionBase = {
  id: Id,
  enabled: z.boolean(),
  /** '' for the section's usual title in the brief's language. */
  title: ShortText,
}
export const BriefSection = z.discriminatedUnion('kind', [
  z.strictObject({ ...sectionBase, kind: z.literal('cover') }),
  z.strictObject({ ...sectionBase, kind: z.literal('contents') }),
  /** From the second issued version on: what changed in the annex's commitments since the last one. */
  z.strictObject({ ...sectionBase, kind: z.literal('addendum') }),
  z.strictObject({ ...sectionBase, kind: z.literal('programme') }),
  z.strictObject({
    ...sectionBase,
    kind: z.literal('steering'),
    objectives: BriefText,
    keyMessages: BriefText,
    positionsOfOthers: BriefText,
    defensiveLines: BriefText,
    pressLine: BriefText,
  }),
  z.strictObject({
    ...sectionBase,
    kind: z.literal('agenda_items'),
    /** One brief per agenda item of the meeting; items without an entry are briefed empty. */
    items: z.array(z.strictObject({ agendaItemId: Id, objective: BriefText, pointsToMake: BriefText, background: BriefText })),
  }),
  z.strictObject({ ...sectionBase, kind: z.literal('commitments_annex'), filter: AnnexFilter, show: z.enum(['summary', 'text']) }),
  /** Our organisation's deadlines from the brief's date to this many days after the meeting. */
  z.strictObject({ ...sectionBase, kind: z.literal('upcoming_deadlines'), daysAfterMeeting: z.number().int().min(0).max(3650) }),
  /** Per country (empty: every participating country), the open commitments it leads that concern us. */
  z.strictObject({ ...sectionBase, kind: z.literal('country_notes'), countryIds: z.array(Id) }),
  z.strictObject({ ...sectionBase, kind: z.literal('counterparts'), personIds: z.array(Id) }),
  z.strictObject({ ...sectionBase, kind: z.literal('logistics'), body: BriefText }),
  z.strictObject({ ...sectionBase, kind: z.literal('annexes'), documentIds: z.array(Id) }),
])
export const BriefSectionKind = z.enum(BriefSection.options.map((o) => o.shape.kind.value) as [BriefSection['kind'], ...BriefSection['kind'][]])

/** The assembled brief: plain blocks of text that the print view and the Word writer both render. */
export const BriefBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: LongText }),
  z.strictObject({ type: z.literal('paragraph'), text: LongText }),
  z.strictObject({ type: z.literal('bullets'), items: z.array(LongText) }),
  z.strictObject({ type: z.literal('numbered'), items: z.array(LongText) }),
  z.strictObject({ type: z.literal('facts'), rows: z.array(z.strictObject({ label: ShortText, value: LongText })) }),
  z.strictObject({
    type: z.literal('table'),
    /** Relative widths; the header row repeats on every page. */
    columns: z.array(z.strictObject({ title: ShortText, width: z.number().positive() })),
    rows: z.array(z.strictObject({ cells: z.array(LongText), overdue: z.boolean() })),
  }),
])
export const BriefDocument = z.strictObject({
  language: z.enum(['ru', 'en']),
  marking: ShortText,
  title: ShortText,
  /** The cover's lines (meeting, dates, venue, principal, prepared/cleared by, version, date). */
  cover: z.array(z.strictObject({ label: ShortText, value: LongText })),
  /** Version and date for the footer of every page. */
  footer: ShortText,
  sections: z.array(z.strictObject({ id: Id, kind: BriefSectionKind, title: ShortText, blocks: z.array(BriefBlock) })),
})

/** A commitment as the annex showed it when a version was issued: what the next addendum compares. */
export const IssuedCommitment = z.strictObject({ commitmentId: Id, status: CommitmentStatus, dueDate: IsoDate.nullable(), words: LongText })

export const IssuedBriefVersion = z.strictObject({
  number: z.number().int().positive(),
  issuedAt: IsoDateTime,
  /** The assembled content, frozen at issue: re-exported unchanged, whatever the registry does. */
  content: BriefDocument,
  included: z.array(IssuedCommitment),
})
export const BriefInput = z.strictObject({
  meetingId: Id,
  title: ShortText,
  /** Who the brief is for. */
  principal: ShortText,
  /** The output language, independent of the interface language. */
  language: z.enum(['ru', 'en']),
  /** Classification marking printed at the top and bottom of every page; '' for none. */
  marking: ShortText,
  preparedBy: ShortText,
  clearedBy: ShortText,
  date: IsoDate,
  sections: z.array(BriefSection),
})
export const Brief = BriefInput.extend({ ...recordBase, issued: z.array(IssuedBriefVersion) })

export const Language = z.enum(['ru', 'en'])
/** A named commitments list view: the list's query as it stands in the URL. */
export const SavedView = z.strictObject({ id: Id, name: ShortText.min(1, 'validation.required'), query: ShortText })
export const Settings = z.strictObject({
  ourOrganisationId: Id.nullable(),
  /** null: follow the system locale. */
  language: Language.nullable(),
  savedViews: z.array(SavedView),
})

export const DeskDataV1 = z.strictObject({
  countries: z.array(Country),
  organisations: z.array(Organisation),
  people: z.array(Person),
  meetings: z.array(Meeting),
  documents: z.array(Document),
  commitments: z.array(Commitment),
  statusUpdates: z.array(StatusUpdate),
  briefs: z.array(Brief),
  settings: Settings,
})

export type LocalText = z.infer<typeof LocalText>
export type Country = z.infer<typeof Country>
export type Organisation = z.infer<typeof Organisation>
export type Person = z.infer<typeof Person>
export type Meeting = z.infer<typeof Meeting>
export type AgendaItem = z.infer<typeof AgendaItem>
export type Document = z.infer<typeof Document>
export type DocumentType = z.infer<typeof DocumentType>
export type DeadlineRule = z.infer<typeof DeadlineRule>
export type Deadline = z.infer<typeof Deadline>
export type OwnerRole = z.infer<typeof OwnerRole>
export type Commitment = z.infer<typeof Commitment>
export type CommitmentInput = z.infer<typeof CommitmentInput>
export type DeadlineInput = z.infer<typeof DeadlineInput>
export type MeetingInput = z.infer<typeof MeetingInput>
export type DocumentInput = z.infer<typeof DocumentInput>
export type OrganisationInput = z.infer<typeof OrganisationInput>
export type PersonInput = z.infer<typeof PersonInput>
export type CountryInput = z.infer<typeof CountryInput>
export type StatusUpdateInput = z.infer<typeof StatusUpdateInput>
export type Participant = z.infer<typeof Participant>
export type Party = z.infer<typeof Party>
export type SourceFile = z.infer<typeof SourceFile>
export type Owner = z.infer<typeof Owner>
export type CommitmentStatus = z.infer<typeof CommitmentStatus>
export type StatusUpdate = z.infer<typeof StatusUpdate>
export type Brief = z.infer<typeof Brief>
export type BriefInput = z.infer<typeof BriefInput>
export type BriefSection = z.infer<typeof BriefSection>
export type BriefBlock = z.infer<typeof BriefBlock>
export type BriefDocument = z.infer<typeof BriefDocument>
export type AnnexFilter = z.infer<typeof AnnexFilter>
export type IssuedCommitment = z.infer<typeof IssuedCommitment>
export type IssuedBriefVersion = z.infer<typeof IssuedBriefVersion>
export type Settings = z.infer<typeof Settings>
export type SavedView = z.infer<typeof SavedView>
export type Language = z.infer<typeof Language>
export type DeskDataV1 = z.infer<typeof DeskDataV1>
