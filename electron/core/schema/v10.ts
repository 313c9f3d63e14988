// Schema version 10: version 9 plus the records' own texts in the region's state languages.
// Every text kept per language (names, short names, positions, titles, series, venues,
// summaries, agenda items, the city on a pack's cover) may have a Kazakh and an Uzbek member
// besides the Russian and English ones, so a Kazakh or Uzbek pack names a ministry as a paper in
// that language does ("Сыртқы істер министрлігі", not "Министерство иностранных дел"); without
// them it shows the Russian, as before (domain/dates.ts `pick`). The members are optional: the
// records of version 9, of its exchange packages and of their merge bases stay valid as they
// are, so the upgrade changes nothing; the version changes so that version 9 refuses a file of
// this one as newer rather than as damaged (its names would have dropped the new members).
// Pure zod, no Node imports: the renderer uses these types and validators too.
import { z } from 'zod'
import { AgendaItem as AgendaItemV1, CountryInput as CountryInputV1, OrganisationInput as OrganisationInputV1, PersonInput as PersonInputV1, ShortText } from './v1'
import { Deadline as DeadlineV3, DeadlineInput as DeadlineInputV3, DeadlineRule as DeadlineRuleV3 } from './v3'
import { BriefLayoutSettings as BriefLayoutSettingsV4 } from './v4'
import { DocumentInput as DocumentInputV5, MeetingInput as MeetingInputV5 } from './v5'
import { Country as CountryV7, Document as DocumentV7, Meeting as MeetingV7, Organisation as OrganisationV7, Person as PersonV7 } from './v7'
import { INTERFACE_LANGUAGES } from './v8'
import { Commitment as CommitmentV9, CommitmentInput as CommitmentInputV9, DeskDataV9, SettingsV9 } from './v9'

/** The languages a record's text may be kept in: the interface's four. */
export const TEXT_LANGUAGES = INTERFACE_LANGUAGES
export type TextLanguage = (typeof TEXT_LANGUAGES)[number]

/**
 * A text in each language it is known in: Russian and English always present (possibly empty),
 * as in every version before, Kazakh and Uzbek only when given. Strict: a member of another
 * language is refused, not dropped.
 */
export const Texts = z.strictObject({ ru: ShortText, en: ShortText, kk: ShortText.optional(), uz: ShortText.optional() })

/**
 * A name or title that must be given in at least one language, any of the four: a district
 * akimat or a hokimiyat may be known to the secretariat by its Kazakh or Uzbek name only, and
 * refusing it would have the user invent a Russian one. A Russian or English view of such a
 * record shows that name rather than nothing (see `pick`).
 */
export const LocalText = Texts.refine((t) => TEXT_LANGUAGES.some((l) => (t[l] ?? '').trim() !== ''), 'validation.localTextRequired')

export const CountryInput = CountryInputV1.extend({ name: LocalText })
export const Country = CountryV7.extend({ name: LocalText })

const organisationTexts = { name: LocalText, shortName: Texts }
export const OrganisationInput = OrganisationInputV1.extend(organisationTexts)
export const Organisation = OrganisationV7.extend(organisationTexts)

const personTexts = { name: LocalText, position: Texts }
export const PersonInput = PersonInputV1.extend(personTexts)
export const Person = PersonV7.extend(personTexts)

export const AgendaItem = AgendaItemV1.extend({ title: LocalText })
// A meeting's rules on its dates are refinements: an extension that keeps them.
const meetingTexts = { series: LocalText, title: LocalText, venue: Texts, agenda: z.array(AgendaItem) }
export const MeetingInput = MeetingInputV5.safeExtend(meetingTexts)
export const Meeting = MeetingV7.safeExtend(meetingTexts)

export const DocumentInput = DocumentInputV5.extend({ title: LocalText })
export const Document = DocumentV7.extend({ title: LocalText })

const [dateRule, monthRule, quarterRule, halfRule, yearRule, periodRule, recurringRule, nextMeetingRuleV1, ongoingRule, noneRule] = DeadlineRuleV3.options
/** "By the next meeting" names the meeting's series, as the meeting keeps it. */
export const DeadlineRule = z.discriminatedUnion('kind', [dateRule, monthRule, quarterRule, halfRule, yearRule, periodRule, recurringRule, nextMeetingRuleV1.extend({ series: LocalText }), ongoingRule, noneRule])
export const DeadlineInput = DeadlineInputV3.extend({ rule: DeadlineRule })
export const Deadline = DeadlineV3.extend({ rule: DeadlineRule })

export const CommitmentInput = CommitmentInputV9.extend({ summary: Texts, deadline: DeadlineInput })
export const Commitment = CommitmentV9.extend({ summary: Texts, deadline: Deadline })

export const BriefLayoutSettings = BriefLayoutSettingsV4.extend({ city: Texts })
export const SettingsV10 = SettingsV9.extend({ briefLayout: BriefLayoutSettings })

export const DeskDataV10 = DeskDataV9.extend({
  settings: SettingsV10,
  countries: z.array(Country),
  organisations: z.array(Organisation),
  people: z.array(Person),
  meetings: z.array(Meeting),
  documents: z.array(Document),
  commitments: z.array(Commitment),
})

export type Texts = z.infer<typeof Texts>
export type LocalText = z.infer<typeof LocalText>
export type CountryInput = z.infer<typeof CountryInput>
export type Country = z.infer<typeof Country>
export type OrganisationInput = z.infer<typeof OrganisationInput>
export type Organisation = z.infer<typeof Organisation>
export type PersonInput = z.infer<typeof PersonInput>
export type Person = z.infer<typeof Person>
export type AgendaItem = z.infer<typeof AgendaItem>
export type MeetingInput = z.infer<typeof MeetingInput>
export type Meeting = z.infer<typeof Meeting>
export type DocumentInput = z.infer<typeof DocumentInput>
export type Document = z.infer<typeof Document>
export type DeadlineRule = z.infer<typeof DeadlineRule>
export type DeadlineInput = z.infer<typeof DeadlineInput>
export type Deadline = z.infer<typeof Deadline>
export type CommitmentInput = z.infer<typeof CommitmentInput>
export type Commitment = z.infer<typeof Commitment>
export type BriefLayoutSettings = z.infer<typeof BriefLayoutSettings>

/**
 * Version 9's data as version 10's: the same, every text in Russian and English only (the new
 * members are optional, in the records and in the versions kept as merge bases alike). Frozen:
 * a later version changes its own step.
 */
export const upgradeV9ToV10 = (data: unknown): unknown => data
