// Pickers for each kind of record, with names in the interface language.
import { useMemo } from 'react'
import type { ArgsOf, ResultOf } from '../../../../electron/core/ops/contract'
import { useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'
import { RecordPicker, RecordsPicker, type PickerItem } from './RecordPicker'

type One = Omit<Parameters<typeof RecordPicker>[0], 'items'>
type Many = Omit<Parameters<typeof RecordsPicker>[0], 'items'>

type ListOperation = 'listOrganisations' | 'listCountries' | 'listPeople' | 'listMeetings' | 'listDocuments'
type Format = ReturnType<typeof useFormat>

/**
 * The records one list operation gives, as picker items: named by `text` in the interface
 * language, in alphabetical order unless `order` says otherwise.
 */
function useItems<K extends ListOperation>(operation: K, text: (record: ResultOf<K>[number], f: Format) => string, order?: (a: ResultOf<K>[number], b: ResultOf<K>[number]) => number): PickerItem[] {
  const f = useFormat()
  const { data } = useOp(operation, {} as ArgsOf<K>)
  return useMemo(() => {
    const records = [...((data ?? []) as ResultOf<K>[number][])]
    if (order) return records.sort(order).map((r) => ({ id: r.id, text: text(r, f) }))
    return records.map((r) => ({ id: r.id, text: text(r, f) })).sort((a, b) => f.order(a.text, b.text))
    // `text` and `order` are fixed per call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, f])
}

/** "Short name — full name", or the full name when there is no shorter one. */
const organisationText = (o: ResultOf<'listOrganisations'>[number], f: Format) => {
  const short = f.pick(o.shortName)
  const name = f.pick(o.name)
  return short && short !== name ? `${short} — ${name}` : name
}

export const useOrganisationItems = () => useItems('listOrganisations', organisationText)
export const useCountryItems = () => useItems('listCountries', (c, f) => f.pick(c.name))
export const usePersonItems = () => useItems('listPeople', (p, f) => f.pick(p.name))
/** Newest first, each with its date. */
export const useMeetingItems = () =>
  useItems(
    'listMeetings',
    (m, f) => `${f.pick(m.title)} (${f.meetingDays(m)})`,
    (a, b) => b.startDate.localeCompare(a.startDate),
  )
export const useDocumentItems = () => useItems('listDocuments', (d, f) => f.pick(d.title))

export const OrganisationPicker = (props: One) => <RecordPicker items={useOrganisationItems()} {...props} />
export const OrganisationsPicker = (props: Many) => <RecordsPicker items={useOrganisationItems()} {...props} />
export const CountryPicker = (props: One) => <RecordPicker items={useCountryItems()} {...props} />
export const CountriesPicker = (props: Many) => <RecordsPicker items={useCountryItems()} {...props} />
export const PersonPicker = (props: One) => <RecordPicker items={usePersonItems()} {...props} />
export const PeoplePicker = (props: Many) => <RecordsPicker items={usePersonItems()} {...props} />
export const MeetingPicker = (props: One) => <RecordPicker items={useMeetingItems()} {...props} />
export const MeetingsPicker = (props: Many) => <RecordsPicker items={useMeetingItems()} {...props} />
export const DocumentPicker = (props: One) => <RecordPicker items={useDocumentItems()} {...props} />
