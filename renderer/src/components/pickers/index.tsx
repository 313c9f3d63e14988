// Pickers for each kind of record, with names in the interface language.
import { useMemo } from 'react'
import { useOp } from '../../api/queries'
import { useFormat } from '../../i18n/format'
import { RecordPicker, RecordsPicker, type PickerItem } from './RecordPicker'

type One = Omit<Parameters<typeof RecordPicker>[0], 'items'>
type Many = Omit<Parameters<typeof RecordsPicker>[0], 'items'>

export function useOrganisationItems(): PickerItem[] {
  const f = useFormat()
  const { data } = useOp('listOrganisations', {})
  return useMemo(
    () =>
      (data ?? [])
        .map((o) => {
          const short = f.pick(o.shortName)
          const name = f.pick(o.name)
          return { id: o.id, text: short && short !== name ? `${short} — ${name}` : name }
        })
        .sort((a, b) => a.text.localeCompare(b.text)),
    [data, f],
  )
}

export function useCountryItems(): PickerItem[] {
  const f = useFormat()
  const { data } = useOp('listCountries', {})
  return useMemo(
    () => (data ?? []).map((c) => ({ id: c.id, text: f.pick(c.name) })).sort((a, b) => a.text.localeCompare(b.text)),
    [data, f],
  )
}

export function usePersonItems(): PickerItem[] {
  const f = useFormat()
  const { data } = useOp('listPeople', {})
  return useMemo(
    () => (data ?? []).map((p) => ({ id: p.id, text: f.pick(p.name) })).sort((a, b) => a.text.localeCompare(b.text)),
    [data, f],
  )
}

export function useMeetingItems(): PickerItem[] {
  const f = useFormat()
  const { data } = useOp('listMeetings', {})
  return useMemo(
    () =>
      [...(data ?? [])]
        .sort((a, b) => b.startDate.localeCompare(a.startDate))
        .map((m) => ({ id: m.id, text: `${f.pick(m.title)} (${f.day(m.startDate)})` })),
    [data, f],
  )
}

export function useDocumentItems(): PickerItem[] {
  const f = useFormat()
  const { data } = useOp('listDocuments', {})
  return useMemo(
    () => (data ?? []).map((d) => ({ id: d.id, text: f.pick(d.title) })).sort((a, b) => a.text.localeCompare(b.text)),
    [data, f],
  )
}

export const OrganisationPicker = (props: One) => <RecordPicker items={useOrganisationItems()} {...props} />
export const OrganisationsPicker = (props: Many) => <RecordsPicker items={useOrganisationItems()} {...props} />
export const CountryPicker = (props: One) => <RecordPicker items={useCountryItems()} {...props} />
export const CountriesPicker = (props: Many) => <RecordsPicker items={useCountryItems()} {...props} />
export const PersonPicker = (props: One) => <RecordPicker items={usePersonItems()} {...props} />
export const PeoplePicker = (props: Many) => <RecordsPicker items={usePersonItems()} {...props} />
export const MeetingPicker = (props: One) => <RecordPicker items={useMeetingItems()} {...props} />
export const MeetingsPicker = (props: Many) => <RecordsPicker items={useMeetingItems()} {...props} />
export const DocumentPicker = (props: One) => <RecordPicker items={useDocumentItems()} {...props} />
